// Against the live WordPress of ../shared/tools/wp-peer.sh, which scripts/test.mjs starts
// with WP_PEER=1 and always in CI. Without a peer this skips, saying why — except where the
// peer is required (CI on a machine that can install it): there a missing peer fails.
import { expect } from '@open-wc/testing';
import { testEnv } from './support/env.js';

interface WpPost {
  id: number;
  title: { rendered: string };
}

describe('live WordPress peer', () => {
  it('serves the seed post over REST v2, cross-origin', async function () {
    const env = await testEnv();
    if (!env.wpPeer) {
      if (env.wpPeerRequired) throw new Error(`the WordPress peer must run here: ${env.wpPeerSkipReason}`);
      console.warn(`skipped: ${env.wpPeerSkipReason}`);
      this.skip();
    }
    const res = await fetch(`${env.wpPeer.url}/wp-json/wp/v2/posts/${env.wpPeer.postId}`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^application\/json/);
    const post = (await res.json()) as WpPost;
    expect(post.id).to.equal(env.wpPeer.postId);
    expect(post.title.rendered).to.contain('Her');
  });
});

// <blog-article> against the live WordPress of ../shared/tools/wp-peer.sh (scripts/test.mjs starts
// it with WP_PEER=1, and always in CI). Without a peer this skips, saying why — except where the
// peer is required: there a missing peer fails.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/blog-article.js';
import type { BlogArticle } from '../src/blog-article.js';
import { BlogErrorEvent, BlogLoadEvent } from '../src/internal/events.js';
import { dangers, jsonLd, nextSettle, part, spyOnDialogs, text } from './blog-article.helpers.js';
import { testEnv, type WpPeer } from './support/env.js';

async function peerOrSkip(context: Mocha.Context): Promise<WpPeer> {
  const env = await testEnv();
  if (!env.wpPeer) {
    if (env.wpPeerRequired) throw new Error(`the WordPress peer must run here: ${env.wpPeerSkipReason}`);
    console.warn(`skipped: ${env.wpPeerSkipReason}`);
    context.skip();
  }
  return env.wpPeer;
}

async function load(src: string): Promise<{ el: BlogArticle; event: Event }> {
  const settled = nextSettle();
  const el = await fixture<BlogArticle>(html`<blog-article src=${src}></blog-article>`);
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

describe('<blog-article> with a live WordPress', function () {
  this.timeout(30_000);

  it('loads the seed post with both REST URL styles', async function () {
    const peer = await peerOrSkip(this);
    for (const src of [
      `${peer.url}/wp-json/wp/v2/posts/${peer.postId}`,
      `${peer.url}/?rest_route=/wp/v2/posts/${peer.postId}`,
    ]) {
      const { el, event } = await load(src);
      expect(event, src).to.be.instanceOf(BlogLoadEvent);
      expect(text(part(el, 'headline'))).to.contain('Spike Jonze’s ‘Her’');
      expect(text(part(el, 'categories'))).to.equal('Posted in Articles');
      expect(text(part(el, 'meta'))).to.contain('by Liah Qureshi');
      expect(part(el, 'meta')!.querySelector('time')!.getAttribute('datetime')).to.match(/^2013-12-18T/);
      expect(part(el, 'image')!.getAttribute('src')).to.match(/^http:\/\/127\.0\.0\.1:\d+\/wp-content\//);
      expect(el.querySelector('[data-blog-content]')!.textContent).to.contain('Theodore');
      expect(jsonLd(el)['@type']).to.equal('BlogPosting');
    }
  });

  it('renders the hostile post without running anything', async function () {
    const peer = await peerOrSkip(this);
    delete (window as { __xss?: unknown }).__xss;
    const dialogs = spyOnDialogs();
    try {
      const { el, event } = await load(`${peer.url}/wp-json/wp/v2/posts/${peer.xssPostId}`);
      expect(event).to.be.instanceOf(BlogLoadEvent);
      await aTimeout(300);
      expect(dangers(el)).to.deep.equal([]);
      expect((window as { __xss?: unknown }).__xss).to.be.undefined;
      expect(dialogs.calls).to.deep.equal([]);
    } finally {
      dialogs.restore();
    }
  });

  it('says a missing post was not found', async function () {
    const peer = await peerOrSkip(this);
    const { el, event } = await load(`${peer.url}/wp-json/wp/v2/posts/987654`);
    if (!(event instanceof BlogErrorEvent)) throw new Error(`expected blog-error, got ${event.type}`);
    expect(event.detail.error.code).to.equal('rest_post_invalid_id');
    expect(text(part(el, 'error'))).to.contain('Nothing was found at this address (404).');
  });
});

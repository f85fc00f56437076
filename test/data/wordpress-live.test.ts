// WordPressSource against the live WordPress of ../shared/tools/wp-peer.sh (see test/wp-live.test.ts):
// skipped without a peer, saying why, except where the peer is required. Anonymous comments are
// off there (test/e2e/wordpress-comments.test.mjs turns them on and back off from Node, and
// test/blog-comments-wordpress-live.test.ts from the browsers: this file holds the peer meanwhile).
import { expect } from '@open-wc/testing';
import { WriteError } from '../../src/data/write-error.js';
import { WordPressSource } from '../../src/data/wordpress-source.js';
import { holdWpPeer, testEnv, type WpPeer } from '../support/env.js';
import { rejection } from './helpers.js';

async function peer(test: Mocha.Context): Promise<WpPeer> {
  const env = await testEnv();
  if (env.wpPeer) return env.wpPeer;
  if (env.wpPeerRequired) throw new Error(`the WordPress peer must run here: ${env.wpPeerSkipReason}`);
  console.warn(`skipped: ${env.wpPeerSkipReason}`);
  return test.skip();
}

describe('WordPressSource against a live WordPress', () => {
  let hold: Awaited<ReturnType<typeof holdWpPeer>> | undefined;
  before(async function () {
    // Other browsers may be switching anonymous comments on: wait until the peer is as seeded.
    this.timeout(200_000);
    if ((await testEnv()).wpPeer) hold = await holdWpPeer();
  });
  after(() => hold?.release());

  for (const form of ['pretty', 'rest_route'] as const) {
    it(`lists the seed post’s thread, a reply with its parent (${form} URLs)`, async function () {
      const wp = await peer(this);
      const source = new WordPressSource(wp.url, { restRoute: form === 'rest_route' });
      const page = await source.listComments({ id: String(wp.postId) }, { perPage: 2 });
      const all = [...page.comments];
      for (let next = page.next; next;) {
        const more = await source.listComments({ id: String(wp.postId) }, { perPage: 2, cursor: next });
        all.push(...more.comments);
        next = more.next;
      }
      expect(page.total).to.equal(all.length);
      const ids = all.map((c) => c.id);
      expect(ids).to.include.members([String(wp.comment1), String(wp.comment2), String(wp.commentReply)]);
      expect(ids).not.to.include(String(wp.commentPending)); // held: never public
      const reply = all.find((c) => c.id === String(wp.commentReply))!;
      expect(reply.parent).to.equal(String(wp.comment1));
      expect(all.find((c) => c.id === String(wp.comment1))!.parent).to.equal(undefined);
      expect(all.every((c) => c.status === 'approved' && c.contentHtml && c.date)).to.equal(true);
      expect(ids).to.deep.equal([...ids].sort((a, b) => Number(a) - Number(b))); // oldest first
    });
  }

  it('finds the post by its URL, then its comments', async function () {
    const wp = await peer(this);
    const source = new WordPressSource(wp.url);
    const post = await source.getPost({ url: `${wp.url}/2013/12/18/spike-jonzes-her/` });
    expect(post.id).to.equal(String(wp.postId));
    const { comments } = await source.listComments({ url: `${wp.url}/2013/12/18/spike-jonzes-her/` });
    expect(comments.length).to.be.greaterThan(2);
  });

  it('creating a comment with anonymous comments off: login-required', async function () {
    const wp = await peer(this);
    const error = await rejection(
      new WordPressSource(wp.url).createComment({
        post: { id: String(wp.postId) },
        parent: String(wp.comment1),
        name: 'Live Browser',
        email: 'live-browser@example.com',
        content: `From the browser suite ${Date.now()}`,
      }),
      WriteError,
    );
    expect(error).to.deep.include({ kind: 'login-required', messageKey: 'errorLoginRequired', status: 401 });
    expect(error.serverMessage).to.equal('Sorry, you must be logged in to comment.');
  });
});

// ServerSource against the real companion service that web-test-runner.config.js starts on
// 127.0.0.1 (a fresh SQLite database; first-time guests held for moderation; at most 3 likes
// per post per IP). Moderation is done the way a site owner does it: the service's own
// command line (POST /__service/moderate). Every test uses posts of its own, as the three
// browsers share the service.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/blog-comments.js';
import type { BlogComments } from '../../src/blog-comments.js';
import { LoadError } from '../../src/data/load-error.js';
import { ServerSource } from '../../src/data/server-source.js';
import { sourceFor } from '../../src/data/source-for.js';
import { WriteError } from '../../src/data/write-error.js';
import { testEnv } from '../support/env.js';
import { rejection } from './helpers.js';

const run = Math.random().toString(36).slice(2, 8);
let n = 0;
/** A post id no other test (or browser) uses. */
const freshPost = (): { id: string } => ({ id: `post-${run}-${++n}` });

async function serviceUrl(): Promise<string> {
  const { service } = await testEnv();
  if (!service) throw new Error('no companion service: web-test-runner.config.js starts one unless WTR_SERVICE=0');
  return service.url;
}

/** A new reader: this browser forgets its guest token for the service. */
async function newReader(): Promise<ServerSource> {
  const url = await serviceUrl();
  localStorage.removeItem(`blog-widgets:service-token:${new URL(url).origin}`);
  return new ServerSource(url);
}

async function moderate(action: 'approve' | 'spam' | 'delete', ids: string[]): Promise<void> {
  const response = await fetch(`/__service/moderate?action=${action}&ids=${ids.join(',')}`, { method: 'POST' });
  const result = (await response.json()) as { code: number; out: string };
  if (result.code !== 0) throw new Error(`moderate ${action}: ${result.out}`);
}

const guest = (email: string) => ({ name: 'Ana Lima', email, url: 'https://ana.example' });

describe('ServerSource against the companion service', function () {
  // Moderating runs the service's command line (a process start: seconds on a busy machine).
  this.timeout(40_000);
  afterEach(() => localStorage.clear());

  it('is what a page gets from source="<service URL>"', async () => {
    const source = await sourceFor(await serviceUrl(), document.body);
    expect(source).to.be.instanceOf(ServerSource);
    expect(source.kind).to.equal('server');
  });

  it('lists an empty thread for a post nobody commented on', async () => {
    const source = await newReader();
    expect(await source.listComments(freshPost())).to.deep.equal({ comments: [], total: 0 });
  });

  it('holds a first-time guest, shows the comment to its author after a reload, and to everyone once approved', async () => {
    const post = freshPost();
    const source = await newReader();
    const email = `ana-${run}@example.com`;
    const created = await source.createComment({ post, content: 'First time here.', ...guest(email) });
    expect(created).to.deep.include({ status: 'pending', mine: true, contentText: 'First time here.' });
    expect(created.author).to.deep.equal({ name: 'Ana Lima', link: 'https://ana.example/' });
    expect(created.link).to.match(new RegExp(`#comment-${created.id}$`));

    // "Reload": a new source object, the same browser storage.
    const again = await new ServerSource(await serviceUrl()).listComments(post);
    expect(again.comments.map((c) => [c.id, c.status, c.mine])).to.deep.equal([[created.id, 'pending', true]]);
    expect(again.total).to.equal(0);
    const stranger = await newReader();
    expect((await stranger.listComments(post)).comments).to.deep.equal([]);

    await moderate('approve', [created.id]);
    const everyone = await stranger.listComments(post);
    expect(everyone.total).to.equal(1);
    expect(everyone.comments[0]).to.deep.include({
      id: created.id,
      status: 'approved',
      contentText: 'First time here.',
    });
    expect(everyone.comments[0]!.mine).to.equal(undefined);

    // A returning guest (an approved comment before) is published at once.
    const returning = await stranger.createComment({
      post,
      parent: created.id,
      content: 'Welcome back.',
      ...guest(email),
    });
    expect(returning).to.deep.include({ status: 'approved', parent: created.id });
  });

  it('pages whole threads with the cursor, oldest or newest first', async () => {
    const post = freshPost();
    const source = await newReader();
    const email = `pager-${run}@example.com`;
    const first = await source.createComment({ post, content: 'top 0', ...guest(email) });
    await moderate('approve', [first.id]);
    for (const content of ['top 1', 'top 2']) await source.createComment({ post, content, ...guest(email) });
    await source.createComment({ post, parent: first.id, content: 'reply to 0', ...guest(email) });
    const reader = await newReader();
    const one = await reader.listComments(post, { perPage: 2 });
    expect(one.comments.map((c) => c.contentText)).to.deep.equal(['top 0', 'reply to 0', 'top 1']);
    expect(one.comments[1]!.parent).to.equal(first.id);
    expect(one.total).to.equal(4);
    const two = await reader.listComments(post, { perPage: 2, cursor: one.next! });
    expect(two.comments.map((c) => c.contentText)).to.deep.equal(['top 2']);
    expect(two.next).to.equal(undefined);
    const newest = await reader.listComments(post, { perPage: 1, order: 'newest' });
    expect(newest.comments.map((c) => c.contentText)).to.deep.equal(['top 2']);
  });

  it('turns each refused field into a WriteError naming the field and its sentence', async () => {
    const source = await newReader();
    const post = freshPost();
    const cases: [Record<string, string>, Partial<WriteError>][] = [
      [
        { email: 'not-an-email' },
        { kind: 'invalid', field: 'email', messageKey: 'errorEmailInvalid', code: 'email_invalid' },
      ],
      [{ email: '' }, { kind: 'author-data-required', field: 'email', messageKey: 'errorEmailRequired' }],
      [{ name: '' }, { kind: 'author-data-required', field: 'name', messageKey: 'errorNameRequired' }],
      [{ url: 'javascript:alert(1)' }, { kind: 'invalid', field: 'url', messageKey: 'errorUrlInvalid' }],
      [{ content: ' ' }, { kind: 'invalid', field: 'content', messageKey: 'errorContentEmpty' }],
      [{ content: 'x'.repeat(65_526) }, { kind: 'too-long', field: 'content', messageKey: 'errorTooLong' }],
      [{ name: 'n'.repeat(300) }, { kind: 'too-long', field: 'name' }],
      [{ parent: '999999999' }, { kind: 'invalid', messageKey: 'errorReplyParentMissing', code: 'parent_not_found' }],
    ];
    for (const [patch, expected] of cases) {
      const error = await rejection(
        source.createComment({ post, content: 'Hello', ...guest(`f-${run}@example.com`), ...patch }),
        WriteError,
      );
      expect(error, JSON.stringify(patch).slice(0, 60)).to.deep.include({ ...expected, status: 400 });
    }
    expect((await source.listComments(post, {})).comments).to.deep.equal([]);
  });

  it('refuses a reply to a comment of another post, and a duplicate, in plain words', async () => {
    const source = await newReader();
    const email = `dup-${run}@example.com`;
    const elsewhere = await source.createComment({ post: freshPost(), content: 'Over there.', ...guest(email) });
    const post = freshPost();
    const wrong = await rejection(
      source.createComment({ post, parent: elsewhere.id, content: 'Here.', ...guest(email) }),
      WriteError,
    );
    expect(wrong).to.deep.include({ kind: 'invalid', messageKey: 'errorReplyParentMissing' });
    await source.createComment({ post, content: 'Said once.', ...guest(email) });
    const twice = await rejection(source.createComment({ post, content: 'Said once.', ...guest(email) }), WriteError);
    expect(twice).to.deep.include({ kind: 'duplicate', status: 409, messageKey: 'errorDuplicate' });
  });

  it('keeps hostile HTML as text, and <blog-comments> shows it as text', async () => {
    const post = freshPost();
    const source = await newReader();
    const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'; DROP TABLE comments; --`;
    const created = await source.createComment({ post, content: hostile, ...guest(`h-${run}@example.com`) });
    expect(created.contentText).to.equal(hostile);
    const el = await fixture<BlogComments>(
      html`<blog-comments source=${await serviceUrl()} post=${post.id}></blog-comments>`,
    );
    await waitUntil(() => el.shadowRoot?.textContent.includes('DROP TABLE'), 'the held comment shows to its author', {
      timeout: 5000,
    });
    expect(el.shadowRoot!.querySelector('img[src="x"], script:not([type])')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('likes once per reader, unlikes, and stops at the per-IP cap with its own sentence', async () => {
    const post = freshPost();
    const first = await newReader();
    expect(await first.getLikes(post)).to.deep.equal({ count: 0, likers: [], liked: false });
    expect(await first.setLike(post, true)).to.deep.include({ count: 1, liked: true });
    expect(await first.setLike(post, true)).to.deep.include({ count: 1, liked: true });
    expect((await new ServerSource(await serviceUrl()).getLikes(post)).liked).to.equal(true, 'after a reload');
    expect(await first.setLike(post, false)).to.deep.include({ count: 0, liked: false });
    for (let i = 0; i < 3; i++) expect((await (await newReader()).setLike(post, true)).liked).to.equal(true);
    const capped = await rejection((await newReader()).setLike(post, true), WriteError);
    expect(capped).to.deep.include({ kind: 'too-fast', status: 429, code: 'like_limit', messageKey: 'errorLikeLimit' });
    expect((await first.getLikes(post)).count).to.equal(3);
  });

  it('replaces a guest token the service no longer knows', async () => {
    const url = await serviceUrl();
    localStorage.setItem(`blog-widgets:service-token:${new URL(url).origin}`, `bw_${'A'.repeat(43)}`);
    const source = new ServerSource(url);
    expect(await source.session()).to.deep.equal({});
    expect((await source.setLike(freshPost(), true)).liked).to.equal(true);
  });

  it('has no signed-in identity for a guest, and no author profiles or unknown posts', async () => {
    const source = await newReader();
    expect(await source.session()).to.deep.equal({});
    await source.createComment({
      post: { id: 'known-' + run },
      content: 'So it exists.',
      ...guest(`s-${run}@example.com`),
    });
    expect(await source.session()).to.deep.equal({}, 'a guest token names no one');
    expect(await source.getPost({ id: 'known-' + run })).to.deep.include({ id: 'known-' + run, title: '' });
    const missing = await rejection(source.getPost(freshPost()), LoadError);
    expect(missing).to.deep.include({ kind: 'not-found', messageKey: 'errorNotPost' });
    const author = await rejection(source.getAuthor('2'), LoadError);
    expect(author).to.deep.include({ kind: 'not-found', messageKey: 'errorNotAuthor' });
  });

  it('names the post by the page URL when the page gives none', async () => {
    const source = await newReader();
    const created = await source.createComment({
      post: {},
      content: `On this very page ${run}.`,
      ...guest(`u-${run}@example.com`),
    });
    const listed = await source.listComments({ url: location.origin + location.pathname });
    expect(listed.comments.map((c) => c.id)).to.include(created.id);
  });

  it('reports a service that is not there as unreachable, not as a crash', async () => {
    const source = new ServerSource('http://127.0.0.1:9/');
    const read = await rejection(source.listComments(freshPost()), LoadError);
    expect(read.kind).to.be.oneOf(['unreachable', 'cors']);
    const write = await rejection(
      source.createComment({ post: freshPost(), content: 'x', ...guest('x@example.com') }),
      WriteError,
    );
    expect(write.kind).to.be.oneOf(['network', 'cors']);
  });
});

// StaticSource: JSON read defensively (wrong types dropped with a warning, hostile strings kept as
// text, odd scripts intact), in-memory paging, and writes as cancelable events.
import { expect } from '@open-wc/testing';
import { BlogCommentSubmitEvent, BlogLikeEvent } from '../../src/data/events.js';
import { LoadError } from '../../src/data/load-error.js';
import type { Comment } from '../../src/data/source.js';
import { StaticSource } from '../../src/data/static-source.js';
import { WriteError } from '../../src/data/write-error.js';
import { captureWarnings, instance, rejection } from './helpers.js';

const post = { id: 'her' };

const data = {
  post: {
    id: 'her',
    title: 'Spike Jonze’s Her',
    link: '/2013/12/18/spike-jonzes-her/',
    published: '2013-12-18T10:00:00Z',
    author: { id: 'liah', name: 'Liah Qureshi', avatar: 'https://example.com/liah.jpg' },
    categories: [{ name: 'Articles', link: '/category/articles/' }, 'Film'],
    tags: [],
  },
  authors: [{ id: 'maya', name: 'Maya Chen', link: 'https://maya.example.org' }],
  comments: [
    { id: 3, author: 'Tom Okafor', content: 'Great review.', date: '2013-12-18T12:15:00Z' },
    { id: 2, parent: 0, author: { name: 'Maya Chen' }, contentText: 'Saw it.', date: '2013-12-18T11:02:00Z' },
    { id: 4, parent: 2, author: { name: 'Liah' }, contentHtml: '<p>Thanks!</p>', date: '2013-12-18T13:40:00Z' },
    {
      id: 5,
      author: { name: 'Ana' },
      contentText: 'Held.',
      date: '2013-12-18T14:00:00Z',
      status: 'pending',
      mine: true,
    },
    { id: 6, author: { name: 'Zed' }, contentText: 'Latest.', date: '2013-12-19T09:00:00Z' },
  ],
  likes: {
    count: 12,
    likers: [{ name: 'A' }, { name: 'B', avatar: 'https://example.com/b.png' }, { name: 'C' }],
    liked: false,
  },
};

function withScript(text: string, type = 'application/json'): HTMLElement {
  const el = document.createElement('blog-comments');
  const script = document.createElement('script');
  script.type = type;
  script.textContent = text;
  el.append(script);
  return el;
}

describe('StaticSource data', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('reads the shapes of source.ts from JSON, dates as ISO strings', async () => {
    const source = new StaticSource(data);
    const got = await source.getPost(post);
    expect(got.title).to.equal('Spike Jonze’s Her');
    expect(got.link).to.equal(new URL('/2013/12/18/spike-jonzes-her/', document.baseURI).href);
    expect(got.published!.toISOString()).to.equal('2013-12-18T10:00:00.000Z');
    expect(got.author).to.deep.equal({
      id: 'liah',
      name: 'Liah Qureshi',
      avatar: { src: 'https://example.com/liah.jpg', alt: '' },
    });
    expect(got.categories.map((t) => t.name)).to.deep.equal(['Articles', 'Film']);
    expect((await source.getAuthor('maya')).name).to.equal('Maya Chen');
    expect((await source.getAuthor('liah')).name).to.equal('Liah Qureshi');
    const { comments, total } = await source.listComments(post);
    expect(comments).to.have.length(5);
    expect(total).to.equal(4); // approved ones only, as WordPress' X-WP-Total
    const byId = Object.fromEntries(comments.map((c) => [c.id, c]));
    expect(byId['3']).to.deep.include({ contentText: 'Great review.', status: 'approved' });
    expect(byId['3']!.author).to.deep.equal({ name: 'Tom Okafor' });
    expect(byId['2']!.parent).to.equal(undefined);
    expect(byId['4']).to.deep.include({ parent: '2', contentHtml: '<p>Thanks!</p>' });
    expect(byId['4']!.contentText).to.equal(undefined);
    expect(byId['5']).to.deep.include({ status: 'pending', mine: true });
    expect(await source.session()).to.deep.equal({});
    expect(warnings.messages).to.deep.equal([]);
  });

  it('pages with an offset cursor, oldest or newest first', async () => {
    const source = new StaticSource(data);
    const ids = (page: { comments: readonly Comment[] }) => page.comments.map((c) => c.id);
    const first = await source.listComments(post, { perPage: 2 });
    expect(ids(first)).to.deep.equal(['2', '3']);
    expect(first.next).to.equal('2');
    const second = await source.listComments(post, { perPage: 2, cursor: first.next! });
    expect(ids(second)).to.deep.equal(['4', '5']);
    const last = await source.listComments(post, { perPage: 2, cursor: second.next! });
    expect(ids(last)).to.deep.equal(['6']);
    expect(last.next).to.equal(undefined);
    const newest = await source.listComments(post, { order: 'newest', perPage: 3 });
    expect(ids(newest)).to.deep.equal(['6', '5', '4']);
    expect((await source.listComments(post, { cursor: 'garbage' })).comments).to.have.length(5);
  });

  it('gives likes with at most the likers asked for', async () => {
    const likes = await new StaticSource(data).getLikes(post, { likers: 2 });
    expect(likes.count).to.equal(12);
    expect(likes.liked).to.equal(false);
    expect(likes.likers).to.deep.equal([{ name: 'A' }, { name: 'B', avatar: 'https://example.com/b.png' }]);
  });

  it('drops fields of the wrong type with a warning naming them, and never throws', async () => {
    const source = new StaticSource({
      post: { title: 42, published: 'yesterday', categories: 'Film', image: { src: 7 } },
      comments: [
        { id: 1, author: { name: 'Ok', link: 12 }, contentText: ['x'], date: 'soon', mine: 'yes' },
        { author: 'No id', contentText: 'dropped' },
        { id: 3, author: { name: null }, contentText: 'no name', status: 'spam' },
        'not a comment',
        { id: {}, contentText: 'object id' },
      ],
      likes: { count: -3, likers: [{ name: 'A' }, { avatar: 'x' }], liked: 'no' },
      authors: 'nobody',
    });
    const got = await source.getPost(post);
    expect(got).to.deep.equal({ title: '', categories: [], tags: [] });
    const { comments } = await source.listComments(post);
    expect(comments.map((c) => c.id)).to.deep.equal(['1', '3']);
    expect(comments[0]).to.deep.equal({ id: '1', author: { name: 'Ok' }, status: 'approved' });
    expect(comments[1]).to.deep.include({ status: 'pending', contentText: 'no name' });
    expect(comments[1]!.author).to.deep.equal({ name: '' });
    const likes = await source.getLikes(post);
    expect(likes).to.deep.equal({ count: 1, likers: [{ name: 'A' }], liked: false });
    for (const field of [
      'post.title',
      'post.published',
      'post.categories',
      'post.image.src',
      'comments[0].author.link',
      'comments[0].contentText',
      'comments[0].date',
      'comments[0].mine',
      'comments[1].id',
      'comments[2].author.name',
      'comments[2].status',
      'comments[3]',
      'comments[4].id',
      'likes.count',
      'likes.likers[1].name',
      'likes.liked',
      'authors',
    ]) {
      expect(
        warnings.messages.some((m) => m.includes(` ${field} is not `)),
        field,
      ).to.equal(true);
    }
    for (const bad of [null, 42, 'text', true, [null, 1], { comments: null, likes: 'many' }]) {
      const odd = new StaticSource(bad);
      expect((await odd.listComments(post)).comments).to.deep.equal([]);
      expect((await odd.getLikes(post)).count).to.equal(0);
    }
  });

  it('refuses counts that are huge, fractional or not numbers', async () => {
    for (const count of [1e300, Infinity, 2.5, '12', Number.MAX_SAFE_INTEGER + 2]) {
      const likes = await new StaticSource({ likes: { count } }).getLikes(post);
      expect(likes.count, String(count)).to.equal(0);
    }
    expect(warnings.messages.filter((m) => m.includes('likes.count'))).to.have.length(5);
    expect((await new StaticSource({ likes: { count: 123456789 } }).getLikes(post)).count).to.equal(123456789);
  });

  it('keeps hostile strings as text and drops javascript:/data: URLs', async () => {
    const xss = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const source = new StaticSource({
      comments: [
        {
          id: 'x',
          author: { name: xss, link: 'javascript:alert(1)', avatar: 'data:image/svg+xml,<svg onload=alert(1)>' },
          contentText: xss,
          link: ' JaVaScRiPt:alert(3)',
        },
      ],
      likes: { likers: [{ name: xss, link: 'javascript:alert(4)', avatar: 'javascript:alert(5)' }] },
    });
    const [comment] = (await source.listComments(post)).comments;
    expect(comment!.contentText).to.equal(xss);
    expect(comment!.contentHtml).to.equal(undefined);
    expect(comment!.author).to.deep.equal({ name: xss });
    expect(comment!.link).to.equal(undefined);
    expect((await source.getLikes(post)).likers).to.deep.equal([{ name: xss }]);
    expect(warnings.messages.filter((m) => m.includes('URL'))).to.have.length(5);
  });

  it('keeps a 10,000-character comment, emoji, RTL and combining characters intact', async () => {
    const long = 'Lorem ipsum dolor sit amet. '.repeat(400).slice(0, 10_000);
    const odd = 'שלום עולם 👩🏽‍💻🏳️‍🌈 e\u0301 Z\u0351\u0348\u036e مرحبا \u202eevil\u202c';
    const source = new StaticSource({
      comments: [
        { id: 1, author: odd, contentText: long },
        { id: 2, author: 'x', contentText: odd },
      ],
    });
    const [first, second] = (await source.listComments(post)).comments;
    expect(first!.contentText).to.have.length(10_000);
    expect(first!.contentText).to.equal(long);
    expect(first!.author.name).to.equal(odd);
    expect(second!.contentText).to.equal(odd);
  });

  it('fromElement reads the element’s own inline <script type="application/json">', async () => {
    const source = StaticSource.fromElement(withScript(JSON.stringify(data)));
    expect((await source.listComments(post)).total).to.equal(4); // the pending one is not counted
    // A top-level array is a list of comments; the type is matched without regard to case.
    const list = StaticSource.fromElement(withScript('[{"id":1,"author":"A","contentText":"Hi"}]', 'Application/JSON'));
    expect((await list.listComments(post)).comments[0]!.contentText).to.equal('Hi');
    // Scripts deeper down or of another type are not the element's data.
    const nested = document.createElement('blog-comments');
    nested.append(document.createElement('div'));
    nested.firstElementChild!.append(withScript(JSON.stringify(data)).firstElementChild!);
    nested.append(withScript(JSON.stringify(data), 'module').firstElementChild!);
    expect((await StaticSource.fromElement(nested).listComments(post)).total).to.equal(0);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('fromElement reads malformed or truncated JSON as no data, with a warning', async () => {
    for (const text of ['{"comments": [{"id": 1,', 'not json', '{"a":1}}']) {
      const source = StaticSource.fromElement(withScript(text));
      expect((await source.listComments(post)).comments).to.deep.equal([]);
      const error = await rejection(source.getPost(post));
      expect(error).to.be.instanceOf(LoadError);
      expect(error).to.deep.include({ kind: 'not-found', messageKey: 'errorNotPost' });
    }
    expect(
      warnings.messages.filter((m) => m.includes('<blog-comments>') && m.includes('does not parse')),
    ).to.have.length(3);
    expect((await StaticSource.fromElement(withScript('   ')).listComments(post)).total).to.equal(0);
    expect(await rejection(new StaticSource({}).getAuthor('nobody'))).to.deep.include({ messageKey: 'errorNotAuthor' });
  });
});

describe('StaticSource writes', () => {
  let host: HTMLElement;
  let el: HTMLElement;
  beforeEach(() => {
    // The target sits in a shadow root: the events must leave it (composed) and bubble up.
    host = document.createElement('div');
    el = document.createElement('blog-comments');
    host.attachShadow({ mode: 'open' }).append(el);
    document.body.append(host);
  });
  afterEach(() => host.remove());

  const typed = {
    post,
    parent: '2',
    name: 'Ana <b>',
    email: 'ana@example.com',
    url: 'javascript:alert(1)',
    content: 'Hi 👋',
  };

  it('an unhandled comment fails with WriteError unhandled (errorNoBackend), after a cancelable, composed event', async () => {
    const seen: Event[] = [];
    const listener = (event: Event) => seen.push(event);
    document.addEventListener('blog-comment-submit', listener);
    try {
      const error = await rejection(new StaticSource(data, el).createComment(typed));
      expect(error).to.be.instanceOf(WriteError);
      expect(error).to.deep.include({ kind: 'unhandled', messageKey: 'errorNoBackend', host: location.host });
    } finally {
      document.removeEventListener('blog-comment-submit', listener);
    }
    const event = instance(seen[0], BlogCommentSubmitEvent);
    expect(event).to.be.instanceOf(BlogCommentSubmitEvent);
    expect(event.type).to.equal('blog-comment-submit');
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(event.detail).to.equal(typed);
    // Without a target there is nobody to ask.
    expect(await rejection(new StaticSource(data).createComment(typed))).to.deep.include({ kind: 'unhandled' });
  });

  it('preventDefault(): the comment resolves pending and mine, and joins the list', async () => {
    const source = new StaticSource(data, el);
    host.addEventListener('blog-comment-submit', (event) => event.preventDefault(), { once: true });
    const created = await source.createComment(typed);
    expect(created).to.deep.include({ parent: '2', contentText: 'Hi 👋', status: 'pending', mine: true });
    expect(created.author).to.deep.equal({ name: 'Ana <b>' }); // text; the javascript: URL is gone
    expect(created.id).to.match(/^local-/);
    expect(created.date).to.be.instanceOf(Date);
    const { comments, total } = await source.listComments(post, { order: 'newest' });
    expect(total).to.equal(4); // held: listed for its author, not counted
    expect(comments).to.have.length(6);
    expect(comments.map((c) => c.id)).to.include(created.id);
  });

  it('respondWith(promise): the host gives the stored comment', async () => {
    const source = new StaticSource(data, el);
    host.addEventListener(
      'blog-comment-submit',
      (event) =>
        event.respondWith(Promise.resolve({ id: 'c42', status: 'approved', date: new Date('2024-01-02T03:04:05Z') })),
      { once: true },
    );
    const created = await source.createComment(typed);
    expect(created).to.deep.include({ id: 'c42', status: 'approved', mine: true, contentText: 'Hi 👋' });
    expect(created.date!.toISOString()).to.equal('2024-01-02T03:04:05.000Z');
    // JSON from the host's server: ISO dates and numeric ids are fine.
    const fromJson: unknown = { id: 43, date: '2024-05-06T00:00:00Z' };
    el.addEventListener('blog-comment-submit', (event) => event.respondWith(fromJson as Partial<Comment>), {
      once: true,
    });
    expect(await source.createComment(typed)).to.deep.include({ id: '43', status: 'pending' });
  });

  it('respondWith(rejection): the host’s WriteError reaches the reader; other errors become errorNotSaved', async () => {
    const source = new StaticSource(data, el);
    const refusal = new WriteError('invalid', 'comments.example', { field: 'content', text: 'No links, please.' });
    el.addEventListener('blog-comment-submit', (event) => event.respondWith(Promise.reject(refusal)), { once: true });
    expect(await rejection(source.createComment(typed))).to.equal(refusal);
    const failure = new TypeError('Failed to fetch');
    el.addEventListener('blog-comment-submit', (event) => event.respondWith(Promise.reject(failure)), { once: true });
    const error = await rejection(source.createComment(typed), WriteError);
    expect(error).to.deep.include({ kind: 'server', messageKey: 'errorNotSaved', cause: failure });
    expect(error.text).to.equal(undefined);
  });

  it('respondWith only during dispatch, and only once', async () => {
    let kept: BlogCommentSubmitEvent | undefined;
    let second: unknown;
    el.addEventListener(
      'blog-comment-submit',
      (event) => {
        kept = event;
        event.respondWith(undefined);
        try {
          event.respondWith(undefined);
        } catch (error) {
          second = error;
        }
      },
      { once: true },
    );
    await new StaticSource(data, el).createComment(typed);
    expect(second).to.be.instanceOf(DOMException);
    expect((second as DOMException).name).to.equal('InvalidStateError');
    expect(() => kept!.respondWith(undefined)).to.throw(DOMException, /while the event is dispatched/);
    expect(() => new BlogCommentSubmitEvent(typed).respondWith(undefined)).to.throw(DOMException);
  });

  it('an aborted signal stops the write before any event', async () => {
    let fired = false;
    el.addEventListener('blog-comment-submit', () => (fired = true), { once: true });
    const error = await rejection(new StaticSource(data, el).createComment(typed, { signal: AbortSignal.abort() }));
    expect(error.name).to.equal('AbortError');
    expect(fired).to.equal(false);
  });

  it('likes: unhandled fails with errorLikesUnsupported; handled moves the count; respondWith sets it', async () => {
    const source = new StaticSource(data, el);
    const seen: BlogLikeEvent[] = [];
    const error = await rejection(source.setLike(post, true));
    expect(error).to.deep.include({ kind: 'unhandled', messageKey: 'errorLikesUnsupported' });

    host.addEventListener('blog-like', (event) => {
      seen.push(event);
      event.preventDefault();
    });
    expect(await source.setLike(post, true)).to.deep.include({ count: 13, liked: true });
    expect(await source.setLike(post, true)).to.deep.include({ count: 13, liked: true }); // already liked
    expect((await source.getLikes(post)).count).to.equal(13);
    expect(seen[0]).to.be.instanceOf(BlogLikeEvent);
    expect(seen[0]!.detail).to.deep.equal({ post, liked: true });
    expect(seen[0]!.bubbles && seen[0]!.composed && seen[0]!.cancelable).to.equal(true);

    el.addEventListener('blog-like', (event) => event.respondWith(Promise.resolve({ count: 100 })), { once: true });
    expect(await source.setLike(post, false)).to.deep.include({ count: 100, liked: false });
    expect(await source.getLikes(post)).to.deep.include({ count: 100, liked: false });
  });
});

// WordPressSource, reading: URL building for both URL forms, posts, authors, comments mapping
// (threading, pending, avatars, hostile fields) and paging with X-WP-Total/X-WP-TotalPages.
import { expect } from '@open-wc/testing';
import { LoadError } from '../../src/data/load-error.js';
import { mapComment, WordPressSource } from '../../src/data/wordpress-source.js';
import { fixtureUrl, mockUrl } from '../support/env.js';
import { GRAVATAR } from '../support/gravatar.js';
import { json, mockSource, recordFetches, rejection } from './helpers.js';

const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('WordPressSource URLs', () => {
  const pretty = 'https://blog.example/wp-json/wp/v2/comments?post=4&page=2';
  for (const base of [
    'https://blog.example/',
    'https://blog.example',
    'https://blog.example/wp-json',
    'https://blog.example/wp-json/',
    'https://blog.example/wp-json/wp/v2/posts/4',
    'https://blog.example/#comments',
  ]) {
    it(`pretty permalinks from ${base}`, () => {
      const source = new WordPressSource(base);
      expect(source.root).to.equal('https://blog.example/wp-json/');
      expect(source.url('/wp/v2/comments', { post: 4, page: 2 })).to.equal(pretty);
      expect(source.host).to.equal('blog.example');
    });
  }

  it('keeps a WordPress installed in a folder', () => {
    expect(new WordPressSource('https://example.org/blog').url('/wp/v2/posts/4')).to.equal(
      'https://example.org/blog/wp-json/wp/v2/posts/4',
    );
    expect(new WordPressSource('https://example.org/blog/wp-json/').url('/wp/v2/users/2')).to.equal(
      'https://example.org/blog/wp-json/wp/v2/users/2',
    );
  });

  for (const [label, source] of [
    ['a base with ?rest_route=', () => new WordPressSource('https://blog.example/?rest_route=/')],
    ['index.php?rest_route=', () => new WordPressSource('https://blog.example/index.php?rest_route=/wp/v2/posts')],
    ['{ restRoute: true }', () => new WordPressSource('https://blog.example/', { restRoute: true })],
    [
      '{ restRoute: true } with /wp-json',
      () => new WordPressSource('https://blog.example/wp-json/', { restRoute: true }),
    ],
  ] as const) {
    it(`?rest_route= form from ${label}, parameters joined with &`, () => {
      const url = source().url('/wp/v2/comments', { post: 4, per_page: 10, page: 2 });
      expect(url.split('?')).to.have.length(2);
      expect(url).to.match(
        /^https:\/\/blog\.example\/(index\.php)?\?rest_route=%2Fwp%2Fv2%2Fcomments&post=4&per_page=10&page=2$/,
      );
      expect(params(url)).to.deep.equal({ rest_route: '/wp/v2/comments', post: '4', per_page: '10', page: '2' });
    });
  }

  it('keeps the base’s own query parameters in both forms', () => {
    expect(
      params(new WordPressSource('https://blog.example/?lang=fr&rest_route=/').url('/wp/v2/posts', { slug: 'x' })),
    ).to.deep.equal({ lang: 'fr', rest_route: '/wp/v2/posts', slug: 'x' });
    expect(new WordPressSource('https://blog.example/wp-json/?lang=fr').url('/wp/v2/posts', { slug: 'x' })).to.equal(
      'https://blog.example/wp-json/wp/v2/posts?lang=fr&slug=x',
    );
  });

  it('resolves a relative base on the page', () => {
    expect(new WordPressSource('/wp-json/').url('/wp/v2/posts/4')).to.equal(`${location.origin}/wp-json/wp/v2/posts/4`);
  });
});

interface WpComment {
  id: number;
  parent: number;
  author_name: string;
}

describe('WordPressSource comments', () => {
  let fetches: ReturnType<typeof recordFetches>;
  beforeEach(() => (fetches = recordFetches()));
  afterEach(() => fetches.restore());

  it('maps comments.json: threading, names, links, https avatars with srcset, dates, status', async () => {
    const raw = (await (await fetch(fixtureUrl('comments.json'))).json()) as WpComment[];
    const page = await mockSource('fixture/comments.json', { 'X-WP-Total': 3, 'X-WP-TotalPages': 1 }).listComments({
      id: '4',
    });
    expect(page.comments.map((c) => c.id)).to.deep.equal(raw.map((c) => String(c.id)));
    expect(page.total).to.equal(3);
    expect(page.next).to.equal(undefined);
    const [reply, tom, maya] = page.comments;
    expect(reply!.parent).to.equal('2');
    expect(tom!.parent).to.equal(undefined); // parent 0
    expect(maya!.parent).to.equal(undefined);
    expect(reply!.author).to.deep.include({ id: '2', name: 'Liah Qureshi', link: 'https://example.com/liah' });
    expect(tom!.author.name).to.equal('Tom Okafor');
    expect(tom!.author.link).to.equal(undefined); // author_url ""
    expect(tom!.author.id).to.equal(undefined); // a guest: author 0
    const avatar = maya!.author.avatar!;
    // WordPress' http Gravatars go through the page's Gravatar base (here the tests' stand-in).
    expect(avatar.src).to.match(new RegExp(`^${GRAVATAR}7f0425\\w+\\?s=96&`));
    expect(avatar.width).to.equal(96);
    expect(avatar.srcset).to.contain(GRAVATAR).and.contain(' 24w').and.contain(' 96w');
    expect(avatar.srcset).not.to.contain('gravatar.com');
    expect(maya!.contentHtml).to.contain('<p>Saw it last night.');
    expect(maya!.contentText).to.equal(undefined);
    expect(maya!.date!.toISOString()).to.equal('2013-12-18T11:02:00.000Z');
    expect(maya!.status).to.equal('approved');
    expect(maya!.link).to.equal('http://127.0.0.1:8088/2013/12/18/spike-jonzes-her/#comment-2');
    expect(maya!.mine).to.equal(undefined);
    const request = params(fetches.calls.at(-1)!.url);
    expect(request).to.include({
      rest_route: '/wp/v2/comments',
      post: '4',
      per_page: '50',
      page: '1',
      order: 'asc',
      orderby: 'date_gmt',
    });
  });

  it('maps held comments (status hold) as pending', async () => {
    const { comments } = await mockSource('fixture/comments_edit.json').listComments({ id: '4' });
    expect(comments).to.have.length(1);
    expect(comments[0]!.status).to.equal('pending');
    const created = mapComment({ id: 9, status: 'spam' });
    expect(created?.status).to.equal('pending');
  });

  it('turns hostile names into text and drops javascript:/data: links and avatars', async () => {
    const body = json([
      {
        id: 6,
        post: 6,
        parent: 0,
        author: 0,
        author_name: '<b onmouseover="alert(\'name\')">Eve</b> &amp; <script>alert(1)</script>co',
        author_url: "javascript:alert('url')",
        author_avatar_urls: { 24: 'javascript:alert(1)', 96: 'data:image/svg+xml,<svg onload=alert(1)>' },
        date_gmt: 'not a date',
        content: { rendered: '<p>Nice post! <img src=x onerror="alert(1)"></p>' },
        link: 'javascript:alert(2)',
        status: 'approved',
      },
      { id: 'not a number' },
      'nonsense',
      null,
    ]);
    const { comments } = await mockSource('json', { body }).listComments({ id: '6' });
    expect(comments).to.have.length(1);
    const [eve] = comments;
    expect(eve!.author.name).to.equal('Eve & co');
    expect(eve!.author.link).to.equal(undefined);
    expect(eve!.author.avatar).to.equal(undefined);
    expect(eve!.link).to.equal(undefined);
    expect(eve!.date).to.equal(undefined);
    // Untrusted HTML stays marked as such: the element sanitizes it.
    expect(eve!.contentHtml).to.contain('onerror');
  });

  it('asks for newest first and another page size', async () => {
    await mockSource('json', { body: '[]' }).listComments({ id: '4' }, { order: 'newest', perPage: 500, cursor: '3' });
    expect(params(fetches.calls[0]!.url)).to.include({ order: 'desc', per_page: '100', page: '3' });
  });

  it('pages with X-WP-Total / X-WP-TotalPages: page 1 of 2 has a next page, page 2 has none', async () => {
    const headers = { 'X-WP-Total': 12, 'X-WP-TotalPages': 2 };
    const first = await mockSource('fixture/comments.json', headers).listComments({ id: '4' }, { perPage: 10 });
    expect(first.total).to.equal(12);
    expect(first.next).to.equal('2');
    const last = await mockSource('fixture/comments.json', headers).listComments(
      { id: '4' },
      { perPage: 10, cursor: first.next! },
    );
    expect(last.next).to.equal(undefined);
    expect(last.total).to.equal(12);
    expect(params(fetches.calls[1]!.url).page).to.equal('2');
  });

  it('treats a page beyond the last as an empty last page (400 …_invalid_page_number or [])', async () => {
    const invalid = json({
      code: 'rest_post_invalid_page_number',
      message: 'The page number requested is larger than the number of pages available.',
      data: { status: 400 },
    });
    const page = await mockSource('json', { status: 400, body: invalid }).listComments({ id: '4' }, { cursor: '9' });
    expect(page).to.deep.equal({ comments: [] });
    // WordPress 6.1 answers [] on the comments route.
    const empty = await mockSource('json', { body: '[]', 'X-WP-Total': 3, 'X-WP-TotalPages': 1 }).listComments(
      { id: '4' },
      { cursor: '9' },
    );
    expect(empty).to.deep.equal({ comments: [], total: 3 });
  });

  it('without paging headers, offers a next page only after a full page', async () => {
    const full = await mockSource('fixture/comments.json').listComments({ id: '4' }, { perPage: 3 });
    expect(full.next).to.equal('2');
    expect(full.total).to.equal(undefined);
    const partial = await mockSource('fixture/comments.json').listComments({ id: '4' }, { perPage: 5 });
    expect(partial.next).to.equal(undefined);
  });

  it('rejects with a LoadError on errors, HTML and non-lists', async () => {
    const server = await rejection(mockSource('status/500').listComments({ id: '4' }), LoadError);
    expect(server.kind).to.equal('server');
    const html = await rejection(mockSource('html').listComments({ id: '4' }), LoadError);
    expect(html.kind).to.equal('not-json');
    const object = await rejection(mockSource('json', { body: '{}' }).listComments({ id: '4' }), LoadError);
    expect(object.kind).to.equal('invalid');
  });
});

describe('WordPressSource posts and authors', () => {
  let fetches: ReturnType<typeof recordFetches>;
  beforeEach(() => (fetches = recordFetches()));
  afterEach(() => fetches.restore());

  it('gets a post by id, embedded', async () => {
    const post = await mockSource('fixture/post.json').getPost({ id: '4' });
    expect(post.id).to.equal('4');
    expect(post.title).to.contain('Her');
    expect(params(fetches.calls[0]!.url)).to.include({ rest_route: '/wp/v2/posts/4', _embed: '1' });
  });

  it('gets a post by URL through its slug, and remembers its id for the comments', async () => {
    const source = mockSource('fixture/posts_embed.json');
    const url = 'https://blog.example/2013/12/20/sanitization-probe/';
    const post = await source.getPost({ url });
    expect(post.id).to.equal('6');
    expect(params(fetches.calls[0]!.url)).to.include({
      rest_route: '/wp/v2/posts',
      slug: 'sanitization-probe',
      _embed: '1',
    });
    await source.listComments({ url });
    expect(fetches.calls).to.have.length(2);
    expect(params(fetches.calls[1]!.url)).to.include({ rest_route: '/wp/v2/comments', post: '6' });
  });

  it('looks a post URL up once, by slug, before listing its comments', async () => {
    const source = mockSource('fixture/posts_embed.json');
    const url = 'https://blog.example/2013/12/20/sanitization-probe';
    await source.listComments({ url });
    await source.listComments({ url });
    const routes = fetches.calls.map((call) => params(call.url));
    expect(routes.map((p) => p.rest_route)).to.deep.equal(['/wp/v2/posts', '/wp/v2/comments', '/wp/v2/comments']);
    expect(routes[0]).to.include({ slug: 'sanitization-probe', _fields: 'id' });
  });

  it('reads the id of a plain permalink (?p=4) without a lookup', async () => {
    await mockSource('fixture/post.json').getPost({ url: 'https://blog.example/?p=4' });
    expect(params(fetches.calls[0]!.url).rest_route).to.equal('/wp/v2/posts/4');
  });

  it('says when no post has that slug', async () => {
    const error = await rejection(
      mockSource('json', { body: '[]' }).getPost({ url: 'https://blog.example/nope/' }),
      LoadError,
    );
    expect(error.kind).to.equal('not-found');
    expect(error.messageKey).to.equal('errorNotPost');
  });

  it('gets an author', async () => {
    const author = await mockSource('fixture/users.json').getAuthor('2');
    expect(author.name).to.equal('Liah Qureshi');
    expect(params(fetches.calls[0]!.url).rest_route).to.equal('/wp/v2/users/2');
  });

  it('passes timeouts and aborts through', async () => {
    const slow = await rejection(mockSource('slow', { ms: 3000 }).getPost({ id: '4' }, { timeout: 200 }), LoadError);
    expect(slow.kind).to.equal('timeout');
    const controller = new AbortController();
    const pending = mockSource('slow', { ms: 3000 }).listComments({ id: '4' }, { signal: controller.signal });
    controller.abort();
    expect((await rejection(pending)).name).to.equal('AbortError');
  });

  it('gives a guest session', async () => {
    const source = new WordPressSource(mockUrl('json'));
    expect(await source.session()).to.deep.equal({});
  });
});

// HTTP tests of the comment routes (Fastify's inject: the real app, routes, validation and
// SQLite, without a socket): create, list, threading and paging, and every way input goes wrong.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setStatus } from '../src/store/moderation.js';
import { comment, OTHER_ORIGIN, testApp, type TestApp } from './support/app.js';

interface Listed {
  comments: {
    id: string;
    parent?: string;
    content: string;
    status: string;
    mine?: boolean;
    author: { name: string; url?: string };
  }[];
  total: number;
  next?: string;
}

describe('comments', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp({ moderation: { hold: 'none' }, rateLimits: { commentsPerIp: 1000, commentsPerIdentity: 1000 } });
  });
  after(() => t.close());

  const post = (body: unknown, extra: Parameters<TestApp['request']>[0] = {}) =>
    t.request({ method: 'POST', url: '/api/v1/comments', payload: body as Record<string, unknown>, ...extra });
  const list = async (query: string, extra: Parameters<TestApp['request']>[0] = {}): Promise<Listed> => {
    const response = await t.request({ method: 'GET', url: `/api/v1/comments?${query}`, ...extra });
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  };

  it('creates a guest comment and never returns the email', async () => {
    const response = await post(comment({ post: 'create' }));
    assert.equal(response.statusCode, 201, response.body);
    const { comment: created } = response.json();
    assert.equal(created.status, 'approved');
    assert.equal(created.content, 'Saw it last night.');
    assert.deepEqual(created.author, { name: 'Marcus Webb', url: 'https://marcus.example/' });
    assert.ok(!response.body.includes('marcus@example.com'));
    const listed = await list('post=create');
    assert.equal(listed.total, 1);
    assert.equal(listed.comments[0]!.id, created.id);
    assert.ok(!JSON.stringify(listed).includes('@example.com'));
  });

  it('answers an empty thread for a post nobody commented on yet', async () => {
    assert.deepEqual(await list('post=nobody-yet'), { comments: [], total: 0 });
  });

  it('threads replies under their top-level comment and pages by whole threads', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await post(comment({ post: 'paged', content: `top ${i}` }));
      ids.push(r.json().comment.id);
    }
    const reply = (await post(comment({ post: 'paged', parent: ids[0], content: 'reply to 0' }))).json().comment;
    const nested = (await post(comment({ post: 'paged', parent: reply.id, content: 'reply to reply' }))).json().comment;
    assert.equal(nested.parent, reply.id);

    const first = await list('post=paged&limit=2');
    assert.deepEqual(
      first.comments.map((c) => c.content),
      ['top 0', 'reply to 0', 'reply to reply', 'top 1'],
    );
    assert.equal(first.total, 7);
    assert.ok(first.next);
    const second = await list(`post=paged&limit=2&cursor=${first.next}`);
    assert.deepEqual(
      second.comments.map((c) => c.content),
      ['top 2', 'top 3'],
    );
    const third = await list(`post=paged&limit=2&cursor=${second.next}`);
    assert.deepEqual(
      third.comments.map((c) => c.content),
      ['top 4'],
    );
    assert.equal(third.next, undefined);

    const newest = await list('post=paged&limit=2&order=newest');
    assert.deepEqual(
      newest.comments.map((c) => c.content),
      ['top 4', 'top 3'],
    );
    const older = await list(`post=paged&limit=2&order=newest&cursor=${newest.next}`);
    assert.deepEqual(
      older.comments.map((c) => c.content),
      ['top 2', 'top 1'],
    );
  });

  it('refuses a reply to a comment of another post', async () => {
    const other = (await post(comment({ post: 'other-post', content: 'elsewhere' }))).json().comment;
    const response = await post(comment({ post: 'her', parent: other.id, content: 'wrong thread' }));
    assert.equal(response.statusCode, 400);
    assert.deepEqual(response.json(), {
      code: 'parent_not_found',
      message: 'The comment being answered is not a comment of this post (or it was removed).',
      field: 'parent',
      statusCode: 400,
    });
    const missing = await post(comment({ post: 'her', parent: '999999', content: 'to nobody' }));
    assert.equal(missing.json().code, 'parent_not_found');
    const bad = await post(comment({ post: 'her', parent: '1 OR 1=1', content: 'sql' }));
    assert.equal(bad.json().code, 'parent_invalid');
  });

  it('names the field at fault for each bad input', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ content: '   ' }, 'content_required', 'content'],
      [{ content: 'x'.repeat(65_526) }, 'content_too_long', 'content'],
      [{ email: '' }, 'email_required', 'email'],
      [{ email: 'not an email' }, 'email_invalid', 'email'],
      [{ name: '  ' }, 'name_required', 'name'],
      [{ name: 'n'.repeat(246) }, 'name_too_long', 'name'],
      [{ name: 'bell\u0007' }, 'name_invalid', 'name'],
      [{ website: 'javascript:alert(1)' }, 'website_invalid', 'website'],
      [{ content: 'nul \u0000 byte' }, 'content_invalid', 'content'],
      [{ content: 'lone \ud800 surrogate' }, 'content_invalid', 'content'],
      [{ post: '' }, 'post_invalid', 'post'],
      [{ post: undefined }, 'post_required', 'post'],
      [{ postUrl: 'ftp://blog.example/x', post: undefined }, 'postUrl_invalid', 'postUrl'],
      [{ parent: 'abc' }, 'parent_invalid', 'parent'],
      [{ colour: 'red' }, 'invalid_request', 'colour'],
      [{ notifyComments: 'maybe' }, 'invalid_request', 'notifyComments'],
    ];
    for (const [patch, code, field] of cases) {
      const response = await post(comment({ post: 'bad-input', ...patch }));
      assert.equal(response.statusCode, 400, `${code}: ${response.body}`);
      const body = response.json();
      assert.equal(body.code, code, JSON.stringify(patch).slice(0, 80));
      assert.equal(body.field, field, code);
      assert.equal(typeof body.message, 'string');
    }
    assert.deepEqual(await list('post=bad-input'), { comments: [], total: 0 });
  });

  it('stores SQL metacharacters and hostile HTML as the text they are', async () => {
    const hostile = `'); DROP TABLE comments; -- <script>alert(1)</script><img src=x onerror=alert(2)> " \\ %_`;
    const response = await post(
      comment({ post: 'o\'brien"; --', name: `Robert'); DROP TABLE posts;--`, content: hostile }),
    );
    assert.equal(response.statusCode, 201, response.body);
    const listed = await list(`post=${encodeURIComponent(`o'brien"; --`)}`);
    assert.equal(listed.comments[0]!.content, hostile);
    assert.equal(listed.comments[0]!.author.name, `Robert'); DROP TABLE posts;--`);
    const likeWildcards = await list('post=%25');
    assert.deepEqual(likeWildcards, { comments: [], total: 0 });
  });

  it('refuses invalid UTF-8, other charsets, other content types and oversized bodies', async () => {
    const invalid = Buffer.concat([
      Buffer.from('{"post":"her","name":"A","email":"a@b.co","content":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}'),
    ]);
    const r1 = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: invalid,
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(r1.statusCode, 400);
    assert.equal(r1.json().code, 'invalid_utf8');

    const r2 = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: 'content=hi',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(r2.statusCode, 415);
    assert.equal(r2.json().code, 'unsupported_media_type');

    const r3 = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: JSON.stringify(comment()),
      headers: { 'content-type': 'application/json; charset=iso-8859-1' },
    });
    assert.equal(r3.statusCode, 415);

    const r4 = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: JSON.stringify(comment({ content: 'x'.repeat(400 * 1024) })),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(r4.statusCode, 413);
    assert.equal(r4.json().code, 'body_too_large');

    const r5 = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: '{"post": "her",',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(r5.statusCode, 400);
    assert.equal(r5.json().code, 'invalid_json');

    const r6 = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: '',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(r6.statusCode, 400);
    assert.equal(r6.json().code, 'invalid_json');

    for (const query of ['post=%C3%28', 'post=%FF', 'post=%E0%A4%A']) {
      const bad = await t.request({ method: 'GET', url: `/api/v1/comments?${query}` });
      assert.equal(
        bad.statusCode,
        200,
        `${query}: broken percent-encoding in a query names no post, and breaks nothing`,
      );
      assert.deepEqual(bad.json(), { comments: [], total: 0 });
    }

    const r7 = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: '[1,2]',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(r7.statusCode, 400);
  });

  it('refuses a duplicate from the same person on the same post', async () => {
    assert.equal((await post(comment({ post: 'dup', content: 'Same words.' }))).statusCode, 201);
    const again = await post(comment({ post: 'dup', content: 'Same words.' }));
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'duplicate_comment');
    assert.equal(
      (await post(comment({ post: 'dup', content: 'Same words.', email: 'someone.else@example.com' }))).statusCode,
      201,
    );
  });

  it('refuses pages of origins no site lists, unknown sites and bad cursors', async () => {
    const foreign = await post(comment(), { origin: OTHER_ORIGIN });
    assert.equal(foreign.statusCode, 403);
    assert.equal(foreign.json().code, 'origin_not_allowed');
    assert.equal(foreign.headers['access-control-allow-origin'], undefined);
    const unknown = await post(comment({ site: 'nope' }), { origin: null });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().code, 'unknown_site');
    const byUrl = await post(comment({ post: undefined, postUrl: 'https://other.example/p/' }), { origin: null });
    assert.equal(byUrl.json().code, 'unknown_site');
    const cursor = await t.request({ method: 'GET', url: '/api/v1/comments?post=her&cursor=zz%27--' });
    assert.equal(cursor.statusCode, 400);
    assert.equal(cursor.json().code, 'cursor_invalid');
    const order = await t.request({ method: 'GET', url: '/api/v1/comments?post=her&order=random' });
    assert.equal(order.statusCode, 400);
    assert.equal(order.json().field, 'order');
  });

  it('keys posts by canonical URL on the site, without the #fragment', async () => {
    const url = 'https://blog.example/2013/12/18/spike-jonzes-her/';
    assert.equal(
      (await post(comment({ post: undefined, postUrl: `${url}#comments`, content: 'by url' }))).statusCode,
      201,
    );
    const listed = await list(`postUrl=${encodeURIComponent(url)}`);
    assert.deepEqual(
      listed.comments.map((c) => c.content),
      ['by url'],
    );
    const elsewhere = await post(comment({ post: undefined, postUrl: 'https://elsewhere.example/x' }), {
      origin: 'https://blog.example',
    });
    assert.equal(elsewhere.json().code, 'postUrl_not_on_site');
    const info = await t.request({ method: 'GET', url: `/api/v1/post?postUrl=${encodeURIComponent(url)}` });
    assert.equal(info.json().comments, 1);
    const none = await t.request({ method: 'GET', url: '/api/v1/post?post=never-commented' });
    assert.equal(none.statusCode, 404);
    assert.equal(none.json().code, 'unknown_post');
  });

  it('refuses comments on a closed post', async () => {
    await post(comment({ post: 'closing', content: 'first' }));
    await t.database.db.updateTable('posts').set({ closed: 1 }).where('key', '=', 'id:closing').execute();
    const response = await post(comment({ post: 'closing', content: 'second' }));
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'comments_closed');
  });

  it('counts only approved comments after moderation', async () => {
    const first = (await post(comment({ post: 'moderated', content: 'one' }))).json().comment;
    await post(comment({ post: 'moderated', content: 'two' }));
    await setStatus(t.database.db, [Number(first.id)], 'spam');
    const listed = await list('post=moderated');
    assert.equal(listed.total, 1);
    assert.deepEqual(
      listed.comments.map((c) => c.content),
      ['two'],
    );
  });
});

describe('comments: holding guests for moderation', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp({ moderation: { hold: 'first-time' } });
  });
  after(() => t.close());

  it('holds a first-time guest, shows the held comment only to its author, approves returning guests', async () => {
    const token = await t.guest();
    const held = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: comment({ content: 'first words' }),
      token,
    });
    assert.equal(held.statusCode, 201);
    assert.equal(held.json().comment.status, 'pending');
    assert.equal(held.json().comment.mine, true);

    const anonymous = (await t.request({ method: 'GET', url: '/api/v1/comments?post=her' })).json();
    assert.deepEqual(anonymous, { comments: [], total: 0 });
    const author = (await t.request({ method: 'GET', url: '/api/v1/comments?post=her', token })).json();
    assert.deepEqual(
      author.comments.map((c: { content: string; mine: boolean; status: string }) => [c.content, c.status, c.mine]),
      [['first words', 'pending', true]],
    );

    await setStatus(t.database.db, [Number(held.json().comment.id)], 'approved');
    const again = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: comment({ content: 'second words' }),
    });
    assert.equal(again.json().comment.status, 'approved');
  });

  it('files a comment whose honeypot is filled as spam, without telling the sender', async () => {
    const token = await t.guest();
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: comment({
        post: 'honeypot',
        email: 'bot@spam.example',
        content: 'cheap pills',
        honeypot: 'http://spam.example',
      }),
      token,
    });
    assert.equal(response.statusCode, 201);
    assert.equal(response.json().comment.status, 'pending');
    const row = await t.database.db
      .selectFrom('comments')
      .select('status')
      .where('content', '=', 'cheap pills')
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'spam');
  });
});

describe('comments: rate limits', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp({ moderation: { hold: 'none' }, rateLimits: { commentsPerIp: 3, commentsPerIdentity: 2 } });
  });
  after(() => t.close());

  const send = (content: string, remoteAddress: string, token?: string) =>
    t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: comment({ content }),
      remoteAddress,
      ...(token ? { token } : {}),
    });

  it('limits comments per IP and per identity, with Retry-After', async () => {
    for (const n of [1, 2, 3]) assert.equal((await send(`ip ${n}`, '10.0.0.1')).statusCode, 201);
    const fourth = await send('ip 4', '10.0.0.1');
    assert.equal(fourth.statusCode, 429);
    assert.equal(fourth.json().code, 'rate_limited');
    assert.ok(Number(fourth.headers['retry-after']) > 0);
    assert.equal((await send('another address', '10.0.0.2')).statusCode, 201);

    const token = await t.guest('10.0.0.9');
    assert.equal((await send('identity 1', '10.0.1.1', token)).statusCode, 201);
    assert.equal((await send('identity 2', '10.0.1.2', token)).statusCode, 201);
    const third = await send('identity 3', '10.0.1.3', token);
    assert.equal(third.statusCode, 429, 'the same identity from a third address');
  });
});

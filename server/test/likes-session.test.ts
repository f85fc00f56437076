// HTTP tests of likes and sessions: guest tokens, like/unlike, likers, the per-IP cap, logout.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setStatus } from '../src/store/moderation.js';
import { comment, testApp, type TestApp } from './support/app.js';

describe('sessions', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp({ rateLimits: { guestTokensPerIp: 3 } });
  });
  after(() => t.close());

  it('issues guest tokens, says who the caller is, and revokes on logout', async () => {
    const none = await t.request({ method: 'GET', url: '/api/v1/session' });
    assert.deepEqual(none.json(), { identity: null, guest: false });
    const token = await t.guest('10.1.0.1');
    assert.match(token, /^bw_[A-Za-z0-9_-]{43}$/);
    const session = (await t.request({ method: 'GET', url: '/api/v1/session', token })).json();
    assert.equal(session.identity, null);
    assert.equal(session.guest, true);
    assert.ok(Date.parse(session.expiresAt) > Date.now() + 300 * 86_400_000);

    const stored = await t.database.db.selectFrom('sessions').select('token_hash').execute();
    assert.ok(
      stored.every((s) => s.token_hash !== token && /^[0-9a-f]{64}$/.test(s.token_hash)),
      'only hashes stored',
    );

    const out = await t.request({ method: 'DELETE', url: '/api/v1/session', token });
    assert.equal(out.statusCode, 204);
    assert.deepEqual((await t.request({ method: 'GET', url: '/api/v1/session', token })).json(), {
      identity: null,
      guest: false,
    });
    const like = await t.request({ method: 'PUT', url: '/api/v1/likes?post=her', token });
    assert.equal(like.statusCode, 401, 'a revoked token is anonymous');
  });

  it('treats forged and malformed tokens as anonymous', async () => {
    for (const token of ['bw_' + 'A'.repeat(43), 'not-a-token', "bw_' OR '1'='1"]) {
      const response = await t.request({ method: 'GET', url: '/api/v1/session', token });
      assert.deepEqual(response.json(), { identity: null, guest: false });
    }
  });

  it('limits guest tokens per IP per hour', async () => {
    for (let i = 0; i < 3; i++) await t.guest('10.1.0.2');
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/session/guest', remoteAddress: '10.1.0.2' });
    assert.equal(response.statusCode, 429);
    assert.equal(response.json().code, 'rate_limited');
    assert.equal(response.headers['retry-after'], '3600');
  });
});

describe('likes', () => {
  let t: TestApp;
  before(async () => {
    t = await testApp({
      moderation: { hold: 'first-time' },
      rateLimits: { likesPerPostPerIp: 2, guestTokensPerIp: 100 },
    });
  });
  after(() => t.close());

  const likes = (query: string, token?: string) =>
    t.request({ method: 'GET', url: `/api/v1/likes?${query}`, ...(token ? { token } : {}) });

  it('needs a session to like', async () => {
    const response = await t.request({ method: 'PUT', url: '/api/v1/likes?post=her' });
    assert.equal(response.statusCode, 401);
    assert.equal(response.json().code, 'session_required');
  });

  it('likes once per identity, unlikes, and says whether the caller likes it', async () => {
    assert.deepEqual((await likes('post=one')).json(), { count: 0, likers: [], liked: false });
    const token = await t.guest('10.2.0.1');
    const liked = await t.request({ method: 'PUT', url: '/api/v1/likes?post=one', token, remoteAddress: '10.2.0.1' });
    assert.equal(liked.statusCode, 200, liked.body);
    assert.deepEqual(liked.json(), { count: 1, likers: [], liked: true });
    const twice = await t.request({ method: 'PUT', url: '/api/v1/likes?post=one', token, remoteAddress: '10.2.0.1' });
    assert.equal(twice.json().count, 1, 'liking again changes nothing');
    assert.equal((await likes('post=one')).json().liked, false, 'anonymous readers do not like it');
    assert.equal((await likes('post=one', token)).json().liked, true);
    const unliked = await t.request({
      method: 'DELETE',
      url: '/api/v1/likes?post=one',
      token,
      remoteAddress: '10.2.0.1',
    });
    assert.deepEqual(unliked.json(), { count: 0, likers: [], liked: false });
    const again = await t.request({
      method: 'DELETE',
      url: '/api/v1/likes?post=one',
      token,
      remoteAddress: '10.2.0.1',
    });
    assert.equal(again.json().count, 0, 'unliking again changes nothing');
  });

  it('caps likes of one post from one IP, so fresh guest tokens do not inflate it', async () => {
    const ip = '10.2.0.2';
    const results: number[] = [];
    for (let i = 0; i < 4; i++) {
      const token = await t.guest(ip);
      results.push(
        (await t.request({ method: 'PUT', url: '/api/v1/likes?post=capped', token, remoteAddress: ip })).statusCode,
      );
    }
    assert.deepEqual(results, [200, 200, 429, 429]);
    const refused = await t.request({
      method: 'PUT',
      url: '/api/v1/likes?post=capped',
      token: await t.guest(ip),
      remoteAddress: ip,
    });
    assert.equal(refused.json().code, 'like_limit');
    assert.equal((await likes('post=capped')).json().count, 2);
  });

  it('lists likers by public name only: a guest gets one once a comment of theirs is approved', async () => {
    const token = await t.guest('10.2.0.3');
    await t.request({ method: 'PUT', url: '/api/v1/likes?post=named', token, remoteAddress: '10.2.0.3' });
    assert.deepEqual((await likes('post=named&likers=5')).json().likers, []);
    const held = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: comment({ post: 'named', name: 'Yuki Tanaka', email: 'yuki@example.com', website: '' }),
      token,
    });
    assert.equal(held.json().comment.status, 'pending');
    assert.deepEqual(
      (await likes('post=named&likers=5')).json().likers,
      [],
      'a held comment does not make the name public',
    );
    await setStatus(t.database.db, [Number(held.json().comment.id)], 'approved');
    assert.deepEqual((await likes('post=named&likers=5')).json(), {
      count: 1,
      likers: [{ name: 'Yuki Tanaka' }],
      liked: false,
    });
    assert.deepEqual((await likes('post=named&likers=0')).json().likers, []);
    const tooMany = await likes('post=named&likers=101');
    assert.equal(tooMany.statusCode, 400);
    assert.equal(tooMany.json().field, 'likers');
  });

  it('keeps the count with many likers as cheap as with few (a counter, not a count)', async () => {
    const { db } = t.database;
    await t.request({
      method: 'PUT',
      url: '/api/v1/likes?post=popular',
      token: await t.guest('10.2.0.4'),
      remoteAddress: '10.2.0.4',
    });
    const post = await db
      .selectFrom('posts')
      .select(['id', 'like_count'])
      .where('key', '=', 'id:popular')
      .executeTakeFirstOrThrow();
    assert.equal(post.like_count, 1);
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      provider: 'test',
      subject: `p${i}`,
      name: `Person ${i}`,
      avatar: null,
      profile_url: null,
      email: null,
      created_at: i,
    }));
    const ids = await db.insertInto('identities').values(rows).returning('id').execute();
    await db
      .insertInto('likes')
      .values(ids.map(({ id }, i) => ({ post_id: post.id, identity_id: id, ip: null, created_at: 1000 + i })))
      .execute();
    await db.updateTable('posts').set({ like_count: 2001 }).where('id', '=', post.id).execute();
    const summary = (await likes('post=popular&likers=3')).json();
    assert.equal(summary.count, 2001);
    assert.deepEqual(
      summary.likers.map((l: { name: string }) => l.name),
      ['Person 0', 'Person 1', 'Person 2'],
    );
  });
});

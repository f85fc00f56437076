// The same service on a real PostgreSQL (a private cluster this test starts, see
// support/postgres.ts): migrations, the comment and like routes, and two instances on one
// database serving one consistent thread.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { migrate, migrations } from '../src/migrations.js';
import { comment, testApp } from './support/app.js';
import { postgresUnavailable, startPostgres, type Postgres } from './support/postgres.js';

const skip = postgresUnavailable();
if (skip) console.log(`# postgres: skipped — ${skip}`);

describe('PostgreSQL', { skip }, () => {
  let cluster: Postgres;
  before(async () => {
    cluster = await startPostgres();
  });
  after(() => cluster.stop());

  it('migrates an empty database, and again without change', async () => {
    const url = await cluster.createDatabase('migrations');
    const t = await testApp({ db: url });
    try {
      const tables = await sql<{
        table_name: string;
      }>`select table_name from information_schema.tables where table_schema = 'public' order by 1`.execute(
        t.database.db,
      );
      assert.deepEqual(
        tables.rows.map((r) => r.table_name),
        [
          'bans',
          'comments',
          'identities',
          'kysely_migration',
          'kysely_migration_lock',
          'likes',
          'posts',
          'sessions',
          'sign_ins',
        ],
      );
      const again = await migrate(t.database.db);
      assert.deepEqual(again.results, [], 'nothing left to run');
      const ran = await t.database.db
        .selectFrom('kysely_migration' as never)
        .select('name' as never)
        .execute();
      assert.deepEqual(
        ran.map((r) => (r as { name: string }).name),
        Object.keys(migrations),
      );
    } finally {
      await t.close();
    }
  });

  it('serves comments, threads, likes and errors as on SQLite', async () => {
    const t = await testApp({ db: await cluster.createDatabase('routes'), moderation: { hold: 'none' } });
    try {
      const first = await t.request({
        method: 'POST',
        url: '/api/v1/comments',
        payload: comment({ content: `It's "quoted" -- ; DROP TABLE posts; <b>` }),
      });
      assert.equal(first.statusCode, 201, first.body);
      const reply = await t.request({
        method: 'POST',
        url: '/api/v1/comments',
        payload: comment({ content: 'reply', parent: first.json().comment.id }),
      });
      assert.equal(reply.statusCode, 201, reply.body);
      const listed = (await t.request({ method: 'GET', url: '/api/v1/comments?post=her' })).json();
      assert.deepEqual(
        listed.comments.map((c: { content: string }) => c.content),
        [`It's "quoted" -- ; DROP TABLE posts; <b>`, 'reply'],
      );
      assert.equal(listed.total, 2);
      const nul = await t.request({
        method: 'POST',
        url: '/api/v1/comments',
        payload: comment({ content: 'nul\u0000' }),
      });
      assert.equal(nul.json().code, 'content_invalid', 'refused before PostgreSQL would choke on it');
      const big = await t.request({ method: 'GET', url: '/api/v1/comments?post=her&cursor=zzzzzzzzzz.zzzzzzzzzz' });
      assert.equal(big.statusCode, 200, 'the largest cursor is still a number PostgreSQL takes');
      const token = await t.guest();
      const liked = await t.request({ method: 'PUT', url: '/api/v1/likes?post=her', token });
      assert.deepEqual(liked.json(), { count: 1, likers: [], liked: true });
      const health = await t.request({ method: 'GET', url: '/healthz' });
      assert.deepEqual(health.json(), { ok: true, db: 'postgres' });
    } finally {
      await t.close();
    }
  });

  it('two instances on one database serve one consistent thread', async () => {
    const url = await cluster.createDatabase('two_instances');
    // Both start at once: the migration lock lets exactly one of them create the tables.
    const [a, b] = await Promise.all([
      testApp({ db: url, moderation: { hold: 'none' } }),
      testApp({ db: url, moderation: { hold: 'none' } }),
    ]);
    try {
      const writes = Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? a : b).request({
          method: 'POST',
          url: '/api/v1/comments',
          payload: comment({ content: `comment ${i}`, email: `p${i}@example.com` }),
          remoteAddress: `10.9.0.${i}`,
        }),
      );
      const created = await Promise.all(writes);
      assert.ok(created.every((r) => r.statusCode === 201));
      const parent = created[0]!.json().comment.id;
      const replies = await Promise.all(
        [a, b].map((app, i) =>
          app.request({
            method: 'POST',
            url: '/api/v1/comments',
            payload: comment({ content: `reply via ${i}`, parent, email: `r${i}@example.com` }),
            remoteAddress: `10.9.1.${i}`,
          }),
        ),
      );
      assert.ok(replies.every((r) => r.statusCode === 201));
      const likes = await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const app = i % 2 ? a : b;
          const token = await app.guest(`10.9.2.${i}`);
          return app.request({ method: 'PUT', url: '/api/v1/likes?post=her', token, remoteAddress: `10.9.2.${i}` });
        }),
      );
      assert.ok(likes.every((r) => r.statusCode === 200));
      const fromA = (await a.request({ method: 'GET', url: '/api/v1/comments?post=her&limit=100' })).json();
      const fromB = (await b.request({ method: 'GET', url: '/api/v1/comments?post=her&limit=100' })).json();
      assert.deepEqual(fromA, fromB);
      assert.equal(fromA.total, 42);
      assert.equal(fromA.comments.length, 42);
      const order = fromA.comments.map((c: { content: string }) => c.content);
      assert.equal(order.indexOf('reply via 0') > order.indexOf(created[0]!.json().comment.content), true);
      const likesA = (await a.request({ method: 'GET', url: '/api/v1/likes?post=her' })).json();
      const likesB = (await b.request({ method: 'GET', url: '/api/v1/likes?post=her' })).json();
      assert.equal(likesA.count, 10);
      assert.deepEqual(likesA, likesB);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('keeps serving when PostgreSQL ends its idle connections (a restart, a failover)', async () => {
    const url = await cluster.createDatabase('terminated');
    const t = await testApp({ db: url });
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      assert.equal((await t.request({ method: 'GET', url: '/api/v1/comments?post=her' })).statusCode, 200);
      // Another session ends every connection of the service's pool, idle in it.
      const admin = await testApp({ db: url });
      await sql`select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()`.execute(admin.database.db);
      await admin.close();
      await new Promise((done) => setTimeout(done, 200));
      assert.ok(
        warnings.some((w) => String(w).includes('idle PostgreSQL connection was lost')),
        'the lost connection is reported',
      );
      const after = await t.request({ method: 'POST', url: '/api/v1/comments', payload: comment() });
      assert.equal(after.statusCode, 201, after.body);
    } finally {
      console.warn = warn;
      await t.close();
    }
  });
});

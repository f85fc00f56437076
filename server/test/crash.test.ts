// Acknowledged writes survive `kill -9`: the real service process takes a burst of concurrent
// comments, is SIGKILLed in the middle of it, restarts on the same database, and every
// comment that got a 201 is there, with its text — on SQLite (WAL, synchronous=FULL) and on
// PostgreSQL.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tempDir } from './support/cli.js';
import { postgresUnavailable, startPostgres, type Postgres } from './support/postgres.js';
import { startService } from './support/process.js';

const ORIGIN = 'https://blog.example';
const config = (db: string) => ({
  db,
  sites: [{ id: 'blog', origins: [ORIGIN] }],
  moderation: { hold: 'none' },
  rateLimits: { requestsPerMinute: 0, commentsPerIp: 1_000_000, commentsPerIdentity: 1_000_000 },
});

/** Posts from `workers` concurrent loops until `stop()`; returns every acknowledged comment. */
function burst(url: string, workers: number) {
  const acknowledged = new Map<string, string>();
  let running = true;
  let dying = false;
  let sent = 0;
  let failed = 0;
  const loop = async (worker: number): Promise<void> => {
    for (let n = 0; running; n++) {
      const content = `worker ${worker} comment ${n} — «${'x'.repeat(n % 50)}»`;
      sent++;
      try {
        const response = await fetch(`${url}/api/v1/comments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: ORIGIN },
          body: JSON.stringify({ post: 'crash', name: `Worker ${worker}`, email: `w${worker}@example.com`, content }),
        });
        if (response.status !== 201) throw new Error(`status ${response.status}: ${await response.text()}`);
        const { comment } = (await response.json()) as { comment: { id: string } };
        acknowledged.set(comment.id, content);
      } catch (error) {
        failed++;
        if (!dying) throw error;
      }
    }
  };
  const done = Promise.all(Array.from({ length: workers }, (_, i) => loop(i)));
  return {
    acknowledged,
    get sent() {
      return sent;
    },
    get failed() {
      return failed;
    },
    /** The server is about to be killed: failed requests are expected from now on. */
    dying() {
      dying = true;
    },
    stop() {
      running = false;
      return done;
    },
  };
}

async function allComments(url: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let cursor: string | undefined;
  do {
    const response = await fetch(`${url}/api/v1/comments?post=crash&limit=100${cursor ? `&cursor=${cursor}` : ''}`, {
      headers: { origin: ORIGIN },
    });
    assert.equal(response.status, 200);
    const page = (await response.json()) as { comments: { id: string; content: string }[]; next?: string };
    for (const c of page.comments) found.set(c.id, c.content);
    cursor = page.next;
  } while (cursor);
  return found;
}

async function crashAndCheck(dir: string, db: string): Promise<void> {
  const first = await startService(dir, config(db), 'before-crash');
  const load = burst(first.url, 16);
  // Kill it once it has acknowledged a good number, while the workers keep sending.
  while (load.acknowledged.size < 150) await new Promise((r) => setTimeout(r, 5));
  load.dying();
  const inFlight = load.sent - load.acknowledged.size;
  const code = await first.stop('SIGKILL');
  await load.stop();
  assert.equal(code, null, 'killed by a signal, not exited');
  assert.ok(inFlight > 0, 'requests were in flight when it died');
  const acknowledged = new Map(load.acknowledged);

  const second = await startService(dir, config(db), 'after-crash');
  try {
    const stored = await allComments(second.url);
    const lost = [...acknowledged].filter(([id, content]) => stored.get(id) !== content);
    assert.deepEqual(lost, [], `${lost.length} acknowledged comment(s) lost or changed`);
    const post = (await (
      await fetch(`${second.url}/api/v1/post?post=crash`, { headers: { origin: ORIGIN } })
    ).json()) as { comments: number };
    assert.equal(post.comments, stored.size, 'the post’s count matches its comments (same transaction)');
    assert.ok(stored.size >= acknowledged.size);
  } finally {
    await second.stop();
  }
}

describe('kill -9 in a burst of concurrent posts', () => {
  const tmp = tempDir('bws-crash-');
  after(() => tmp.remove());

  it('loses no acknowledged comment on SQLite', async () => {
    await crashAndCheck(tmp.dir, join(tmp.dir, 'crash.db'));
  });

  const skip = postgresUnavailable();
  describe('on PostgreSQL', { skip }, () => {
    let cluster: Postgres;
    before(async () => {
      cluster = await startPostgres();
    });
    after(() => cluster.stop());

    it('loses no acknowledged comment on PostgreSQL', async () => {
      await crashAndCheck(tmp.dir, await cluster.createDatabase('crash'));
    });
  });
});

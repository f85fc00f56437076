// SQLite shared by two processes (the service and the moderation command line, or two service
// instances on one file): a transaction that reads before it writes must not fail with
// "database is locked" because the other process committed in between.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase, writeTransaction } from '../src/db.js';
import { migrate } from '../src/migrations.js';
import { tempDir } from './support/cli.js';

/** Another process that closes every post as soon as SQLite lets it (busy_timeout 5 s). */
function otherProcess(file: string): Promise<{ code: number | null; err: string }> {
  const code = `
    const db = new (require('better-sqlite3'))(${JSON.stringify(file)});
    db.pragma('busy_timeout = 5000');
    db.prepare('update posts set closed = 1').run();
    process.stdout.write('committed');`;
  const child = spawn(process.execPath, ['-e', code], { cwd: import.meta.dirname });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((done) => child.on('close', (exit) => done({ code: exit, err })));
}

describe('SQLite write transactions', () => {
  const tmp = tempDir();
  after(() => tmp.remove());

  it('take the write lock up front: a process committing meanwhile waits, and neither fails', async () => {
    const file = join(tmp.dir, 'shared.db');
    const { db } = openDatabase(file);
    try {
      await migrate(db);
      await db
        .insertInto('posts')
        .values({ site: 'blog', key: 'id:her', title: 'Her', url: null, created_at: 1 })
        .execute();
      let other: ReturnType<typeof otherProcess> | undefined;
      await writeTransaction(db, async (trx) => {
        await trx.selectFrom('posts').select('id').execute();
        // The other process starts and commits (old: at once, leaving this snapshot stale) or
        // waits for this transaction (now).
        other = otherProcess(file);
        await sleep(1500);
        await trx.updateTable('posts').set({ title: 'Her (2013)' }).execute();
      });
      const result = await other!;
      assert.equal(result.code, 0, result.err);
      const post = await db.selectFrom('posts').select(['title', 'closed']).executeTakeFirstOrThrow();
      assert.equal(post.title, 'Her (2013)');
      assert.equal(post.closed, 1, 'the other process wrote too');
    } finally {
      await db.destroy();
    }
  });
});

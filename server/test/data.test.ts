// Data ownership: WXR and Disqus imports (hand-written files in test/fixtures/, in the shapes
// those tools export) with threading kept, the JSON export and its re-import, GDPR export and
// delete by email — through the command line, on a SQLite file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { htmlToText } from '../src/data/xml.js';
import { openDatabase } from '../src/db.js';
import { listThreads } from '../src/store/comments.js';
import { cli, tempDir } from './support/cli.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const HER = 'url:https://blog.example/2013/12/18/spike-jonzes-her/';

/** A post's thread as `content → parent content` lines, everyone's view (approved only). */
async function thread(dbFile: string, key: string): Promise<{ lines: string[]; total: number; closed: number }> {
  const { db } = openDatabase(dbFile);
  try {
    const post = await db.selectFrom('posts').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
    const page = await listThreads(db, post, { order: 'oldest', limit: 100 });
    const byId = new Map(page.comments.map((c) => [c.id, c]));
    const lines = page.comments.map(
      (c) => `${c.content.slice(0, 24)} ← ${c.parent ? (byId.get(c.parent)?.content.slice(0, 12) ?? '?') : '-'}`,
    );
    return { lines, total: page.total, closed: post.closed };
  } finally {
    await db.destroy();
  }
}

describe('import, export, GDPR', () => {
  const tmp = tempDir();
  const db = join(tmp.dir, 'data.db');
  const base = ['--db', db, '--origin', 'https://blog.example'];
  after(() => tmp.remove());

  before(async () => {
    const migrated = await cli(['migrate', ...base]);
    assert.equal(migrated.code, 0);
  });

  it('imports a WordPress export with its threading, statuses and closed posts', async () => {
    const result = await cli(['import', 'wxr', fixture('wordpress-export.xml'), ...base]);
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /7 comment\(s\) imported on 2 post\(s\), 1 without their parent kept top-level/);
    const her = await thread(db, HER);
    assert.deepEqual(her.lines, [
      'Saw it last night. The s ← -',
      'Agreed. And Hoyte van Ho ← Saw it last ',
      'Shanghai & Los Angeles — ← Agreed. And ',
    ]);
    assert.equal(her.total, 3, 'approved only: the held and the spam comment are not counted');
    const master = await thread(db, 'url:https://blog.example/2013/01/10/the-master/');
    assert.deepEqual(master.lines, ['A reply whose parent was ← -']);
    assert.equal(master.closed, 1);

    const pending = await cli(['moderate', 'list', '--status', 'all', '--json', ...base]);
    const rows = JSON.parse(pending.out) as { status: string; name: string; email: string; content: string }[];
    const byName = (name: string) => rows.filter((r) => r.name === name).map((r) => r.status);
    assert.deepEqual(byName('Yuki Tanaka'), ['pending']);
    assert.deepEqual(byName('Cheap Pills'), ['spam']);
    assert.deepEqual(byName('Priya Raman'), ['deleted']);
    assert.deepEqual(byName('Another Blog'), [], 'pingbacks are not comments');
    assert.ok(
      rows.some((r) => r.email === 'marcus@example.com'),
      'emails lower-cased',
    );
    assert.ok(
      rows.some((r) => r.content === 'Great post!'),
      'a script element goes with its content',
    );
  });

  it('imports the same file twice without duplicating anything', async () => {
    const again = await cli(['import', 'wxr', fixture('wordpress-export.xml'), ...base]);
    assert.match(again.out, /0 comment\(s\) imported on 2 post\(s\), 7 already there/);
    assert.equal((await thread(db, HER)).lines.length, 3);
  });

  it('imports a Disqus export by thread identifier, with threading, spam and deletions', async () => {
    const result = await cli(['import', 'disqus', fixture('disqus-export.xml'), ...base]);
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /5 comment\(s\) imported on 2 post\(s\)/);
    const her = await thread(db, 'id:her');
    assert.deepEqual(her.lines, ['The music! Who did the s ← -', 'Replying to Ana: yes, th ← The music! W']);
    const { db: handle } = openDatabase(db);
    const reply = await handle
      .selectFrom('comments')
      .select('content')
      .where('author_name', '=', 'Jonas Berg')
      .executeTakeFirstOrThrow();
    await handle.destroy();
    assert.equal(reply.content, 'Replying to Ana: yes, the score by Arcade Fire & Owen Pallett.\n\nSecond paragraph.');
    const skin = await thread(db, 'url:https://blog.example/2014/02/01/under-the-skin/');
    assert.equal(skin.closed, 1);
    assert.equal(skin.lines.length, 1);
  });

  it('exports everything as JSON that imports into an empty database with the same threads', async () => {
    const file = join(tmp.dir, 'export.json');
    assert.equal((await cli(['export', '--out', file, ...base])).code, 0);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(doc.format, 'blog-widgets-export');
    assert.equal(doc.posts.length, 4);
    const other = join(tmp.dir, 'restored.db');
    const restored = await cli(['import', 'json', file, '--db', other]);
    assert.equal(restored.code, 0, restored.out);
    assert.deepEqual(await thread(other, HER), await thread(db, HER));
    assert.deepEqual(await thread(other, 'id:her'), await thread(db, 'id:her'));
  });

  it('exports and deletes one person’s data by email', async () => {
    const mine = await cli(['gdpr', 'export', 'MARCUS@example.com', ...base]);
    const data = JSON.parse(mine.out);
    assert.equal(data.comments.length, 2);
    assert.ok(data.comments.every((c: { name: string }) => c.name === 'Marcus Webb'));
    const gone = await cli(['gdpr', 'delete', 'marcus@example.com', ...base]);
    assert.match(gone.out, /deleted 2 comment\(s\)/);
    const her = await thread(db, HER);
    assert.deepEqual(her.lines, ['Agreed. And Hoyte van Ho ← -'], "Liah's reply stays, at the top level");
    assert.equal(her.total, 1);
    assert.equal(JSON.parse((await cli(['gdpr', 'export', 'marcus@example.com', ...base])).out).comments.length, 0);
  });

  it('refuses files that are not exports, with a reason', async () => {
    const notWxr = await cli(['import', 'wxr', fixture('disqus-export.xml'), ...base]);
    assert.equal(notWxr.code, 1);
    const notJson = await cli(['import', 'json', fixture('wordpress-export.xml'), ...base]);
    assert.equal(notJson.code, 1);
    const unknown = await cli(['import', 'csv', fixture('wordpress-export.xml'), ...base]);
    assert.equal(unknown.code, 2);
  });
});

describe('comment HTML to text', () => {
  it('keeps text, breaks and link addresses, decodes entities, drops markup', () => {
    assert.equal(
      htmlToText('<p>One<br/>two</p><p>three &amp; <a href="https://x.example">four</a></p>'),
      'One\ntwo\n\nthree & four (https://x.example)',
    );
    assert.equal(htmlToText('&#8220;quoted&#8221; &#x1F600; &bogus; &#xD800;'), '“quoted” 😀 &bogus; &#xD800;');
    assert.equal(htmlToText('<a href="https://same.example">https://same.example</a>'), 'https://same.example');
  });
});

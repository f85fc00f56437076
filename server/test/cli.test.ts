// The command line: configuration from file, environment and flags; the moderation commands
// against a SQLite file that the service (its app) also writes.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.js';
import { comment, testApp, type TestApp } from './support/app.js';
import { cli, tempDir } from './support/cli.js';

describe('configuration', () => {
  const tmp = tempDir();
  after(() => tmp.remove());

  it('layers defaults, file, environment and flags, later ones winning', () => {
    const file = join(tmp.dir, 'config.json');
    writeFileSync(
      file,
      JSON.stringify({
        port: 9000,
        db: 'file.db',
        sites: [{ id: 'liah', origins: ['https://Liah.Example/'] }],
        moderation: { hold: 'all' },
      }),
    );
    const fromFile = loadConfig({ file, env: {} });
    assert.equal(fromFile.port, 9000);
    assert.equal(fromFile.host, '127.0.0.1', 'defaults stay');
    assert.deepEqual(fromFile.sites, [{ id: 'liah', origins: ['https://liah.example'] }]);
    assert.equal(fromFile.moderation.hold, 'all');
    assert.equal(fromFile.moderation.autoCreatePosts, true, 'nested defaults stay');

    const env = {
      BLOG_WIDGETS_PORT: '9100',
      BLOG_WIDGETS_DB: 'postgres://u:p@127.0.0.1/db',
      BLOG_WIDGETS_ORIGINS: 'https://a.example,http://localhost:*',
    };
    const fromEnv = loadConfig({ file, env });
    assert.equal(fromEnv.port, 9100);
    assert.equal(fromEnv.db, 'postgres://u:p@127.0.0.1/db');
    assert.deepEqual(fromEnv.sites, [{ id: 'a.example', origins: ['https://a.example', 'http://localhost:*'] }]);

    const fromFlags = loadConfig({ file, env, flags: { port: 0, moderation: { hold: 'none' } } });
    assert.equal(fromFlags.port, 0);
    assert.equal(fromFlags.moderation.hold, 'none');
  });

  it('names the key of every mistake', () => {
    const bad = (flags: Record<string, unknown>, pattern: RegExp) =>
      assert.throws(
        () => loadConfig({ env: {}, flags }),
        (e: unknown) => e instanceof ConfigError && pattern.test(e.message),
      );
    bad({ prot: 80 }, /unknown key "prot"/);
    bad({ port: '80' }, /port: expected a number/);
    bad({ port: 70_000 }, /not a TCP port/);
    bad({ moderation: { hold: 'sometimes' } }, /moderation.hold/);
    bad({ sites: [{ origins: ['https://a.example/path'] }] }, /no path/);
    bad({ sites: [{ origins: [] }] }, /needs "origins"/);
    bad({ sites: ['https://a.example', 'https://a.example'] }, /used twice/);
    assert.throws(() => loadConfig({ file: join(tmp.dir, 'missing.json'), env: {} }), /config file/);
    assert.throws(() => loadConfig({ env: { BLOG_WIDGETS_PORT: 'eighty' } }), /BLOG_WIDGETS_PORT/);
  });

  it('exits 2 with the usage for unknown commands and flags', async () => {
    assert.equal((await cli(['frobnicate'])).code, 2);
    assert.equal((await cli(['--no-such-flag'])).code, 2);
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /moderate list/);
  });
});

describe('moderation command line', () => {
  const tmp = tempDir();
  const db = join(tmp.dir, 'moderation.db');
  const base = ['--db', db, '--origin', 'https://blog.example'];
  let t: TestApp;
  const ids: Record<string, string> = {};

  before(async () => {
    t = await testApp({ db, moderation: { hold: 'all' } });
    const send = async (name: string, email: string, content: string, ip: string) => {
      const response = await t.request({
        method: 'POST',
        url: '/api/v1/comments',
        payload: comment({ name, email, content }),
        remoteAddress: ip,
      });
      assert.equal(response.statusCode, 201, response.body);
      ids[name] = response.json().comment.id;
    };
    await send('Ana Lima', 'ana@example.com', 'Lovely review.', '192.0.2.1');
    await send('Spammer', 'spam@spam.example', 'Buy\nnow', '192.0.2.66');
    await send('Troll', 'troll@example.com', 'Meh.', '192.0.2.7');
  });
  after(async () => {
    await t.close();
    tmp.remove();
  });

  const visible = async () =>
    (await t.request({ method: 'GET', url: '/api/v1/comments?post=her' }))
      .json()
      .comments.map((c: { author: { name: string } }) => c.author.name);

  it('lists held comments with their email and IP, newest first', async () => {
    const listed = await cli(['moderate', 'list', ...base]);
    assert.equal(listed.code, 0);
    const lines = listed.out.split('\n');
    assert.match(lines[0]!, new RegExp(`^#${ids.Troll}  pending  \\S+  blog / her$`));
    assert.match(listed.out, /Spammer <spam@spam\.example> {2}https:\/\/marcus\.example\/ {2}ip 192\.0\.2\.66/);
    assert.match(listed.out, /Buy now/, 'newlines flattened');
    const json = JSON.parse((await cli(['moderate', 'list', '--json', ...base])).out);
    assert.equal(json.length, 3);
  });

  it('approves, files as spam and deletes by id; the thread follows', async () => {
    assert.deepEqual(await visible(), []);
    const approved = await cli(['moderate', 'approve', ids['Ana Lima']!, ...base]);
    assert.equal(approved.code, 0);
    assert.deepEqual(await visible(), ['Ana Lima']);
    assert.equal((await cli(['moderate', 'spam', ids.Spammer!, ...base])).code, 0);
    assert.equal((await cli(['moderate', 'approve', ids.Troll!, ...base])).code, 0);
    assert.deepEqual(await visible(), ['Ana Lima', 'Troll']);
    assert.equal((await cli(['moderate', 'delete', ids.Troll!, ...base])).code, 0);
    assert.deepEqual(await visible(), ['Ana Lima']);
    assert.equal((await t.request({ method: 'GET', url: '/api/v1/comments?post=her' })).json().total, 1);
    const missing = await cli(['moderate', 'approve', '999999', ...base]);
    assert.equal(missing.code, 1);
    assert.equal((await cli(['moderate', 'approve', 'abc', ...base])).code, 2);
    const spam = JSON.parse((await cli(['moderate', 'list', '--status', 'spam', '--json', ...base])).out);
    assert.deepEqual(
      spam.map((r: { name: string }) => r.name),
      ['Spammer'],
    );
  });

  it('bans an email and an IP, and unbans', async () => {
    const byEmail = await cli(['moderate', 'ban', '--email', 'SPAM@spam.example', '--reason', 'pills', ...base]);
    assert.equal(byEmail.code, 0, byEmail.out);
    const refused = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: comment({ email: 'spam@spam.example', content: 'again' }),
      remoteAddress: '192.0.2.99',
    });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().code, 'banned');
    assert.equal((await cli(['moderate', 'ban', '--ip', '192.0.2.7', ...base])).code, 0);
    const fromIp = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: comment({ email: 'new@example.com', content: 'hi' }),
      remoteAddress: '192.0.2.7',
    });
    assert.equal(fromIp.json().code, 'banned');
    const bans = await cli(['moderate', 'bans', ...base]);
    assert.match(bans.out, /email spam@spam\.example .* pills/);
    assert.match(bans.out, /ip 192\.0\.2\.7/);
    assert.equal((await cli(['moderate', 'unban', '--ip', '192.0.2.7', ...base])).code, 0);
    const allowed = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: comment({ email: 'new@example.com', content: 'hi again' }),
      remoteAddress: '192.0.2.7',
    });
    assert.equal(allowed.statusCode, 201);
    assert.equal((await cli(['moderate', 'ban', ...base])).code, 2, 'needs --email or --ip');
  });

  it('closes and reopens comments on a post', async () => {
    assert.equal((await cli(['moderate', 'close', '--post', 'her', '--site', 'blog', ...base])).code, 0);
    const closed = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: comment({ content: 'late' }),
      remoteAddress: '192.0.2.50',
    });
    assert.equal(closed.json().code, 'comments_closed');
    assert.equal((await cli(['moderate', 'open', '--post', 'her', '--site', 'blog', ...base])).code, 0);
    const open = await t.request({
      method: 'POST',
      url: '/api/v1/comments',
      payload: comment({ content: 'late' }),
      remoteAddress: '192.0.2.50',
    });
    assert.equal(open.statusCode, 201);
    assert.equal((await cli(['moderate', 'close', '--post', 'no-such-post', '--site', 'blog', ...base])).code, 1);
  });
});

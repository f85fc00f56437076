// The demo the way a newcomer meets it: `npm start` (scripts/start.mjs: the companion service on
// SQLite + Vite), in a real Chromium driven by playwright-core. A guest posts a comment and
// likes the post, reloads and sees both; the whole demo restarts on the same data and they
// are still there; a moderator approves the comment with the service's CLI and a reader
// without the guest's token then sees it too. Everything runs on 127.0.0.1, in a temp data dir.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/loopback.mjs';
import { freePort, startDemo } from './demo.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

const comments = (page) => page.locator('blog-comments');
const likeButton = (page) => page.locator('blog-likes [part~="button"]');

describe('the demo, end to end (npm start, Chromium)', () => {
  const data = mkdtempSync(join(tmpdir(), 'blog-widgets-demo-e2e-'));
  const words = `A guest was here at ${new Date().toISOString()}.`;
  let port;
  let demo;
  let browser;
  let context;

  before(async () => {
    port = await freePort();
    demo = await startDemo(data, port);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    context = await browser.newContext();
  });
  after(async () => {
    await browser?.close();
    await demo?.stop();
    rmSync(data, { recursive: true, force: true });
  });

  it('shows the seeded conversation from the service', async () => {
    const page = await context.newPage();
    await page.goto(demo.url);
    await comments(page).getByText('Saw it last night.', { exact: false }).waitFor();
    await comments(page).getByText('I found it lonelier', { exact: false }).waitFor();
    await page
      .locator('blog-likes')
      .getByText(/8 bloggers like this/)
      .first()
      .waitFor();
    assert.equal(await likeButton(page).getAttribute('aria-pressed'), 'false');
    await page.close();
  });

  it('a guest comments and likes, reloads, and sees both', async () => {
    const page = await context.newPage();
    await page.goto(demo.url);
    await likeButton(page).waitFor();
    await likeButton(page).click();
    await page.locator('blog-likes [part~="button"][aria-pressed="true"]').waitFor();
    await page
      .locator('blog-likes')
      .getByText(/You and 8 other bloggers like this|9 bloggers/)
      .first()
      .waitFor();

    const form = page.locator('blog-comment-form');
    await form.locator('#content').fill(words);
    await form.locator('#email').fill('guest@example.com');
    await form.locator('#name').fill('Guest Reader');
    await form.locator('[part~="submit"]').click();
    await comments(page).getByText(words).waitFor();
    await comments(page)
      .getByText(/awaiting moderation/i)
      .first()
      .waitFor();

    await page.reload();
    await comments(page).getByText(words).waitFor({ timeout: 15_000 });
    await page.locator('blog-likes [part~="button"][aria-pressed="true"]').waitFor();
    await page.close();
  });

  it('keeps both across a restart of the whole demo', async () => {
    await demo.stop();
    demo = await startDemo(data, port);
    assert.match(demo.output(), /companion service/);
    assert.doesNotMatch(demo.output(), /seeding/, 'seeded once only');
    const page = await context.newPage();
    await page.goto(demo.url);
    await comments(page).getByText(words).waitFor({ timeout: 15_000 });
    await page.locator('blog-likes [part~="button"][aria-pressed="true"]').waitFor();
    await page.close();
  });

  it('once a moderator approves it, every reader sees the comment', async () => {
    const bin = join(ROOT, 'server/bin/blog-widgets-server.js');
    const db = join(data, 'demo.db');
    const held = JSON.parse(
      execFileSync(process.execPath, [bin, 'moderate', 'list', '--json', '--db', db], { encoding: 'utf8' }),
    );
    const mine = held.find((c) => c.content === words);
    assert.ok(mine, 'the comment waits in the moderation queue');
    assert.equal(mine.email, 'guest@example.com');
    execFileSync(process.execPath, [bin, 'moderate', 'approve', String(mine.id), '--db', db]);

    const stranger = await browser.newContext();
    const page = await stranger.newPage();
    await page.goto(demo.url);
    await comments(page).getByText(words).waitFor({ timeout: 15_000 });
    assert.equal(
      await comments(page)
        .getByText(/awaiting moderation/i)
        .count(),
      0,
    );
    await page
      .locator('blog-likes')
      .getByText(/9 bloggers like this/)
      .first()
      .waitFor();
    assert.equal(await likeButton(page).getAttribute('aria-pressed'), 'false');
    await stranger.close();
  });
});

// Social sign-in, the whole flow, in Chromium, Firefox and WebKit: `npm start` (the companion
// service, the demo OpenID provider — a real `oidc-provider` on 127.0.0.1 — and the demo page),
// driven like a person with real clicks and a real popup window (scripts/engines.mjs). A reader
// starts a comment, signs in with "Demo ID" in the popup (picking Ada on the provider's page),
// sees "You are commenting using your Demo ID account." with her picture and the draft still
// there, comments (approved at once, with her picture), likes (her face first in the strip),
// reloads (still signed in: sessionStorage), changes account to Grace, and logs out — after
// which the service refuses Ada's and Grace's tokens.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ENGINES, launch } from '../../scripts/engines.mjs';
import { startDemo, freePort } from './demo.mjs';

const engines = (process.env.BROWSERS || ENGINES.join(',')).split(',').map((s) => s.trim());

/** Expressions evaluated in the page (the same text in every engine). */
const form = `document.querySelector('blog-comment-form').shadowRoot`;
const likes = `document.querySelector('blog-likes').shadowRoot`;
const thread = `document.querySelector('blog-comments').shadowRoot`;
const identityText = `(${form}.querySelector('[part~="identity"]')?.textContent ?? '').replace(/\\s+/g, ' ').trim()`;
const textarea = `${form}.querySelector('textarea')`;
const pressed = `${likes}.querySelector('[part~="button"]')?.getAttribute('aria-pressed')`;
const firstLiker = `(${likes}.querySelector('[part~="liker"]')?.textContent ?? '').trim()`;
const provider = ['blog-comment-form', '[data-provider="demo"]'];

describe('sign-in end to end (npm start: service + demo OpenID provider + page)', () => {
  const data = mkdtempSync(join(tmpdir(), 'blog-widgets-sign-in-e2e-'));
  let demo;

  before(async () => {
    demo = await startDemo(data, await freePort());
  });
  after(async () => {
    await demo?.stop();
    rmSync(data, { recursive: true, force: true });
  });

  for (const engine of engines) {
    it(`${engine}: sign in, comment, like, reload, change account, log out`, { timeout: 180_000 }, async () => {
      const browser = await launch(engine);
      try {
        await browser.goto(demo.url);
        await browser.waitFor(`!!${form}?.querySelector('[data-provider="demo"]')`);
        assert.match(
          await browser.evaluate(`${form}.querySelector('[part~="intro"]').textContent`),
          /click an icon to log in/,
        );
        assert.equal(
          await browser.evaluate(`${form}.querySelector('[data-provider="demo"]').getAttribute('aria-label')`),
          'Log in with Demo ID',
        );
        // A draft typed before signing in survives the whole trip.
        const words = `Signed in from ${engine} at ${new Date().toISOString()}.`;
        await browser.evaluate(
          `(() => { const t = ${textarea}; t.value = ${JSON.stringify(words)}; t.dispatchEvent(new Event('input', { bubbles: true, composed: true })); return true; })()`,
        );

        await browser.click(provider);
        await browser.waitFor(
          `/Connecting to Demo ID/.test(${form}.querySelector('[part~="sign-in"]')?.textContent ?? '')`,
        );
        await browser.popup((popup) => popup.click(['button[data-user="ada"]']));
        await browser.waitFor(`${identityText}.includes('Ada Lovelace')`, 20_000);
        assert.match(
          await browser.evaluate(identityText),
          /You are commenting using your Demo ID account\. \(Log Out \/ Change\)/,
        );
        assert.match(
          await browser.evaluate(`${form}.querySelector('[part~="identity-avatar"] img').getAttribute('src')`),
          /\/avatars\/ada\.svg$/,
        );
        assert.equal(await browser.evaluate(`${textarea}.value`), words, 'the draft is kept');
        assert.equal(await browser.evaluate(`!!${form}.querySelector('#email')`), false, 'no guest fields');

        // Comment: approved at once, with her name and picture.
        await browser.click(['blog-comment-form', '[part~="submit"]']);
        await browser.waitFor(`(${thread}.textContent ?? '').includes(${JSON.stringify(words)})`, 20_000);
        const mine = await browser.evaluate(
          `(() => { const all = [...${thread}.querySelectorAll('article, li')].filter((n) => n.textContent.includes(${JSON.stringify(words)})); const n = all[all.length - 1]; return { text: n.textContent.replace(/\\s+/g, ' '), img: n.querySelector('img')?.getAttribute('src') ?? '' }; })()`,
        );
        assert.match(mine.text, /Ada Lovelace/);
        assert.doesNotMatch(mine.text, /awaiting moderation/i);
        assert.match(mine.img, /\/avatars\/ada\.svg$/);

        // Like: her face comes first in the strip.
        await browser.waitFor(`${pressed} !== undefined && ${pressed} !== null`);
        if ((await browser.evaluate(pressed)) === 'true') {
          await browser.click(['blog-likes', '[part~="button"]']); // liked in an earlier engine's run
          await browser.waitFor(`${pressed} === 'false'`);
        }
        await browser.click(['blog-likes', '[part~="button"]']);
        await browser.waitFor(`${pressed} === 'true' && ${firstLiker}.includes('Ada Lovelace')`);

        // Reload: the same tab keeps the sign-in, everywhere on the page.
        await browser.reload();
        await browser.waitFor(`${identityText}.includes('Ada Lovelace')`, 20_000);
        await browser.waitFor(`${pressed} === 'true' && ${firstLiker}.includes('Ada Lovelace')`);
        const adaToken = await browser.evaluate(`JSON.parse(sessionStorage.getItem('blog-widgets:session')).token`);
        assert.match(adaToken, /^bw_/);

        // Change: the choice again; the provider asks who, and Grace signs in.
        await browser.click(['blog-comment-form', '[part~="change"]']);
        await browser.waitFor(`!!${form}.querySelector('[data-provider="demo"]')`);
        await browser.click(provider);
        await browser.popup((popup) => popup.click(['button[data-user="grace"]']));
        await browser.waitFor(`${identityText}.includes('Grace Hopper')`, 20_000);
        await browser.waitFor(`${pressed} === 'false'`); // the likes follow the page's session
        const graceToken = await browser.evaluate(`JSON.parse(sessionStorage.getItem('blog-widgets:session')).token`);

        // Log Out: guest fields back on the form, the likes signed out too, the token revoked.
        await browser.click(['blog-comment-form', '[part~="log-out"]']);
        await browser.waitFor(`!!${form}.querySelector('#email')`);
        assert.match(await browser.evaluate(`${form}.textContent`), /You are logged out/);
        assert.equal(await browser.evaluate(`sessionStorage.getItem('blog-widgets:session')`), null);
        const service = await browser.evaluate(`document.querySelector('blog-comments').getAttribute('source')`);
        for (const token of [adaToken, graceToken]) {
          const response = await fetch(new URL('/api/v1/session', service), {
            headers: { authorization: `Bearer ${token}` },
          });
          assert.deepEqual(
            await response.json(),
            { identity: null, guest: false },
            'logged out and changed-away tokens are dead',
          );
        }
      } catch (error) {
        // What the page and the services said, to tell a slow machine from a broken step.
        const said = await browser
          .evaluate(`(${form}?.textContent ?? '').replace(/\\s+/g, ' ').trim()`)
          .catch(() => '(page gone)');
        error.message += `\nthe form says: ${said}\nnpm start printed (last 3000 characters):\n${demo.output().slice(-3000)}`;
        throw error;
      } finally {
        await browser.close();
      }
    });
  }
});

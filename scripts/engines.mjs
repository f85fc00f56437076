/**
 * The three browser engines of this machine behind one small interface, for scripts and node
 * e2e tests that drive whole pages (the browser test suite uses web-test-runner instead):
 *   - chromium: Debian's /usr/bin/chromium through playwright-core;
 *   - firefox:  Debian's Firefox ESR through puppeteer-core over WebDriver BiDi;
 *   - webkit:   WebKitGTK's MiniBrowser through WebKitWebDriver (webdriverio), on a private Xvfb.
 * (TOOLING.md: nothing here downloads a browser.)
 *
 *   const browser = await launch('firefox');
 *   await browser.goto('http://127.0.0.1:5173/');
 *   const n = await browser.evaluate('document.querySelectorAll("blog-likes").length');
 *   await browser.screenshot('blog-likes', 'likes.png');
 *   await browser.close();
 *
 * Real input and several windows (the sign-in popup), the same way in every engine:
 *   await browser.click(['blog-comment-form', '[data-provider="demo"]']);  // a trusted click, through shadow roots
 *   await browser.popup((popup) => popup.click(['button[data-user="ada"]'])); // in the window the page opened
 *   await browser.waitFor('document.title === "x"');  // polls an expression until it is truthy
 *
 * A path is a list of selectors, each one inside the shadow root of the element before it.
 */
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, freePort } from './loopback.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns something truthy; throws with `what` after `timeout` ms. */
async function until(check, what, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** The methods every engine shares, on top of its own `evaluate`. */
function common(engine) {
  return {
    ...engine,
    waitFor: (expression, timeout) => until(() => engine.evaluate(expression), expression, timeout),
  };
}

/** Xvfb on a display it picks itself (MiniBrowser has no headless mode). */
async function startXvfb() {
  const x = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start in 10 s')), 10_000);
    x.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    x.on('error', reject);
  });
  return { display, stop: () => x.kill() };
}

async function chromium({ width, height }) {
  const { chromium: pw } = await import('playwright-core');
  const browser = await pw.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width, height } });
  // Every window the page opens, from the start: a popup that opened while the click that opens it
  // was still being acknowledged would be missed by a wait for the event begun after the click.
  const popups = [];
  page.on('popup', (popup) => popups.push(popup));
  // Playwright's CSS locators pierce open shadow roots: a path is its selectors in a row.
  const clicker = (target) => (path) => target.locator(path.join(' ')).first().click();
  return common({
    goto: (url) => page.goto(url, { waitUntil: 'load' }).then(() => undefined),
    reload: () => page.reload({ waitUntil: 'load' }).then(() => undefined),
    evaluate: (script) => page.evaluate(script),
    click: clicker(page),
    popup: async (work, timeout = 15_000) => {
      // Popups that already closed themselves (a provider that remembered the reader) are done.
      while (popups[0]?.isClosed()) popups.shift();
      const popup = popups.shift() ?? (await page.waitForEvent('popup', { timeout }).then(() => popups.shift()));
      await popup.waitForLoadState('load');
      await work({ click: clicker(popup), url: () => popup.url() });
    },
    screenshot: (selector, path) => page.locator(selector).first().screenshot({ path }),
    close: () => browser.close(),
  });
}

async function firefox({ width, height }) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    headless: true,
  });
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const seen = new Set(browser.targets());
  // Puppeteer's `>>>` goes into shadow roots.
  const clicker = (target) => async (path) => {
    const selector = path.join(' >>> ');
    await target.waitForSelector(selector, { visible: true });
    await target.click(selector);
  };
  return common({
    goto: (url) => page.goto(url, { waitUntil: 'load' }).then(() => undefined),
    reload: () => page.reload({ waitUntil: 'load' }).then(() => undefined),
    evaluate: (script) => page.evaluate(script),
    click: clicker(page),
    popup: async (work, timeout = 15_000) => {
      // Any page but the ones met before (BiDi targets have no opener() to ask).
      const target = await browser.waitForTarget((t) => t.type() === 'page' && !seen.has(t), { timeout });
      seen.add(target);
      const popup = await target.page();
      await until(
        () => popup.evaluate('document.readyState === "complete" && location.href !== "about:blank"'),
        'the popup',
        timeout,
      );
      await work({ click: clicker(popup), url: () => popup.url() });
    },
    screenshot: async (selector, path) => (await page.$(selector))?.screenshot({ path }),
    close: () => browser.close(),
  });
}

async function webkit({ width, height }) {
  const { remote } = await import('webdriverio');
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(process.env.WEBKIT_DRIVER || 'WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: xvfb.display },
    stdio: 'ignore',
  });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
    } catch {
      await sleep(50);
    }
  }
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { args: ['--automation'] },
    },
  });
  await browser.setWindowSize(width, height);
  const main = await browser.getWindowHandle();
  // WebDriver: each step of a path is found inside the shadow root of the one before.
  const find = async (path) => {
    let element = await browser.$(path[0]);
    for (const selector of path.slice(1)) element = await element.shadow$(selector);
    await element.waitForDisplayed({ timeout: 15_000 });
    return element;
  };
  return common({
    goto: (url) => browser.url(url),
    reload: () => browser.refresh(),
    evaluate: (script) => browser.execute(`return (${script})`),
    click: async (path) => (await find(path)).click(),
    popup: async (work, timeout = 15_000) => {
      const handle = await until(
        async () => (await browser.getWindowHandles()).find((h) => h !== main),
        'the popup window',
        timeout,
      );
      await browser.switchToWindow(handle);
      try {
        await until(
          () => browser.execute('return document.readyState === "complete" && location.href !== "about:blank"'),
          'the popup',
          timeout,
        );
        await work({ click: async (path) => (await find(path)).click(), url: () => browser.getUrl() });
      } finally {
        // The popup may have closed itself: go back to the page either way.
        await browser.switchToWindow(main);
      }
    },
    screenshot: async (selector, path) => {
      // WebKitWebDriver paints an element outside the viewport black: bring it in first.
      const element = await browser.$(selector);
      await browser.execute((el) => el.scrollIntoView({ block: 'start' }), element);
      await browser.pause(250); // a paint after scrolling
      await element.saveScreenshot(path);
    },
    close: async () => {
      await browser.deleteSession().catch(() => undefined);
      driver.kill();
      xvfb.stop();
    },
  });
}

/**
 * One engine, ready: `{ goto, reload, evaluate(expression string), waitFor(expression), click(path),
 * popup(work), screenshot(selector, path), close }`.
 */
export function launch(engine, { width = 1100, height = 900 } = {}) {
  const engines = { chromium, firefox, webkit };
  if (!engines[engine]) throw new Error(`unknown engine "${engine}" (${ENGINES.join(', ')})`);
  return engines[engine]({ width, height });
}

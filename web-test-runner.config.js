// @web/test-runner: the browser suite (test/**/*.test.ts) in Chromium, Firefox ESR and
// WebKitGTK — the Debian system browsers, headless, as root. `npm test` runs it through
// scripts/test.mjs (which also runs the node suites and prints the totals); `npx wtr` alone
// works too.
//
//   BROWSERS=chromium,firefox,webkit   which browsers (default: all three)
//   WTR_CONCURRENCY=N                  test files at a time per browser (default 1, see below)
//   CHROME_PATH / FIREFOX_PATH / WEBKIT_DRIVER   other binaries
//   WEBKIT_HEADFUL=1                   show MiniBrowser on $DISPLAY instead of a private Xvfb
//   WTR_TRACE=1                        print each console message starting "[trace]" as it is
//                                      logged (Chromium, Firefox): wtr shows a file's logs only
//                                      once it finishes, and none of a file that never does
//
// What the dev server offers tests besides the source files (test/support/dev-server-routes.mjs):
//   /fixtures/…     ../shared/fixtures, served by a middleware (rootDir stays this repo, so
//                   nothing outside it is exposed): fetch('/fixtures/wordpress/post.json')
//   /__env.json     { ci, wpPeer: { url, postId, … } | null, wpPeerRequired, wpPeerSkipReason,
//                   service: { url } | null }: the live WordPress that scripts/test.mjs starts
//                   with WP_PEER=1 or in CI, and the companion service this config starts
//                   (BLOG_WIDGETS_SERVICE_URL=… to use one already running, WTR_SERVICE=0 for none)
//   /__service/moderate?action=approve&ids=1,2   the moderator: runs `blog-widgets-server moderate`
//                   on that service's database (POST)
//   /__mock/…       canned answers: status/404 · json?body= · html · slow?ms= ·
//                   fixture/<name>.json?status=&X-WP-Total=&X-WP-TotalPages= · echo · drop;
//                   every route takes status= delay= body= type= and Upper-Case=header params.
//   In TypeScript: import { testEnv, mockUrl, fixtureUrl } from './support/env.js'.
// Xvfb, WebKitWebDriver and the browsers run under test/support/tied.sh: they die with wtr,
// even when it is SIGKILLed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { cspRoute } from './test/support/csp-route.mjs';
import { startDemoIdp } from './scripts/demo-idp.mjs';
import { CHROMIUM_ARGS, freePort } from './scripts/loopback.mjs';
import { startService } from './scripts/service.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { devServerRoutes } from './test/support/dev-server-routes.mjs';
import { resultsReporter } from './test/support/results-reporter.mjs';

const ROOT = dirname(fileURLToPath(import.meta.url));
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || 'WebKitWebDriver';
const want = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',').map((s) => s.trim());
const known = ['chromium', 'firefox', 'webkit'];
for (const b of want) if (!known.includes(b)) throw new Error(`BROWSERS: unknown "${b}" (use ${known})`);
const isCI = Boolean(process.env.CI && process.env.CI !== 'false');

/**
 * Helpers and browsers run under test/support/tied.sh, so they die with this process even
 * when it is SIGKILLed (puppeteer only cleans up on a normal exit or SIGINT/SIGTERM/SIGHUP,
 * and otherwise leaves detached Chromium/Firefox trees behind). tied.sh must lead its own
 * process group and hold the read end of a stdin pipe from us.
 */
const TIED = resolve(ROOT, 'test/support/tied.sh');
function spawnTied(cmd, args, { env = process.env, extraFd = false } = {}) {
  const child = spawn(TIED, [cmd, ...args], {
    env: { ...env, TIED_EXEC: '' },
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore', ...(extraFd ? ['pipe'] : [])],
  });
  child.unref();
  child.stdin.unref?.();
  return child;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** MiniBrowser has no headless mode: a private Xvfb, on a display number it picks itself. */
async function startXvfb() {
  const x = spawnTied('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    extraFd: true,
  });
  const display = await new Promise((res, rej) => {
    let out = '';
    const timer = setTimeout(() => rej(new Error('Xvfb did not start in 10 s')), 10_000);
    x.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        x.stdio[3].destroy();
        res(`:${out.trim()}`);
      }
    });
    x.on('exit', () => rej(new Error('Xvfb exited (is the xvfb package installed?)')));
  });
  return display;
}

async function startWebKitDriver() {
  const display = process.env.WEBKIT_HEADFUL && process.env.DISPLAY ? process.env.DISPLAY : await startXvfb();
  const port = await freePort();
  const driver = spawnTied(WEBKIT_DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: display } });
  let exited = false;
  driver.on('exit', () => (exited = true));
  for (let i = 0; i < 200 && !exited; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return port;
    } catch {
      await sleep(50);
    }
  }
  throw new Error(`${WEBKIT_DRIVER} did not answer on port ${port} (is webkit2gtk-driver installed?)`);
}

/**
 * A page for puppeteer's browsers whose JavaScript dialogs never block it. An `alert()` left open
 * (a payload that ran, a test that prompted) stops the page, and wtr then only reports the file
 * as not finished after testsFinishTimeout, with none of its results. navigation-guard.js fails
 * the test for dialogs that page script opens; this catches the rest, and says so.
 */
const createPage = async ({ context }) => {
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    console.error(
      `✖ a ${dialog.type()} dialog opened in ${page.url()}: ${JSON.stringify(dialog.message())}; dismissed.`,
    );
    void dialog.dismiss().catch(() => undefined);
  });
  // When a file "did not finish", wtr reports none of its results or logs. These say whether its
  // page crashed or left the test page.
  const log = (what) => console.error(`✖ [${new Date().toISOString().slice(11, 23)}] ${what}`);
  if (process.env.WTR_TRACE)
    page.on('console', (msg) => {
      if (msg.text().startsWith('[trace]')) log(msg.text());
    });
  // A test file takes seconds; a session still running after 90 s is one wtr will give up on at
  // 120 s with none of its results. Say what state its page is in: mocha's progress, its socket
  // to wtr. (wtr reuses pages: the clock starts when the page goes to a session's URL, again on a
  // #hash change there, and stops when it is sent to about:blank after the session.)
  let watchdog;
  const probe = () => {
    const state = page.evaluate(() => {
      const runner = globalThis.__WTR_MOCHA_RUNNER__;
      const ws = globalThis.__WDS_WEB_SOCKET__?.webSocket;
      return JSON.stringify({
        ready: globalThis.document.readyState,
        hidden: globalThis.document.hidden,
        mocha: runner && {
          state: runner.state,
          stats: runner.stats,
          current: runner.currentRunnable?.fullTitle?.(),
        },
        socket: ws && { readyState: ws.readyState, buffered: ws.bufferedAmount },
      });
    });
    const stuck = new Promise((resolve) => setTimeout(() => resolve('(the page does not answer)'), 5000));
    Promise.race([state, stuck]).then(
      (text) => log(`a test session is still running after 90 s (${page.url()}): ${text}`),
      (err) => log(`a test session is still running after 90 s (${page.url()}); probing it failed: ${err.message}`),
    );
  };
  page.once('close', () => clearTimeout(watchdog));
  page.on('error', (err) => log(`the page crashed in ${page.url()}: ${err.message}`));
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    clearTimeout(watchdog);
    if (/wtr-session-id=/.test(frame.url())) watchdog = setTimeout(probe, 90_000);
    else if (frame.url() !== 'about:blank') log(`the page left the test page for ${frame.url()}`);
  });
  return page;
};

const browsers = [];
if (want.includes('chromium')) {
  // Passing puppeteer-core explicitly only makes wtr label it "Chromium" rather than "Chrome".
  browsers.push(
    chromeLauncher({
      puppeteer,
      createPage,
      launchOptions: {
        executablePath: TIED,
        env: { ...process.env, TIED_EXEC: CHROMIUM },
        headless: true, // puppeteer: --headless=new
        args: CHROMIUM_ARGS,
      },
    }),
  );
}
if (want.includes('firefox')) {
  // puppeteer-core drives stock Firefox ESR over WebDriver BiDi (no geckodriver here).
  browsers.push(
    chromeLauncher({
      puppeteer,
      createPage,
      launchOptions: {
        browser: 'firefox',
        executablePath: TIED,
        env: { ...process.env, TIED_EXEC: FIREFOX },
        headless: true,
      },
    }),
  );
}
if (want.includes('webkit')) {
  const port = await startWebKitDriver();
  browsers.push(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 otherwise asks for BiDi (webSocketUrl) -> "Failed to match capabilities"
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { args: ['--automation'] },
      },
    }),
  );
}

// The companion service for test/data/server-source.test.ts and test/identity/: a fresh SQLite
// database in a temp dir, open to every localhost page (the dev server's port is not known yet),
// guests held on their first comment as by default, at most 3 likes per post per IP (a test
// runs into it). Its sign-in providers: "Demo ID", the demo OpenID provider (a real
// oidc-provider on 127.0.0.1, in this process), and "Down ID", whose issuer nothing answers.
// It dies with this process (tied.sh).
if (!process.env.BLOG_WIDGETS_SERVICE_URL && process.env.WTR_SERVICE !== '0') {
  const dir = mkdtempSync(join(tmpdir(), 'blog-widgets-wtr-service-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const [port, dead] = [await freePort(), await freePort()];
  const client = { clientId: 'wtr', clientSecret: 'wtr-demo-secret' };
  const idp = await startDemoIdp({
    clients: [{ ...client, redirectUris: [`http://127.0.0.1:${port}/auth/demo/callback`] }],
  });
  const service = await startService({
    dir,
    name: 'wtr',
    config: {
      port,
      auth: {
        publicUrl: `http://127.0.0.1:${port}`,
        providers: [
          { id: 'demo', preset: 'oidc', name: 'Demo ID', issuer: idp.issuer, ...client },
          { id: 'down', preset: 'oidc', name: 'Down ID', issuer: `http://127.0.0.1:${dead}`, ...client },
        ],
      },
      sites: [{ id: 'wtr', origins: ['http://localhost:*', 'http://127.0.0.1:*'] }],
      rateLimits: {
        requestsPerMinute: 0,
        commentsPerIp: 100_000,
        commentsPerIdentity: 100_000,
        guestTokensPerIp: 100_000,
        likesPerPostPerIp: 3,
        likeChangesPerIdentity: 1000,
      },
    },
  });
  process.env.BLOG_WIDGETS_SERVICE_URL = service.url;
  // For /__service/moderate (dev-server-routes.mjs): the moderation CLI on the same database.
  process.env.BLOG_WIDGETS_SERVICE_CONFIG = join(dir, 'wtr.json');
}

export default {
  rootDir: ROOT,
  files: ['test/**/*.test.ts', '!test/e2e/**', '!test/node/**'],
  nodeResolve: true,
  // The tsconfig makes esbuild honour experimentalDecorators/useDefineForClassFields;
  // target es2022 lowers decorators that 'auto' would pass raw to the newest browsers.
  plugins: [
    // The library's templates minified as the build ships them (scripts/minify-templates.mjs),
    // so the tests render the same markup and CSS that pages get.
    {
      name: 'minify-templates',
      transform: ({ path, body }) =>
        path.startsWith('/src/') && path.endsWith('.ts') && typeof body === 'string'
          ? { body: minifyTemplates(body) }
          : undefined,
    },
    esbuildPlugin({ ts: true, tsconfig: resolve(ROOT, 'tsconfig.json'), target: 'es2022' }),
  ],
  middleware: [cspRoute(), devServerRoutes({ fixturesDir: resolve(ROOT, '../shared/fixtures') })],
  browsers,
  // One test file at a time per browser, the three browsers side by side. Keyboard and
  // focus tests need the page to be the focused one (concurrency > 1 means several tabs,
  // and for WebKit iframes instead of top-level pages), and two cores gain nothing from more.
  concurrency: Number(process.env.WTR_CONCURRENCY || 1),
  concurrentBrowsers: 3,
  // Cold starts on a busy 2-core CI box (esbuild's first transform, Firefox's profile).
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 10_000, slow: 1_000 } },
  // wtr's default page plus test/support/navigation-guard.js: an unprevented form submit or
  // link click, or a dialog, fails the running test instead of silently ending the file, and a
  // failed assertion on a DOM node is reported instead of stalling the file (see there).
  // WTR_NAVIGATION_GUARD=0 turns it off.
  testRunnerHtml: (testFramework) =>
    // Gravatars from the dev server's stand-in (/__mock/gravatar/): no test asks gravatar.com.
    '<!DOCTYPE html><html><head><meta name="blog-widgets:gravatar" content="/__mock/gravatar/"></head><body>' +
    (process.env.WTR_NAVIGATION_GUARD === '0'
      ? ''
      : '<script type="module" src="/test/support/navigation-guard.js"></script>') +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), ...(isCI ? [summaryReporter({ flatten: true })] : []), resultsReporter()],
  coverageConfig: { include: ['src/**/*.ts'] },
};

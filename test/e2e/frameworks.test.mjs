// Every framework (issue 6, item 4): the examples in examples/ (React 19, Vue 3, Svelte 5,
// Angular, Lit SSR) are type-checked with their framework's own checker, built with their own
// bundler, and run in Chromium, where the elements must render with what the framework set
// (object properties such as `likes` and `strings`) and a click on Like must reach the
// framework's handler as a typed `blog-like` event whose answer the element shows.
//
// Type checks include failing cases: React and Vue mark them inline (@ts-expect-error,
// @vue-expect-error: the checker fails when one is not an error), Svelte and Angular in
// examples/<name>/type-tests/, where every line after an `expect-error: <message>` comment must
// fail with that message and nothing else may (svelte-check and ngc have no inline marker).
//
// The examples import `blog-widgets` as users do: an npm workspace each, linked to this package
// (file:../..), resolved through its `exports` to dist/. So dist/ must be built (CI builds before
// `npm test`; here it is built once if it is missing). Builds and checks run two at a time
// (2 cores), one Chromium serves every page.
/* global document, customElements, Node -- in the functions that run in the page (page.evaluate) */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/loopback.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLES = resolve(ROOT, 'examples');
const JOB_TIMEOUT = 240_000;
// eslint-disable-next-line no-control-regex -- ANSI colour codes are control characters
const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

// ------------------------------------------------------------------ jobs (two at a time)

/** Runs a command; resolves with its exit code and output (never rejects). */
function exec(cmd, args, cwd) {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), JOB_TIMEOUT);
    child.on('error', (error) => (output += String(error)));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      done({ code: code ?? (signal ? 128 : 1), output: stripAnsi(output), seconds });
    });
  });
}

let running = 0;
const queue = [];
/** Runs `task` when fewer than two others run. */
function limited(task) {
  return new Promise((done, fail) => {
    const start = () => {
      running++;
      task()
        .then(done, fail)
        .finally(() => {
          running--;
          queue.shift()?.();
        });
    };
    if (running < 2) start();
    else queue.push(start);
  });
}

const npm = (example, ...args) => exec('npm', ['run', '--silent', ...args], join(EXAMPLES, example));

/** The library's dist/, built once when missing (CI builds it before `npm test`). */
const library =
  existsSync(resolve(ROOT, 'dist/esm/index.js')) && existsSync(resolve(ROOT, 'dist/types/index.d.ts'))
    ? Promise.resolve({ code: 0, output: 'dist/ present', seconds: '0' })
    : exec('npm', ['run', '--silent', 'build'], ROOT);

/** What each example runs: its type check (with the failing cases) and its build. */
const commands = {
  react: { check: ['check'], build: ['build'] },
  vue: { check: ['check'], build: ['build'] },
  svelte: { check: ['check:type-tests'], build: ['build'] },
  angular: { check: ['check:type-tests'], build: ['build'] },
  ssr: { check: ['check'], build: ['build'] },
};
// Slowest first, so the two lanes finish together.
const order = ['angular', 'svelte', 'vue', 'react', 'ssr'];
const jobs = {};
for (const kind of ['check', 'build']) {
  for (const name of order) {
    jobs[`${name}:${kind}`] = library.then((lib) =>
      lib.code === 0 ? limited(() => npm(name, ...commands[name][kind])) : lib,
    );
  }
}

/** Awaits a job and fails with its output when it failed. */
async function succeeded(key, t) {
  const { code, output, seconds } = await jobs[key];
  t?.diagnostic(`${key}: ${seconds}s`);
  assert.equal(code, 0, `${key} failed (exit ${code}, ${seconds}s):\n${output.slice(-6000)}`);
  return output;
}

// ------------------------------------------------------------------ expected type errors

/**
 * `expect-error: <message>` comments in the files of a type-tests folder: the line after each
 * must have an error containing the message. Returns `[{ file, line, message }]`.
 */
function expectedErrors(dir) {
  const expected = [];
  for (const file of readdirSync(dir).filter((f) => /\.(svelte|ts)$/.test(f))) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const match = /^(?:<!--|\/\/)\s*expect-error: (.+?)\s*(?:-->)?$/.exec(text.trim());
        if (match) expected.push({ file, line: i + 2, message: match[1] });
      });
  }
  return expected;
}

/** Every expected error is reported (same file and line, message included), and nothing else. */
function assertErrors(reported, dir, tool) {
  const expected = expectedErrors(dir);
  assert.ok(expected.length > 0, `no expect-error markers in ${dir}`);
  const key = (e) => `${basename(e.file)}:${e.line}`;
  const unexpected = reported.filter((r) => !expected.some((e) => key(e) === key(r)));
  assert.deepEqual(unexpected, [], `${tool} reported errors nobody expected`);
  for (const e of expected) {
    const found = reported.filter((r) => key(r) === key(e));
    assert.ok(found.length > 0, `${tool}: no error at ${key(e)}; the typings let "${e.message}" through`);
    assert.ok(
      found.some((r) => r.message.includes(e.message)),
      `${tool}: ${key(e)} failed for another reason:\n${found.map((r) => r.message).join('\n')}\nexpected: ${e.message}`,
    );
  }
}

// ------------------------------------------------------------------ static server + browser

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Serves examples/<name>/dist/ at /<name>/ on 127.0.0.1. */
function serveExamples() {
  return createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end(); // the browser asks; the examples have none
      return;
    }
    const [, name, ...rest] = pathname.split('/');
    const dist = join(EXAMPLES, name ?? '', 'dist');
    const file = normalize(join(dist, decodeURIComponent(rest.join('/')) || 'index.html'));
    if (!name || !(name in commands) || !file.startsWith(`${dist}/`)) {
      res.writeHead(404).end();
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) throw new Error('not a file');
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(res);
      },
      () => res.writeHead(404).end(),
    );
  });
}

async function listen(server) {
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${server.address().port}`;
}

let browser;
let staticServer;
let staticUrl;

/** A new page that records script errors, failed requests and console errors/warnings. */
async function openPage() {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}

/** Waits until `fn` (in the page) returns something truthy, and returns it. */
async function until(page, fn, arg, what) {
  try {
    return await (await page.waitForFunction(fn, arg, { timeout: 15_000 })).jsonValue();
  } catch (error) {
    throw new Error(`timed out waiting for ${what}: ${error.message.split('\n')[0]}`);
  }
}

/**
 * What the elements show and hold after the framework rendered them. `shadow(tag, part)` is the
 * text of a part in the element's shadow root.
 */
function readPage() {
  const shadow = (tag, part) =>
    document
      .querySelector(tag)
      ?.shadowRoot?.querySelector(`[part~="${part}"]`)
      ?.textContent?.replace(/\s+/g, ' ')
      .trim();
  const article = document.querySelector('blog-article');
  const likes = document.querySelector('blog-likes');
  return {
    headline: shadow('blog-article', 'headline'),
    headlineTag: article?.shadowRoot?.querySelector('[part~="headline"]')?.localName,
    meta: shadow('blog-article', 'meta'),
    body: article?.querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 19),
    author: shadow('blog-author', 'name'),
    allPosts: shadow('blog-author', 'all-posts'),
    likeButton: shadow('blog-likes', 'button'),
    pressed: likes?.shadowRoot?.querySelector('[part~="button"]')?.getAttribute('aria-pressed'),
    likesText: shadow('blog-likes', 'text'),
    // An object given as a property stays one; given as an attribute it would be "[object Object]".
    likesAttribute: likes?.getAttribute('likes') ?? null,
    likesCount: likes?.likes?.count,
    status: document.querySelector('#framework-status')?.textContent?.trim(),
  };
}

/** The app of `name`: the elements render what the framework gave them, and a like reaches it. */
async function runApp(name, label) {
  await succeeded(`${name}:build`);
  const { page, problems } = await openPage();
  try {
    await page.goto(`${staticUrl}/${name}/`);
    await until(
      page,
      () => document.querySelector('blog-likes')?.shadowRoot?.querySelector('[part~="button"]'),
      undefined,
      'the Like button',
    );
    const before = await page.evaluate(readPage);
    assert.deepEqual(before, {
      headline: 'Spike Jonze’s ‘Her’ is a romance between Joaquin Phoenix and an operating system',
      headlineTag: 'h1', // headingLevel={1}: a number property
      meta: 'December 18, 2013·by Liah Qureshi·4 minute read', // separators are elements of their own
      body: 'In Her, Spike Jonze',
      author: 'Liah Qureshi',
      allPosts: 'More reviews by Liah Qureshi', // `strings`, an object property
      likeButton: 'Like this review', // `strings` again
      pressed: 'false',
      likesText: '2 bloggers like this:', // from the `likes` object
      likesAttribute: null,
      likesCount: 2,
      status: 'No like yet.',
    });

    await page.locator('blog-likes [part~="button"]').click();
    const status = await until(
      page,
      () => {
        const text = document.querySelector('#framework-status')?.textContent ?? '';
        return text.includes('saw a like') && text;
      },
      undefined,
      `${label}'s handler to see the like`,
    );
    assert.equal(status.trim(), `${label} saw a like: liked=true, count=3.`);
    const after = await until(
      page,
      () => {
        const root = document.querySelector('blog-likes')?.shadowRoot;
        const text = root?.querySelector('[part~="text"]')?.textContent?.trim();
        return root?.querySelector('[part~="button"]')?.getAttribute('aria-pressed') === 'true' && text;
      },
      undefined,
      'the pressed Like button',
    );
    // The element shows the summary the handler answered with (respondWith), not a rollback.
    assert.equal(after, 'You and 2 other bloggers like this:');
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
}

before(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  staticServer = serveExamples();
  staticUrl = await listen(staticServer);
});

after(async () => {
  await browser?.close();
  staticServer?.close();
  // Nothing may keep running when the file ends: wait for every job.
  await Promise.all(Object.values(jobs));
});

// ------------------------------------------------------------------ the frameworks

describe('React 19 (examples/react)', () => {
  it('type-checks with tsc: JSX props and `on<event>` handlers typed, wrong ones rejected', (t) =>
    succeeded('react:check', t));
  it('builds with Vite', (t) => succeeded('react:build', t));
  it('renders properties and gets blog-like in its handler (Chromium)', () => runApp('react', 'React'));
});

describe('Vue 3 (examples/vue)', () => {
  it('type-checks with vue-tsc (strictTemplates): props and @event handlers typed, wrong ones rejected', (t) =>
    succeeded('vue:check', t));
  it('builds with Vite', (t) => succeeded('vue:build', t));
  it('renders properties and gets blog-like in its handler (Chromium)', () => runApp('vue', 'Vue'));
});

describe('Svelte 5 (examples/svelte)', () => {
  it('type-checks with svelte-check: the app passes, each type test fails as expected', async (t) => {
    const { output, seconds } = await jobs['svelte:check'];
    t.diagnostic(`svelte:check: ${seconds}s`);
    const reported = [...output.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ "((?:[^"\\]|\\.)*)"/gm)].map(
      (m) => ({ file: m[2], line: Number(m[3]), message: JSON.parse(`"${m[4]}"`) }),
    );
    assert.match(output, /COMPLETED \d+ FILES/, `svelte-check did not finish:\n${output.slice(-4000)}`);
    assertErrors(reported, join(EXAMPLES, 'svelte/type-tests'), 'svelte-check');
  });
  it('builds with Vite', (t) => succeeded('svelte:build', t));
  it('renders properties and gets blog-like in its handler (Chromium)', () => runApp('svelte', 'Svelte'));
});

describe('Angular 21 (examples/angular)', () => {
  it('type-checks with ngc (strictTemplates): the app passes, each type test fails as expected', async (t) => {
    const { output, seconds } = await jobs['angular:check'];
    t.diagnostic(`angular:check: ${seconds}s`);
    const reported = [...output.matchAll(/^(\S+?\.(?:ts|html)):(\d+):\d+ - error (?:TS|NG)\d+: (.*)$/gm)].map((m) => ({
      file: m[1],
      line: Number(m[2]),
      message: m[3],
    }));
    assert.ok(reported.length > 0, `could not read ngc's output:\n${output}`);
    assertErrors(reported, join(EXAMPLES, 'angular/type-tests'), 'ngc');
  });
  it('builds with ngc (AOT) and esbuild', (t) => succeeded('angular:build', t));
  it('renders properties and gets blog-like in its handler (Chromium)', () => runApp('angular', 'Angular'));
});

// ------------------------------------------------------------------ Lit SSR

/** `node examples/ssr/server.js` on a free port (as `npm start` runs it); resolves with its URL. */
function startSsrServer() {
  const child = spawn(process.execPath, ['server.js'], {
    cwd: join(EXAMPLES, 'ssr'),
    env: { ...process.env, PORT: '0' },
  });
  return new Promise((done, fail) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      const url = /^(http:\/\/127\.0\.0\.1:\d+)\//m.exec(output)?.[1];
      if (url) done({ child, url });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => fail(new Error(`the SSR server exited (${code}):\n${output}`)));
  });
}

/**
 * The shadow root of every blog-widgets element on the page, as a canonical string (elements
 * with sorted attributes, collapsed text; no comments, Lit markers or <style>), next to the same
 * for a fresh copy of the element rendered by the browser alone: equal means hydration left
 * nothing behind that a client render would not have produced.
 */
async function compareWithClientRender() {
  const shape = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data.replace(/\s+/g, ' ').trim();
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    const children = [...node.childNodes].map(shape).filter(Boolean).join('');
    if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return children;
    if (node.localName === 'style') return '';
    const attributes = [...node.attributes]
      .map((a) => `${a.name}="${a.value}"`)
      .sort()
      .join(' ');
    return `<${node.localName}${attributes ? ` ${attributes}` : ''}>${children}</${node.localName}>`;
  };
  const out = {};
  for (const tag of ['blog-article', 'blog-author', 'blog-likes', 'blog-comments']) {
    const element = document.querySelector(tag);
    await element.updateComplete;
    const fresh = document.createElement(tag);
    for (const attribute of element.attributes) fresh.setAttribute(attribute.name, attribute.value);
    for (const child of element.childNodes) fresh.append(child.cloneNode(true));
    fresh.setAttribute('no-structured-data', '');
    element.after(fresh);
    await fresh.updateComplete;
    out[tag] = { page: shape(element.shadowRoot), client: shape(fresh.shadowRoot) };
    fresh.remove();
  }
  return out;
}

describe('Lit SSR (examples/ssr)', () => {
  let server;
  before(async () => {
    await succeeded('ssr:build');
    server = await startSsrServer();
  });
  after(() => server?.child.kill());

  it('type-checks with tsc (server and client)', (t) => succeeded('ssr:check', t));
  it('builds the client with Vite', (t) => succeeded('ssr:build', t));

  it('renders on the server: shadow roots as declarative shadow DOM, light DOM for indexing', async () => {
    const response = await fetch(`${server.url}/`);
    assert.equal(response.status, 200);
    const html = await response.text();
    const element = (tag) => new RegExp(`<${tag}[\\s>][\\s\\S]*?</${tag}>`).exec(html)?.[0] ?? '';
    const dsd = /<template shadowroot="open" shadowrootmode="open">/;

    const article = element('blog-article');
    assert.match(article, dsd, '<blog-article> has no declarative shadow root');
    assert.match(article, /<h1 part="headline"[^>]*>(<!--[^>]*-->)*Spike Jonze’s ‘Her’/, 'headline not rendered');
    assert.match(
      article,
      /<img part="image"[^>]* src="http:\/\/127\.0\.0\.1:\d+\/her\.svg"/,
      'featured image not rendered',
    );
    assert.match(article, /December 18, 2013/);
    assert.match(
      article,
      /<\/template>[\s\S]*<p>(<!--[^>]*-->)*In Her, Spike Jonze/,
      'the body is not in the light DOM',
    );

    const likes = element('blog-likes');
    assert.match(likes, dsd, '<blog-likes> has no declarative shadow root');
    assert.match(likes, /part="skeleton"/, "<blog-likes>' reserved space is not rendered");

    // Rendered in the browser (README says why), with their light DOM in the HTML.
    assert.doesNotMatch(element('blog-author'), /<template/);
    assert.match(element('blog-author'), /<p>I go with Liah as my pen name/);
    assert.match(element('blog-author'), /<a href="https:\/\/mastodon\.social\/@liah" rel="me">/);
    assert.doesNotMatch(element('blog-comments'), /<template/);
    assert.match(element('blog-comments'), /<script type="application\/json">\{"comments":\[\{"id":"101"/);
  });

  it('hydrates in Chromium without a mismatch, and a like reaches the page', async () => {
    const { page, problems } = await openPage();
    try {
      // Hold the client bundle back, to look at the server's DOM before any script runs.
      let release;
      const held = new Promise((done) => (release = done));
      await page.route('**/assets/**', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${server.url}/`, { waitUntil: 'commit' });
      const serverDom = await until(
        page,
        () => {
          const article = document.querySelector('blog-article');
          const likes = document.querySelector('blog-likes');
          const h1 = article?.shadowRoot?.querySelector('h1');
          const base = likes?.shadowRoot?.querySelector('[part~="base"]');
          if (!h1 || !base || !document.querySelector('#framework-status')) return false;
          // Marks on the server-rendered nodes: hydration keeps them, a new render would not.
          h1.fromServer = true;
          base.fromServer = true;
          return { defined: !!customElements.get('blog-article'), headline: h1.textContent.trim() };
        },
        undefined,
        'the declarative shadow roots',
      );
      assert.deepEqual(serverDom, {
        defined: false, // no script has run: what shows is the server's HTML alone
        headline: 'Spike Jonze’s ‘Her’ is a romance between Joaquin Phoenix and an operating system',
      });

      release();
      await until(
        page,
        () => document.querySelector('blog-likes')?.shadowRoot?.querySelector('[part~="button"]'),
        undefined,
        'hydration and the likes',
      );
      const kept = await page.evaluate(() => ({
        h1: document.querySelector('blog-article').shadowRoot.querySelector('h1').fromServer === true,
        base: document.querySelector('blog-likes').shadowRoot.querySelector('[part~="base"]').fromServer === true,
      }));
      assert.deepEqual(kept, { h1: true, base: true }, 'the server-rendered nodes were replaced, not hydrated');

      const compared = await page.evaluate(compareWithClientRender);
      for (const [tag, { page: hydrated, client }] of Object.entries(compared)) {
        assert.ok(client.length > 200, `${tag} rendered nothing in the browser`);
        assert.equal(hydrated, client, `${tag}: the hydrated shadow root differs from a browser render`);
      }

      await page.locator('blog-likes [part~="button"]').click();
      const status = await until(
        page,
        () => {
          const text = document.querySelector('#framework-status')?.textContent ?? '';
          return text.includes('saw a like') && text;
        },
        undefined,
        "the page's handler to see the like",
      );
      assert.equal(status.trim(), 'The page saw a like: liked=true.');
      const text = await until(
        page,
        () => {
          const root = document.querySelector('blog-likes')?.shadowRoot;
          return (
            root?.querySelector('[part~="button"]')?.getAttribute('aria-pressed') === 'true' &&
            root.querySelector('[part~="text"]')?.textContent?.trim()
          );
        },
        undefined,
        'the pressed Like button',
      );
      assert.equal(text, 'You and 2 other bloggers like this:');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});

describe('the script-tag bundle (dist/): licences travel with the code', () => {
  it('LICENSES.txt holds this package’s licence and that of every bundled package; their files point to it', async () => {
    assert.equal((await library).code, 0);
    const licenses = readFileSync(resolve(ROOT, 'dist/LICENSES.txt'), 'utf8');
    assert.match(licenses, /^blog-widgets\n\nMIT License/m);
    for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'])
      assert.match(
        licenses,
        new RegExp(`^${name}\\n\\nBSD 3-Clause License\\n\\nCopyright \\(c\\) 2017 Google LLC`, 'm'),
      );
    // The script-tag bundle is one file with Lit inside (no facade, no shared chunk).
    const code = readFileSync(resolve(ROOT, 'dist/blog-widgets.js'), 'utf8');
    assert.ok(code.startsWith('/*! Lit (c) Google LLC, BSD-3-Clause; blog-widgets, MIT: see LICENSES.txt */\n'));
    assert.ok(code.includes('litHtmlVersions'), 'the file with the pointer is the one holding Lit');
    for (const chunk of readdirSync(resolve(ROOT, 'dist/chunks')).filter((file) => file.endsWith('.js'))) {
      const text = readFileSync(resolve(ROOT, 'dist/chunks', chunk), 'utf8');
      assert.ok(!text.includes('litHtmlVersions'), `${chunk}: a second copy of Lit`);
    }
  });
});

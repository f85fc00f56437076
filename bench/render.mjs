#!/usr/bin/env node
/* global document, window, requestAnimationFrame, customElements -- page.evaluate() callbacks run in the browser */
/**
 * Render benchmarks of DESIGN.md §7, in headless Chromium, each against a baseline measured in
 * the same page, in the same run (never a timed test: this prints figures and a verdict).
 *
 * 1. A 1,000-comment threaded `<blog-comments>` (static source, every comment on one page) vs
 *    the same browser parsing the equivalent static HTML: the very markup and styles the element
 *    produced, serialized and parsed into a fresh shadow root. Both sides include style and
 *    layout (a forced reflow ends each measurement). Target: ratio ≤ 1.5.
 * 2. `<blog-likes>` given 100,000 likers vs given 10 (the same element, `likes` property set to
 *    an already-parsed summary, so the cost measured is the element's). Target: ratio ≈ 1 (≤ 1.5).
 *    The same with the likers in the inline JSON is printed too: there the browser's JSON.parse of
 *    the page's own data is included, which no element can avoid.
 *
 * Runs use the production bundle (`dist/blog-widgets.js`; `npm run build` first if missing),
 * alternate the two sides, and report medians of RUNS rounds after WARMUP rounds.
 *   node bench/render.mjs [--runs 15] [--json bench/results/render.json]
 * Exit code 1 when a target is missed (`--no-fail` prints only).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    json: { type: 'string', default: join(ROOT, 'bench/results/render.json') },
    'no-fail': { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const WARMUP = Number(args.warmup);

/** A deterministic pseudo-random generator (mulberry32), so every run renders the same thread. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Marcus', 'Yuki', 'Liah', 'Tom', 'Ana', 'Sofia', 'Omar', 'Chen', 'Priya', 'Lars', 'Zoë', 'Mateo'];
const LAST = ['Webb', 'Tanaka', 'Qureshi', 'Okafor', 'Silva', 'Rossi', 'Haddad', 'Wei', 'Patel', 'Berg', 'Dubois'];
const WORDS =
  'the film never treats the premise as a joke samantha is curious funny and growing question whether she is real but whether theodore is ready for a relationship at all jonze shoots los angeles as a city of soft pastels and quiet elevators'.split(
    ' ',
  );

/** 1,000 comments: about a third top-level, the rest replies up to five levels deep. */
export function makeThread(n = 1000) {
  const rnd = random(42);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const comments = [];
  const start = Date.UTC(2013, 11, 18, 12);
  for (let i = 0; i < n; i++) {
    const parent = i > 0 && rnd() < 0.65 ? comments[Math.floor(rnd() * i)] : undefined;
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const words = Array.from({ length: 12 + Math.floor(rnd() * 40) }, () => pick(WORDS)).join(' ');
    comments.push({
      id: String(1000 + i),
      ...(parent ? { parent: parent.id } : {}),
      author: rnd() < 0.4 ? { name, link: `https://example.com/${i}` } : { name },
      date: new Date(start + i * 600_000).toISOString(),
      content: `${words[0].toUpperCase()}${words.slice(1)}.${rnd() < 0.3 ? `\n\n${words.slice(0, 60)}.` : ''}`,
    });
  }
  return comments;
}

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };

/** Serves the repository (dist/ and the bench page) on 127.0.0.1, on a free port. */
async function serve(pages) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (pages[path]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pages[path]);
      return;
    }
    const file = join(ROOT, path);
    if (!file.startsWith(join(ROOT, 'dist')) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/blog-widgets.js"></script></head><body><main id="stage"></main></body></html>`;

/** In the page: render one element and return the milliseconds until it is laid out. */
async function renderElement(page, kind, data) {
  return page.evaluate(
    async ({ kind, data }) => {
      const stage = document.getElementById('stage');
      stage.replaceChildren();
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
      const t0 = performance.now();
      let el;
      if (kind === 'comments') {
        el = document.createElement('blog-comments');
        el.setAttribute('per-page', '1000');
        el.setAttribute('post-title', 'Her');
        el.setAttribute('no-structured-data', '');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = data;
        el.append(script);
      } else if (kind === 'likes-json') {
        el = document.createElement('blog-likes');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = data;
        el.append(script);
      } else {
        el = document.createElement('blog-likes');
        el.likes = window.__likes[data];
      }
      stage.append(el);
      await el.updateComplete;
      void el.shadowRoot.firstElementChild?.getBoundingClientRect();
      const ms = performance.now() - t0;
      window.__last = el;
      return ms;
    },
    { kind, data },
  );
}

/** In the page: the static twin of the element just rendered — its shadow DOM and styles as HTML. */
async function staticTwin(page) {
  return page.evaluate(() => {
    const root = window.__last.shadowRoot;
    const css = [...root.adoptedStyleSheets]
      .map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n'))
      .join('\n'); // its :host rules apply to the twin's host the same way
    window.__twin = `<style>${css}</style>${root.innerHTML}`;
    return { bytes: window.__twin.length, nodes: root.querySelectorAll('*').length };
  });
}

/** In the page: parse the twin into a fresh shadow root and lay it out. */
async function parseTwin(page) {
  return page.evaluate(async () => {
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
    const t0 = performance.now();
    const host = document.createElement('div');
    stage.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = window.__twin;
    void root.querySelector('*')?.getBoundingClientRect();
    void host.getBoundingClientRect();
    return performance.now() - t0;
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function measure(label, a, b) {
  for (let i = 0; i < WARMUP; i++) {
    await a();
    await b();
  }
  const as = [];
  const bs = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate which side goes first, so neither always runs on a warmer engine.
    if (i % 2) {
      bs.push(await b());
      as.push(await a());
    } else {
      as.push(await a());
      bs.push(await b());
    }
  }
  return { label, a: median(as), b: median(bs), ratio: median(as) / median(bs) };
}

export async function renderBench() {
  if (!existsSync(join(ROOT, 'dist/blog-widgets.js'))) {
    const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const { server, origin } = await serve({ '/bench.html': PAGE });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${origin}/bench.html`);
    await page.evaluate(() => customElements.whenDefined('blog-likes'));
    const thread = JSON.stringify({ comments: makeThread(1000) });
    // The first render loads the lazy chunks (thread, static source): not part of the figures.
    await renderElement(page, 'comments', thread);
    const twin = await staticTwin(page);
    const shown = await page.evaluate(() => window.__last.shadowRoot.querySelectorAll('[part~="comment"]').length);
    if (shown !== 1000) throw new Error(`expected 1,000 comments rendered, saw ${shown}`);
    const comments = await measure(
      '1,000-comment thread vs its static HTML',
      () => renderElement(page, 'comments', thread),
      () => parseTwin(page),
    );

    await page.evaluate(() => {
      const likers = (n) =>
        Array.from({ length: n }, (_, i) => ({ name: `Blogger ${i}`, link: `https://example.com/${i}` }));
      window.__likes = {
        many: { count: 100_000, liked: false, likers: likers(100_000) },
        few: { count: 10, liked: false, likers: likers(10) },
      };
    });
    const likes = await measure(
      '<blog-likes> 100,000 likers vs 10',
      () => renderElement(page, 'likes', 'many'),
      () => renderElement(page, 'likes', 'few'),
    );
    const json = (n) =>
      JSON.stringify({
        likes: { count: n, likers: Array.from({ length: n }, (_, i) => ({ name: `Blogger ${i}` })) },
      });
    const [many, few] = [json(100_000), json(10)];
    const likesJson = await measure(
      '  (same, likers in inline JSON: incl. JSON.parse)',
      () => renderElement(page, 'likes-json', many),
      () => renderElement(page, 'likes-json', few),
    );
    const nodes = await page.evaluate(async () => {
      const count = async (key) => {
        const el = document.createElement('blog-likes');
        el.likes = window.__likes[key];
        document.body.append(el);
        await el.updateComplete;
        const n = el.shadowRoot.querySelectorAll('*').length;
        el.remove();
        return n;
      };
      return { many: await count('many'), few: await count('few') };
    });
    return { comments, likes, likesJson, twin, nodes, browser: browser.version() };
  } finally {
    await browser.close();
    server.close();
  }
}

const TARGET = { comments: 1.5, likes: 1.5 };

export function printRender(r) {
  const row = (m, target) =>
    `${m.label.padEnd(48)} ${m.a.toFixed(1).padStart(8)} ms ${m.b.toFixed(1).padStart(8)} ms ${m.ratio.toFixed(2).padStart(7)}×  ${
      target ? `≤ ${target.toFixed(1)}×  ${m.ratio <= target ? 'ok' : '✖ OVER'}` : ''
    }`;
  console.log(`\nRender (Chromium ${r.browser}, medians of ${RUNS} alternating runs after ${WARMUP} warm-ups)`);
  console.log(`${''.padEnd(48)} ${'element'.padStart(11)} ${'baseline'.padStart(11)} ${'ratio'.padStart(8)}   budget`);
  console.log('-'.repeat(100));
  console.log(row(r.comments, TARGET.comments));
  console.log(
    `${'  static twin'.padEnd(48)} ${(r.twin.bytes / 1000).toFixed(0)} KB of HTML + CSS, ${r.twin.nodes} elements`,
  );
  console.log(row(r.likes, TARGET.likes));
  console.log(row(r.likesJson));
  console.log(`${'  shadow DOM elements, 100,000 vs 10 likers'.padEnd(48)} ${r.nodes.many} vs ${r.nodes.few}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await renderBench();
  printRender(r);
  await mkdir(dirname(args.json), { recursive: true });
  await writeFile(args.json, JSON.stringify({ date: new Date().toISOString(), runs: RUNS, ...r }, null, 2));
  console.log(`\nwrote ${args.json}`);
  // The DOM may differ only by the "+N" button (and its list item) that 100,000 likers add.
  const over = r.comments.ratio > TARGET.comments || r.likes.ratio > TARGET.likes || r.nodes.many > r.nodes.few + 2;
  if (over && !args['no-fail']) {
    console.error('A render budget is broken.');
    process.exit(1);
  }
}

#!/usr/bin/env node
/* global document, window, customElements, requestAnimationFrame -- page code runs in the browser */
/**
 * What each element costs the page that pastes it, in headless Chromium (DESIGN.md §7):
 * script bytes actually fetched (gzip -9 and brotli of every JS response, lazy chunks included),
 * time to first render and to settled (data and behaviour loaded), main-thread long tasks, JS
 * heap after render (minus the same page without the script, measured in the same run), and the
 * cumulative layout shift while elements upgrade and load their data.
 *
 * Each scenario is a page served by this script on 127.0.0.1 with the script tag and the
 * pre-upgrade stylesheet, as the README tells site owners to paste them:
 *   - each element alone with its data in the page (static), and the whole seed page;
 *   - the seed page reading everything from a WordPress REST API (answers 400 ms late);
 *   - the seed page with the script arriving 1 s late (a slow CDN): the pre-upgrade stylesheet
 *     must hold the space on its own.
 * The CLS budget is 0.00 for every scenario; the run fails loudly when one shifts (CI runs it).
 *   node bench/page.mjs [--runs 3] [--json bench/results/page.json] [--no-fail]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import { SCENARIOS } from './page-scenarios.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    json: { type: 'string', default: join(ROOT, 'bench/results/page.json') },
    only: { type: 'string' },
    'no-fail': { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const CLS_BUDGET = 0;
/** The most common desktop screen (a laptop's 1366×768). */
const VIEWPORT = { width: 1366, height: 768 };

const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.html': 'text/html',
};

/** Serves dist/, demo images, the scenario pages and a WordPress REST stand-in (demo/wordpress). */
async function serve() {
  const served = []; // [path, bytes, type] of the current page load
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const send = (status, body, type) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
      res.end(body);
      served.push([url.pathname, Buffer.byteLength(body), type]);
    };
    const scenario = SCENARIOS.find((s) => `/${s.id}.html` === url.pathname);
    if (scenario) return send(200, scenario.html(url.searchParams.get('script') !== 'none'), TYPES['.html']);
    if (url.pathname.startsWith('/wp-json/wp/v2/')) {
      await new Promise((ok) => setTimeout(ok, Number(url.searchParams.get('_delay') ?? 400)));
      const [collection, id] = url.pathname.slice('/wp-json/wp/v2/'.length).split('/');
      const file = join(ROOT, 'demo/wordpress', id ? `${collection}-${id}.json` : `${collection}.json`);
      if (!existsSync(file)) return send(404, '{"code":"rest_no_route"}', TYPES['.json']);
      const body = await readFile(file);
      const list = JSON.parse(body);
      if (Array.isArray(list)) {
        res.setHeader('X-WP-Total', String(list.length));
        res.setHeader('X-WP-TotalPages', '1');
        res.setHeader('access-control-expose-headers', 'X-WP-Total, X-WP-TotalPages');
      }
      return send(200, body, TYPES['.json']);
    }
    const file = url.pathname.startsWith('/images/')
      ? join(ROOT, 'demo', url.pathname)
      : url.pathname.startsWith('/dist/')
        ? join(ROOT, url.pathname)
        : '';
    if (!file || !existsSync(file)) return send(404, 'not found', 'text/plain');
    // `?late=1` on the page: the script (only) arrives a second late, as from a slow CDN.
    if (file.endsWith('blog-widgets.js') && req.headers.referer?.includes('late=1'))
      await new Promise((ok) => setTimeout(ok, 1000));
    return send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, served, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Observers installed before any page script: layout shifts and long tasks from navigation on. */
function observe() {
  window.__shifts = [];
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (!e.hadRecentInput)
        window.__shifts.push({
          value: e.value,
          at: e.startTime,
          nodes: (e.sources ?? []).map(
            (s) =>
              `${s.node?.nodeName ?? '?'} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h${Math.round(s.currentRect.height)}`,
          ),
        });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** In the page: when every element first rendered, and when all of them settled. */
async function timings() {
  const tags = ['blog-article', 'blog-author', 'blog-likes', 'blog-comments', 'blog-comment-form'];
  const els = [...document.querySelectorAll(tags.join(','))];
  await Promise.all(tags.map((t) => (document.querySelector(t) ? customElements.whenDefined(t) : null)));
  // hasUpdated: the first render happened; its time is when the last element got there.
  const first = await new Promise((ok) => {
    const check = () => (els.every((el) => el.hasUpdated) ? ok(performance.now()) : requestAnimationFrame(check));
    check();
  });
  let settled;
  do {
    await Promise.all(els.map((el) => el.updateComplete));
    await new Promise((ok) => setTimeout(ok, 50));
    settled = els.every((el) => !el.isUpdatePending);
  } while (!settled);
  const done = performance.now();
  await new Promise((ok) => setTimeout(ok, 500)); // late shifts still count
  return { firstRender: first, settled: done, elements: els.length };
}

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function load(browser, origin, served, scenario, query) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript(observe);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await page.context().newCDPSession(page);
  served.length = 0;
  await page.goto(`${origin}/${scenario.id}.html?${query}`, { waitUntil: 'load' });
  return { page, cdp, errors };
}

async function measure(browser, origin, served, scenario) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, cdp, errors } = await load(browser, origin, served, scenario, scenario.late ? 'late=1' : '');
    const t = await page.evaluate(timings);
    const metrics = await page.evaluate(() => ({
      cls: window.__shifts.reduce((sum, s) => sum + s.value, 0),
      shifts: window.__shifts,
      long: window.__long,
    }));
    const used = await heap(cdp);
    const js = served.filter(([, , type]) => type === TYPES['.js']);
    await page.close();
    const bare = await load(browser, origin, served, scenario, 'script=none');
    await bare.page.waitForTimeout(300);
    const baseline = await heap(bare.cdp);
    await bare.page.close();
    if (errors.length) throw new Error(`${scenario.id}: page errors: ${errors.join('; ')}`);
    runs.push({ ...t, ...metrics, heap: used - baseline, js });
  }
  const med = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[runs.length >> 1];
  // Bytes: the files themselves, compressed here as a CDN would serve them.
  const files = await Promise.all(
    runs[0].js.map(async ([path]) => readFile(join(ROOT, path)).catch(() => Buffer.alloc(0))),
  );
  const gzip = files.reduce((n, f) => n + gzipSync(f, { level: 9 }).length, 0);
  const br = files.reduce(
    (n, f) => n + brotliCompressSync(f, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    0,
  );
  const worst = runs.reduce((a, b) => (b.cls > a.cls ? b : a));
  return {
    id: scenario.id,
    label: scenario.label,
    worstCase: scenario.worstCase,
    requests: runs[0].js.length,
    gzip,
    br,
    firstRender: med('firstRender'),
    settled: med('settled'),
    longTasks: Math.max(...runs.map((r) => r.long.length)),
    longMs: Math.max(...runs.map((r) => r.long.reduce((s, d) => s + d, 0))),
    heap: med('heap'),
    cls: worst.cls,
    shifts: worst.shifts,
  };
}

export async function pageBench() {
  if (!existsSync(join(ROOT, 'dist/blog-widgets.js'))) {
    const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const { server, served, origin } = await serve();
  const browser = await launchChromium();
  try {
    const results = [];
    for (const scenario of SCENARIOS.filter((s) => !args.only || s.id.includes(args.only)))
      results.push(await measure(browser, origin, served, scenario));
    return { browser: browser.version(), results };
  } finally {
    await browser.close();
    server.close();
  }
}

export function printPage({ browser, results }) {
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  console.log(
    `\nPage cost (Chromium ${browser}, ${VIEWPORT.width}×${VIEWPORT.height}; medians of ${RUNS} loads, CLS and long tasks: the worst load)`,
  );
  const head = ['scenario', 'JS gzip', 'JS br', 'files', 'first render', 'settled', 'long tasks', 'heap', 'CLS'];
  const rows = results.map((r) => [
    r.label,
    kb(r.gzip),
    kb(r.br),
    String(r.requests),
    `${r.firstRender.toFixed(0)} ms`,
    `${r.settled.toFixed(0)} ms`,
    r.longTasks ? `${r.longTasks} (${r.longMs.toFixed(0)} ms)` : '0',
    kb(r.heap),
    `${r.cls.toFixed(4)} ${r.cls <= CLS_BUDGET ? 'ok' : r.worstCase ? '(info)' : '✖ OVER'}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(line(head));
  console.log('-'.repeat(widths.reduce((a, b) => a + b + 2, 0)));
  for (const row of rows) console.log(line(row));
  console.log(`CLS budget: ${CLS_BUDGET.toFixed(2)} (DESIGN.md §7); "(info)": a worst case printed, not budgeted:`);
  for (const r of results.filter((x) => x.worstCase)) console.log(`  ${r.id}: ${r.worstCase}`);
  for (const r of results.filter((x) => x.cls > CLS_BUDGET))
    console.log(
      `  ${r.id} shifted: ${r.shifts.map((s) => `${s.value.toFixed(4)} at ${s.at.toFixed(0)} ms [${s.nodes.join(' ')}]`).join(', ')}`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await pageBench();
  printPage(r);
  await mkdir(dirname(args.json), { recursive: true });
  await writeFile(args.json, JSON.stringify({ date: new Date().toISOString(), runs: RUNS, ...r }, null, 2));
  console.log(`wrote ${args.json}`);
  if (r.results.some((x) => x.cls > CLS_BUDGET && !x.worstCase) && !args['no-fail']) {
    console.error('The CLS budget is broken.');
    process.exit(1);
  }
}

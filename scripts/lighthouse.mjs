#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse (performance, accessibility, best practices, SEO) on
 *   1. the demo's post page, built for production (vite.demo.config.ts) and wired to a real
 *      companion service, as `npm start` runs it;
 *   2. a plain static page that pastes every element with the script tag, as the README says
 *      (bench/page-scenarios.mjs, the seed post page).
 * Every score must be 100: the run prints a table, writes the reports to .lighthouse/, and exits 1
 * when one is lower (CI runs it). Lighthouse's default mobile profile (simulated slow 4G, 4×
 * slower CPU) unless `--desktop`.
 *   npm run lighthouse [-- --desktop] [--runs 3]   (a page's score is its best of `runs`, since a
 *   shared 2-core machine makes single runs noisy; the median is printed too)
 *   [--require accessibility,best-practices,seo]   the categories that must be 100 (default: all
 *   four); the others are printed, not enforced
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer as httpServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { build, preview } from 'vite';
import { SCENARIOS } from '../bench/page-scenarios.mjs';
import { CHROMIUM_ARGS, freePort } from './loopback.mjs';
import { startService } from './service.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.lighthouse');
const BIN = join(ROOT, 'server/bin/blog-widgets-server.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const { values: args } = parseArgs({
  options: {
    desktop: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    require: { type: 'string', default: CATEGORIES.join(',') },
  },
});
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/** The demo's post page, production build, on its companion service (seeded like `npm start`). */
async function startDemo() {
  const data = join(OUT, 'data');
  rmSync(data, { recursive: true, force: true });
  mkdirSync(data, { recursive: true });
  const db = join(data, 'demo.db');
  execFileSync(process.execPath, [BIN, 'import', 'json', join(ROOT, 'demo/service-seed.json'), '--db', db], {
    stdio: 'ignore',
  });
  const port = await freePort();
  const service = await startService({
    dir: data,
    name: 'demo',
    config: { db, sites: [{ id: 'demo', origins: [`http://127.0.0.1:${port}`] }] },
  });
  process.env.BLOG_WIDGETS_SERVICE_URL = service.url;
  await build({ configFile: join(ROOT, 'vite.demo.config.ts'), logLevel: 'warn' });
  const server = await preview({
    configFile: join(ROOT, 'vite.demo.config.ts'),
    preview: { port, strictPort: true },
    logLevel: 'warn',
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      await server.close();
      await service.stop();
    },
  };
}

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.html': 'text/html' };

/** The plain page that pastes every element (dist/ bundle), as a site owner's static host serves it. */
async function startStatic() {
  const seed = SCENARIOS.find((s) => s.id === 'seed');
  const server = httpServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = path.startsWith('/dist/')
      ? join(ROOT, path)
      : path.startsWith('/images/')
        ? join(ROOT, 'demo', path)
        : '';
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(seed.html(true));
    }
    if (!file || !existsSync(file)) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    // Compressed, as every static host and CDN serves text (jsDelivr: brotli, else gzip).
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = await readFile(file);
    if (encoding && /^text\/|svg/.test(type)) body = encoding === 'br' ? brotliCompressSync(body) : gzipSync(body);
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'public, max-age=31536000, immutable',
      ...(encoding && /^text\/|svg/.test(type) ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
    });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, stop: () => new Promise((ok) => server.close(ok)) };
}

async function audit(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const options = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
    const result = await lighthouse(url, options, args.desktop ? desktopConfig : undefined);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** What kept a category under 100: its failing audits, with their own numbers. */
function misses(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(join(ROOT, 'dist/blog-widgets.js'))) {
    const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const pages = [
    ['demo post page (production build, companion service)', await startDemo()],
    ['static page, script tag', await startStatic()],
  ];
  const rows = [];
  try {
    for (const [label, page] of pages) {
      const runs = [];
      for (let i = 0; i < Number(args.runs); i++) runs.push(await audit(page.url));
      const score = (lhr, c) => Math.round(lhr.categories[c].score * 100);
      const best = (c) => Math.max(...runs.map((r) => score(r, c)));
      const median = (c) => runs.map((r) => score(r, c)).sort((a, b) => a - b)[runs.length >> 1];
      const worst = runs.reduce((a, b) => (score(b, 'performance') < score(a, 'performance') ? b : a));
      rows.push({
        label,
        url: page.url,
        best: Object.fromEntries(CATEGORIES.map((c) => [c, best(c)])),
        median: Object.fromEntries(CATEGORIES.map((c) => [c, median(c)])),
        misses: Object.fromEntries(CATEGORIES.map((c) => [c, misses(worst, c)])),
      });
      await writeFile(
        join(OUT, `${label.split(' ')[0]}-${label.includes('static') ? 'static' : 'demo'}.json`),
        JSON.stringify(runs.at(-1)),
      );
    }
  } finally {
    for (const [, page] of pages) await page.stop();
  }
  console.log(`\nLighthouse ${args.desktop ? 'desktop' : 'mobile'} (best of ${args.runs}; median in brackets)`);
  console.log(`${'page'.padEnd(56)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
  for (const r of rows)
    console.log(
      `${r.label.padEnd(56)} ${CATEGORIES.map((c) => `${r.best[c]} [${r.median[c]}]`.padStart(15)).join('')}`,
    );
  for (const r of rows)
    for (const c of CATEGORIES) if (r.misses[c].length) console.log(`  ${r.label}, ${c}: ${r.misses[c].join(', ')}`);
  await writeFile(
    join(OUT, 'summary.json'),
    JSON.stringify({ date: new Date().toISOString(), desktop: args.desktop, rows }, null, 2),
  );
  const required = args.require.split(',').map((c) => c.trim());
  const unknown = required.filter((c) => !CATEGORIES.includes(c));
  if (unknown.length) throw new Error(`--require: unknown categories ${unknown.join(', ')} (${CATEGORIES.join(', ')})`);
  const below = (only) =>
    rows.flatMap((r) => only.filter((c) => r.best[c] < 100).map((c) => `${r.label}: ${c} ${r.best[c]}`));
  const printed = below(CATEGORIES.filter((c) => !required.includes(c)));
  if (printed.length) console.log(`Below 100, printed only (not in --require): ${printed.join('; ')}`);
  if (below(required).length) {
    console.error(`Below 100: ${below(required).join('; ')}`);
    process.exit(1);
  }
  console.log(`Every required score is 100 (${required.join(', ')}).`);
}

await main();

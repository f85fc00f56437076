#!/usr/bin/env node
// `npm run bench:server`: the companion service's throughput and latency on loopback, with
// autocannon, side by side with a real WordPress in the same run (a benchmark, not a test):
//
//   read  — GET the first 100 comments of a 200-comment thread
//           ours: /api/v1/comments?post=…&limit=100 · WordPress: /wp-json/wp/v2/comments?post=…&per_page=100
//   post  — POST a new guest comment (every request a different text and author)
//
// on SQLite (the default, one file, WAL, synchronous=FULL) and on PostgreSQL (a private
// cluster this script starts), and the read against WordPress from ../shared/tools/wp-peer.sh
// on port 8091 (BENCH_WP_PORT), seeded here with 200 comments through its REST API. Prints a
// table and writes bench/results/server-<time>.json. Target: reads ≥ 10× WordPress' throughput
// (flat out, BENCH_CONNECTIONS at once), and p99 < 50 ms at that load: the read again, paced at
// ten times the requests/s WordPress managed.
//
//   BENCH_SECONDS=15 BENCH_CONNECTIONS=10   length of each measurement, concurrent connections
//   BENCH_WP=0                              leave WordPress out (e.g. no root/apt here)
// autocannon runs in this process, on the same 2 cores as the servers: every target pays that
// alike. Each result records the machine's load average: figures from a busy machine are low
// for every target, so compare within one run.
import autocannon from 'autocannon';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startService } from '../scripts/service.mjs';
import { startWpPeer, stopWpPeer, wpPeerIsUp } from '../test/e2e/wp-peer.mjs';
import { postgresUnavailable, startPostgres } from '../server/test/support/postgres.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.BENCH_SECONDS || 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10);
const WP_PORT = Number(process.env.BENCH_WP_PORT || 8091);
const ORIGIN = 'http://127.0.0.1:9'; // the bench "page": an allowed origin, so CORS work is included
const COMMENTS = 200;
const PAGE = 100;

const log = (message) => console.log(`[bench] ${message}`);

const config = (db) => ({
  db,
  sites: [{ id: 'bench', origins: [ORIGIN] }],
  moderation: { hold: 'none' },
  rateLimits: {
    requestsPerMinute: 0,
    commentsPerIp: 1e9,
    commentsPerIdentity: 1e9,
    guestTokensPerIp: 1e9,
    likesPerPostPerIp: 1e9,
    likeChangesPerIdentity: 1e9,
  },
});

async function seedService(url) {
  for (let i = 0; i < COMMENTS; i++) {
    const response = await fetch(`${url}/api/v1/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({
        post: 'bench',
        name: `Reader ${i}`,
        email: `reader${i}@example.com`,
        website: `https://reader${i}.example`,
        content: `Comment ${i}: ${'A thoughtful paragraph about the film, its score and its city. '.repeat(3)}`,
      }),
    });
    if (response.status !== 201) throw new Error(`seeding the service: ${response.status} ${await response.text()}`);
  }
}

async function seedWordPress(env) {
  const base = env.WP_PEER_URL;
  const auth = `Basic ${Buffer.from(`${env.WP_PEER_ADMIN_USER}:${env.WP_PEER_APP_PASSWORD}`).toString('base64')}`;
  const headers = { 'content-type': 'application/json', authorization: auth };
  const created = await fetch(`${base}/wp-json/wp/v2/posts`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      title: `Benchmark thread ${Date.now()}`,
      content: 'A post to read comments of.',
      status: 'publish',
    }),
  });
  if (created.status !== 201) throw new Error(`WordPress post: ${created.status} ${await created.text()}`);
  const { id } = await created.json();
  for (let i = 0; i < COMMENTS; i++) {
    const response = await fetch(`${base}/wp-json/wp/v2/comments`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        post: id,
        author_name: `Reader ${i}`,
        author_email: `reader${i}@example.com`,
        author_url: `https://reader${i}.example`,
        content: `Comment ${i}: ${'A thoughtful paragraph about the film, its score and its city. '.repeat(3)}`,
        status: 'approved',
      }),
    });
    if (response.status !== 201) throw new Error(`WordPress comment: ${response.status} ${await response.text()}`);
  }
  return id;
}

/** One autocannon run (after a short warm-up): requests/s, latency percentiles, failures. */
async function measure(name, options) {
  // A generous timeout: a slow server shows as slow, not as failed.
  const base = { connections: CONNECTIONS, timeout: 60, ...options };
  await autocannon({ ...base, duration: 2 });
  const load = loadavg()[0];
  const r = await autocannon({ ...base, duration: SECONDS });
  const result = {
    name,
    // Answered requests over the whole run (autocannon's per-second average rounds low rates away).
    requestsPerSecond: Math.round((r['2xx'] / r.duration) * 10) / 10,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    loadAverage: Math.round(load * 100) / 100,
  };
  log(
    `${name}: ${result.requestsPerSecond} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ` +
      `${result.non2xx} non-2xx, ${result.errors} errors (load average ${result.loadAverage})`,
  );
  return result;
}

const read = (url) => ({ url: `${url}/api/v1/comments?post=bench&limit=${PAGE}`, headers: { origin: ORIGIN } });
let sequence = 0;
const post = (url) => ({
  url: `${url}/api/v1/comments`,
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: ORIGIN },
  requests: [
    {
      setupRequest: (request) => {
        const n = ++sequence;
        return {
          ...request,
          body: JSON.stringify({
            post: 'bench-post',
            name: `Poster ${n}`,
            email: `poster${n}@example.com`,
            content: `Benchmark comment number ${n}.`,
          }),
        };
      },
    },
  ],
});

const tmp = mkdtempSync(join(tmpdir(), 'blog-widgets-bench-'));
const stops = [];
const results = [];
const notes = [];
try {
  log('starting the service on SQLite');
  const sqlite = await startService({ dir: tmp, name: 'sqlite', config: config(join(tmp, 'bench.db')) });
  stops.push(sqlite.stop);
  await seedService(sqlite.url);

  let pg;
  const pgSkip = postgresUnavailable();
  if (pgSkip) notes.push(`PostgreSQL: skipped — ${pgSkip}`);
  else {
    log('starting PostgreSQL and the service on it');
    const cluster = await startPostgres();
    stops.push(() => cluster.stop());
    pg = await startService({ dir: tmp, name: 'postgres', config: config(await cluster.createDatabase('bench')) });
    stops.unshift(pg.stop);
    await seedService(pg.url);
  }

  let wp;
  if (process.env.BENCH_WP === '0') notes.push('WordPress: left out (BENCH_WP=0)');
  else {
    log(`starting WordPress (wp-peer.sh) on 127.0.0.1:${WP_PORT}, ${COMMENTS} comments through its REST API`);
    const wasUp = await wpPeerIsUp(WP_PORT);
    const peer = await startWpPeer(WP_PORT, { quiet: true });
    if (!wasUp) stops.push(() => stopWpPeer(WP_PORT));
    wp = { url: peer.url, post: await seedWordPress(peer.env) };
  }

  results.push(await measure('read · SQLite', read(sqlite.url)));
  if (pg) results.push(await measure('read · PostgreSQL', read(pg.url)));
  if (wp) {
    results.push(
      await measure('read · WordPress', {
        url: `${wp.url}/wp-json/wp/v2/comments?post=${wp.post}&per_page=${PAGE}`,
        headers: { origin: ORIGIN },
      }),
    );
  }
  // "p99 under 50 ms at that load": the same read, paced at ten times WordPress' throughput.
  const wpRead = results.find((r) => r.name === 'read · WordPress');
  if (wpRead?.requestsPerSecond) {
    const overallRate = Math.max(1, Math.round(wpRead.requestsPerSecond * 10));
    results.push(await measure(`read · SQLite @ ${overallRate}/s`, { ...read(sqlite.url), overallRate }));
    if (pg) results.push(await measure(`read · PostgreSQL @ ${overallRate}/s`, { ...read(pg.url), overallRate }));
  }
  results.push(await measure('post · SQLite', post(sqlite.url)));
  if (pg) results.push(await measure('post · PostgreSQL', post(pg.url)));
} finally {
  for (const stop of stops.reverse())
    await stop().catch((error) => console.error(`[bench] stopping: ${error.message}`));
  rmSync(tmp, { recursive: true, force: true });
}

const wordpress = results.find((r) => r.name === 'read · WordPress');
/** A read paced at a fixed rate (ten times WordPress'), not flat out. */
const paced = (r) => r.name.includes(' @ ');
/** How many times WordPress' throughput (none when WordPress answered nothing in the window). */
const times = (r, baseline) =>
  baseline.requestsPerSecond > 0 ? `${(r.requestsPerSecond / baseline.requestsPerSecond).toFixed(1)}×` : 'WP: 0 req/s';
console.log('');
console.log(
  `| ${'scenario'.padEnd(26)} | ${'req/s'.padStart(7)} | ${'p50 ms'.padStart(6)} | ${'p99 ms'.padStart(6)} | ${'vs WordPress'.padStart(12)} | errors |`,
);
console.log(`|${'-'.repeat(28)}|${'-'.repeat(9)}|${'-'.repeat(8)}|${'-'.repeat(8)}|${'-'.repeat(14)}|--------|`);
for (const r of results) {
  const ratio = wordpress && r.name.startsWith('read') && r !== wordpress && !paced(r) ? times(r, wordpress) : '';
  console.log(
    `| ${r.name.padEnd(26)} | ${String(r.requestsPerSecond).padStart(7)} | ${String(r.p50).padStart(6)} | ${String(r.p99).padStart(6)} | ${ratio.padStart(12)} | ${String(r.errors + r.non2xx).padStart(6)} |`,
  );
}
const verdicts = results
  .filter((r) => r.name.startsWith('read') && r !== wordpress)
  .map((r) => {
    if (paced(r))
      return `${r.name} (10× WordPress' rate): p99 ${r.p99} ms (target < 50 ms) ${r.p99 < 50 ? 'met' : 'NOT met'}`;
    const ratio = !wordpress
      ? 'no WordPress baseline'
      : wordpress.requestsPerSecond === 0
        ? `WordPress answered no request in ${SECONDS} s (${wordpress.errors} errors), so no ratio`
        : `${times(r, wordpress)} WordPress (target ≥ 10×) ${r.requestsPerSecond >= 10 * wordpress.requestsPerSecond ? 'met' : 'NOT met'}`;
    return `${r.name} (${CONNECTIONS} connections, flat out): ${ratio}; p99 ${r.p99} ms`;
  });
console.log('');
for (const line of [...verdicts, ...notes]) console.log(`[bench] ${line}`);

mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const file = join(ROOT, 'bench/results', `server-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), seconds: SECONDS, connections: CONNECTIONS, comments: COMMENTS, page: PAGE, results, verdicts, notes }, null, 2)}\n`,
);
log(`results: ${file}`);

#!/usr/bin/env node
// `npm test`: every suite, one verdict. Its last line on stdout is always
//   N passed, N failed, N skipped
// summed over the browser suite (web-test-runner.config.js: test/**/*.test.ts, once per
// browser), the node suites (test/node/**/*.test.mjs, test/e2e/**/*.test.mjs via
// `node --test`) and the companion service's (server/test/**/*.test.ts); the exit code is
// non-zero when anything failed or a runner crashed. Each failure is named again just above
// that line. A browser test file that failed in one browser (at most 3 such files) is run once
// more alone there; if it passes, it counts as passed and is printed as FLAKY with the first
// run's failures, so a flaky test is seen in every log without turning CI red.
//
//   BROWSERS=chromium,firefox,webkit   browsers for the browser suite (default: all three)
//   WP_PEER=1 | 0                      start ../shared/tools/wp-peer.sh first (default: on in CI)
//   WP_PEER_PORT=8088 WP_PEER_RESET=1  its port; wipe and re-seed it before the run
//   npm test -- --files test/x.test.ts other arguments go to wtr
//
// The live WordPress reaches node tests as process.env.WP_PEER_* and browser tests as
// GET /__env.json (see test/support/dev-server-routes.mjs). In CI it must run: a start
// failure counts as a failure; only a machine without apt/root may skip it, with a reason.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWpPeer, stopWpPeer, wpPeerIsUp, wpPeerUnavailableReason } from '../test/e2e/wp-peer.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const isCI = Boolean(process.env.CI && process.env.CI !== 'false');
const TMP = mkdtempSync(join(tmpdir(), 'blog-widgets-test-'));
const total = { passed: 0, failed: 0, skipped: 0 };
const notes = []; // printed just before the summary line
const timings = [];
let current; // the running child, to forward Ctrl-C / SIGTERM to
let interrupted = false;

// wtr stops cleanly (browsers closed, results reported) on SIGINT, not on SIGTERM: forward
// either as SIGINT; a second signal kills the child outright.
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    current?.kill(interrupted ? 'SIGKILL' : 'SIGINT');
    interrupted = true;
  });
}

/** Files under dir (relative to ROOT) whose names end with suffix, skipping excluded dirs. */
function findFiles(dir, suffix, exclude = []) {
  const out = [];
  const walk = (d) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const rel = relative(ROOT, p);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !exclude.includes(rel)) walk(p);
      } else if (e.name.endsWith(suffix)) out.push(rel);
    }
  };
  walk(resolve(ROOT, dir));
  return out.sort();
}

function run(cmd, args, env) {
  return new Promise((res) => {
    current = spawn(cmd, args, { cwd: ROOT, env, stdio: 'inherit' });
    current.on('exit', (code, signal) => res(code ?? (signal ? 128 : 1)));
    current.on('error', (err) => {
      console.error(err);
      res(1);
    });
  });
}

async function timed(name, fn) {
  const t = performance.now();
  try {
    return await fn();
  } finally {
    timings.push(`${name} ${((performance.now() - t) / 1000).toFixed(1)}s`);
  }
}

const env = { ...process.env };

// ------------------------------------------------------------------ WordPress peer
const peerPort = Number(process.env.WP_PEER_PORT || 8088);
const wantPeer = process.env.WP_PEER ? process.env.WP_PEER === '1' : isCI;
let stopPeer = false;
env.WP_PEER_REQUIRED = '0';
if (process.env.WP_PEER_URL) {
  // A peer given from outside (e.g. `set -a; . /tmp/wp-peer/8088/peer.env`): use it as is.
} else if (!wantPeer) {
  env.WP_PEER_SKIP_REASON = 'no WordPress peer: run `WP_PEER=1 npm test` (CI starts it)';
} else {
  const reason = wpPeerUnavailableReason();
  if (reason) {
    env.WP_PEER_SKIP_REASON = `WordPress peer unavailable on this machine: ${reason}`;
    notes.push(`wp-peer: skipped — ${reason}`);
    console.log(`\n[test] ${env.WP_PEER_SKIP_REASON}; its tests will be skipped`);
  } else {
    env.WP_PEER_REQUIRED = '1';
    await timed('wp-peer', async () => {
      try {
        const wasUp = await wpPeerIsUp(peerPort);
        const slow = wasUp ? '' : ' (the first time on a machine ≈ 85 s)';
        console.log(`\n[test] starting the WordPress peer on 127.0.0.1:${peerPort}${slow}`);
        const peer = await startWpPeer(peerPort, { reset: process.env.WP_PEER_RESET === '1' });
        Object.assign(env, peer.env);
        stopPeer = !wasUp && process.env.WP_PEER_KEEP !== '1';
        console.log(`[test] WordPress peer: ${peer.url}`);
      } catch (err) {
        total.failed++;
        env.WP_PEER_SKIP_REASON = `WordPress peer failed to start: ${err.message.split('\n')[0]}`;
        notes.push(`wp-peer: FAILED to start — ${err.message.split('\n')[0]}`);
        console.error(`[test] ${err.stack ?? err}`);
      }
    });
  }
}

// ------------------------------------------------------------------ browser suite (wtr)
// test/script-tag.test.ts loads dist/blog-widgets.js as it ships: build it when it is missing
// or older than a file under src/ (CI builds it just before; a developer may not have).
const newest = (dir) => findFiles(dir, '').reduce((t, f) => Math.max(t, statSync(resolve(ROOT, f)).mtimeMs), 0);
const bundle = resolve(ROOT, 'dist/blog-widgets.js');
if (!interrupted && (!existsSync(bundle) || statSync(bundle).mtimeMs < newest('src'))) {
  console.log('\n[test] building dist/ (missing or older than src/)');
  const code = await timed('build', () => run('npm', ['run', '--silent', 'build'], env));
  if (code !== 0) {
    total.failed++;
    notes.push(`build: npm run build exited with code ${code}`);
  }
}

const browserFiles = findFiles('test', '.test.ts', ['test/e2e', 'test/node']);
if (browserFiles.length === 0) {
  notes.push('browsers: no test/**/*.test.ts files');
} else if (!interrupted) {
  const results = join(TMP, 'wtr.json');
  const bin = resolve(dirname(createRequire(import.meta.url).resolve('@web/test-runner')), 'bin.js');
  const args = [bin, ...(process.stdout.isTTY ? [] : ['--static-logging']), ...process.argv.slice(2)];
  const code = await timed('browsers', () => run(process.execPath, args, { ...env, WTR_RESULTS: results }));
  let counts;
  try {
    counts = JSON.parse(readFileSync(results, 'utf8'));
  } catch {
    counts = { passed: 0, failed: 0, skipped: 0, browsers: {} };
  }
  // A file that failed in one browser is run once more, alone, in that browser, and both runs are
  // printed. When it passes alone, its results there replace the first run's and it is named
  // FLAKY in the summary; when it fails again, the first run's failures stand. This is for files
  // whose browser stalled under the full run ("did not finish within testsFinishTimeout", none of
  // its results) and for a test that failed only there; a broken build fails many files, and
  // then none is run again.
  const ids = { Chromium: 'chromium', Firefox: 'firefox', MiniBrowser: 'webkit' };
  const failedFiles = (counts.files ?? []).filter((f) => f.failed > 0 && ids[f.browser]);
  let rescued = 0;
  for (const first of failedFiles.length <= 3 ? failedFiles : []) {
    if (interrupted) break;
    const { browser, file } = first;
    const again = join(TMP, 'wtr-again.json');
    const why = first.hung ? 'did not finish (no result reported)' : `had ${first.failed} failed`;
    console.log(`\n[test] ${browser}: ${relative(ROOT, file)} ${why}; running it again alone`);
    rmSync(again, { force: true });
    await run(process.execPath, [bin, '--static-logging', '--files', file], {
      ...env,
      BROWSERS: ids[browser],
      WTR_RESULTS: again,
    });
    let retry;
    try {
      retry = JSON.parse(readFileSync(again, 'utf8'));
    } catch {
      notes.push(`${browser}: ${relative(ROOT, file)} ${why}; the run alone reported nothing`);
      continue;
    }
    const passedAlone = retry.failed === 0 && retry.passed > 0;
    notes.push(
      `${passedAlone ? 'FLAKY ' : ''}${browser}: ${relative(ROOT, file)} ${why} in the full run; ` +
        `alone: ${retry.passed} passed, ${retry.failed} failed`,
    );
    if (!passedAlone) continue;
    rescued++;
    for (const f of (counts.failures ?? []).filter((x) => x.browser === browser && x.file === file))
      notes.push(`  (in the full run) ${f.test}${f.error ? ` — ${f.error.slice(0, 300)}` : ''}`);
    counts.failures = (counts.failures ?? []).filter((f) => f.browser !== browser || f.file !== file);
    for (const k of ['passed', 'failed', 'skipped']) {
      counts[k] += retry[k] - first[k];
      counts.browsers[browser][k] += retry[k] - first[k];
    }
  }
  // Name every failure here too: the summary is the part of a long CI log that is always kept.
  const failures = counts.failures ?? [];
  for (const f of failures.slice(0, 30)) {
    const label = f.browser === 'MiniBrowser' ? 'WebKit' : f.browser;
    notes.push(`FAILED ${label}: ${relative(ROOT, f.file)} › ${f.test}${f.error ? ` — ${f.error.slice(0, 300)}` : ''}`);
  }
  if (failures.length > 30) notes.push(`… and ${failures.length - 30} more failures (see the output above)`);
  for (const [name, c] of Object.entries(counts.browsers)) {
    const label = name === 'MiniBrowser' ? 'WebKit (MiniBrowser)' : name;
    notes.push(`${label}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  }
  if (code !== 0 && counts.failed === 0 && rescued === 0) {
    counts.failed = 1; // wtr itself failed: config error, browser launch, coverage threshold…
    notes.push(`wtr exited with code ${code} (see its output above)`);
  }
  for (const k of ['passed', 'failed', 'skipped']) total[k] += counts[k];
}

// ------------------------------------------------------------------ node suites
/** Runs `node --test` on files (with `preload` args first); adds its TAP counts to the total. */
async function nodeSuite(label, files, preload = []) {
  if (files.length === 0 || interrupted) return;
  const tap = join(TMP, `${label}.tap`);
  const code = await timed(label, () =>
    run(
      process.execPath,
      [
        ...preload,
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tap}`,
        ...files,
      ],
      env,
    ),
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const n = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  const c = { passed: n('pass'), failed: n('fail') + n('cancelled'), skipped: n('skipped') + n('todo') };
  // What failed, by title ("not ok N - title": a failed test, then each suite around it).
  const failedTitles = [...text.matchAll(/^(\s*)not ok \d+ - (.+)$/gm)].map((m) => m[2]);
  for (const t of failedTitles.slice(0, 20)) notes.push(`FAILED ${label}: ${t}`);
  notes.push(`${label}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  if (code !== 0 && c.failed === 0) {
    c.failed = 1;
    notes.push(`${label}: node --test exited with code ${code}`);
  }
  for (const k of ['passed', 'failed', 'skipped']) total[k] += c[k];
}

await nodeSuite('node', [...findFiles('test/node', '.test.mjs'), ...findFiles('test/e2e', '.test.mjs')]);
// The companion service (server/test/*.test.ts, TypeScript through tsx): routes, CLI, importers,
// PostgreSQL (a cluster the tests start themselves), kill -9 durability.
await nodeSuite('server', findFiles('server/test', '.test.ts'), ['--import', 'tsx']);

// ------------------------------------------------------------------ clean up, verdict
if (stopPeer) await stopWpPeer(peerPort).catch((err) => console.error(`[test] stopping wp-peer: ${err.message}`));
rmSync(TMP, { recursive: true, force: true });
if (interrupted) {
  total.failed++;
  notes.push('interrupted');
}

console.log('');
for (const note of notes) console.log(`[test] ${note}`);
console.log(`[test] time: ${timings.join(' · ')}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 ? 1 : 0;

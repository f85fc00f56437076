// A real WordPress on 127.0.0.1:PORT for e2e tests: a thin wrapper over
// ../shared/tools/wp-peer.sh (Debian's wordpress + MariaDB + Apache, seeded with the seed post).
// First start on a fresh machine ≈ 85 s (apt, needs root); later ≈ 5 s; `start` is idempotent.
//
//   import { startWpPeer, stopWpPeer } from './wp-peer.mjs';
//   const { url, env } = await startWpPeer(8088);   // env: { WP_PEER_URL, WP_PEER_POST_ID: '4', … }
//   …
//   await stopWpPeer(8088);
//
// scripts/test.mjs starts it before the suites when WP_PEER=1 or CI=true and hands `env`
// to them: node tests read process.env.WP_PEER_*, browser tests GET /__env.json.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Path of wp-peer.sh: $WP_PEER_SH, else ../shared/tools/wp-peer.sh next to this repo. */
export const WP_PEER_SH = process.env.WP_PEER_SH || resolve(REPO, '../shared/tools/wp-peer.sh');

function run(args, { quiet = false } = {}) {
  return new Promise((res, rej) => {
    // stderr carries wp-peer.sh's progress log; pass it through unless asked not to.
    const child = spawn('bash', [WP_PEER_SH, ...args], { stdio: ['ignore', 'pipe', quiet ? 'ignore' : 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', rej);
    child.on('exit', (code) =>
      code === 0 ? res(out) : rej(new Error(`wp-peer.sh ${args.join(' ')} exited with ${code}\n${out}`)),
    );
  });
}

/** KEY=value lines (shell-quoted values allowed) -> object of strings. */
export function parseEnvFile(text) {
  const env = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2].replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');
  }
  return env;
}

/**
 * Starts (or finds running) the peer on `port`; resolves to
 * { url, env, envFile } where env holds everything from its peer.env (WP_PEER_URL,
 * WP_PEER_REST, WP_PEER_POST_ID, WP_PEER_APP_PASSWORD, …) plus WP_PEER_PORT.
 * @param {number} [port]
 * @param {{ reset?: boolean, quiet?: boolean }} [options] reset: wipe state and re-seed first
 */
export async function startWpPeer(port = 8088, { reset = false, quiet = false } = {}) {
  if (!existsSync(WP_PEER_SH)) throw new Error(`wp-peer.sh not found at ${WP_PEER_SH} (set WP_PEER_SH)`);
  const out = await run([reset ? 'reset' : 'start', String(port)], { quiet });
  const url = /^WP_PEER_URL=(\S+)$/m.exec(out)?.[1];
  const envFile = /env for tests: (\S+)/.exec(out)?.[1];
  if (!url || !envFile) throw new Error(`unexpected output from wp-peer.sh:\n${out}`);
  const env = { ...parseEnvFile(readFileSync(envFile, 'utf8')), WP_PEER_PORT: String(port) };
  return { url, env, envFile };
}

/** Stops Apache + MariaDB of that port (the seeded state is kept for a quick restart). */
export async function stopWpPeer(port = 8088) {
  await run(['stop', String(port)], { quiet: true });
}

/** True when a peer answers on that port. */
export async function wpPeerIsUp(port = 8088) {
  try {
    return (await fetch(`http://127.0.0.1:${port}/wp-json/`, { signal: AbortSignal.timeout(5000) })).ok;
  } catch {
    return false;
  }
}

/**
 * Why the peer cannot be installed here, or null if it can: wp-peer.sh installs its Debian
 * packages with apt-get as root. The only acceptable reason to skip the e2e tests in CI.
 */
export function wpPeerUnavailableReason() {
  if (!existsSync(WP_PEER_SH)) return `wp-peer.sh not found at ${WP_PEER_SH}`;
  const installed = spawnSync('dpkg-query', ['-W', '-f=${Status}', 'wordpress'], { encoding: 'utf8' });
  if (installed.stdout?.includes('install ok installed')) return null;
  if (spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status !== 0)
    return 'apt-get is not available';
  if (process.getuid?.() !== 0) return 'not root, so apt-get cannot install WordPress';
  return null;
}

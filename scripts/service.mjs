// Starts the companion service (server/) as a child process for `npm start`, the browser tests
// (web-test-runner.config.js) and the end-to-end tests: the real command line, on 127.0.0.1 and
// a free port unless one is given, tied to this process (test/support/tied.sh) so that it dies
// with it, however that dies.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'server/bin/blog-widgets-server.js');
const TIED = join(ROOT, 'test/support/tied.sh');

/**
 * @param {object} options
 * @param {string} options.dir        folder for the config file (and the database, by default)
 * @param {Record<string, unknown>} options.config  configuration (see server/src/config.ts)
 * @param {string} [options.name]     for messages and the config file name
 * @param {boolean} [options.quiet]   logs at warn and above only (default true)
 * @returns {Promise<{ url: string, child: import('node:child_process').ChildProcess, stop: () => Promise<void> }>}
 */
export async function startService({ dir, config, name = 'service', quiet = true }) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      host: '127.0.0.1',
      port: 0,
      db: join(dir, `${name}.db`),
      logLevel: quiet ? 'warn' : 'info',
      ...config,
    }),
  );
  const child = spawn(TIED, [process.execPath, BIN, 'serve', '--config', file], {
    cwd: ROOT,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.unref();
  child.stdin.unref?.();
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk) => {
    err += chunk;
    if (!quiet) process.stderr.write(chunk);
  });
  const url = await new Promise((res, rej) => {
    const timer = setTimeout(
      () => rej(new Error(`${name}: the companion service did not start in 60 s\n${err}`)),
      60_000,
    );
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const found = /BLOG_WIDGETS_SERVER_URL=(\S+)/.exec(out)?.[1];
      if (found) {
        clearTimeout(timer);
        res(found);
      }
      if (!quiet && found) process.stdout.write(chunk);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      rej(new Error(`${name}: the companion service exited (${code})\n${err}`));
    });
  });
  child.stdout.unref?.();
  child.stderr.unref?.();
  if (!quiet) child.stdout.on('data', (chunk) => process.stdout.write(chunk));
  return {
    url,
    child,
    stop: () =>
      new Promise((res) => {
        if (child.exitCode !== null || child.signalCode !== null) return res();
        child.ref(); // unref'd while it runs: waiting for its exit must keep this process alive
        child.once('exit', () => res());
        // tied.sh passes TERM on to the service, which closes its database cleanly.
        child.kill('SIGTERM');
      }),
  };
}

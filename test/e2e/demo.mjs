// `npm start` for end-to-end tests: scripts/start.mjs with its data in a temp folder and its page on
// a given port; resolves once Vite prints the page's address.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export { freePort } from '../../scripts/loopback.mjs';

/** @returns {Promise<{ url: string, output: () => string, stop: () => Promise<void> }>} */
export async function startDemo(data, port, env = {}) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    env: {
      ...process.env,
      BLOG_WIDGETS_DATA_DIR: data,
      BLOG_WIDGETS_DEMO_PORT: String(port),
      BLOG_WIDGETS_IDP_PORT: '0',
      NO_COLOR: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`the demo did not start in 90 s:\n${out}`)), 90_000);
    const read = (chunk) => {
      out += chunk;
      // eslint-disable-next-line no-control-regex
      const found = /Local:\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out.replace(/\u001b\[[0-9;]*m/g, ''))?.[1];
      if (found) {
        clearTimeout(timer);
        res(found);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => rej(new Error(`the demo exited (${code}):\n${out}`)));
  });
  return {
    url,
    output: () => out,
    stop: () =>
      new Promise((res) => {
        if (child.exitCode !== null) return res();
        child.once('exit', () => res());
        child.kill('SIGTERM');
      }),
  };
}

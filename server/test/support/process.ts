import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/blog-widgets-server.js', import.meta.url));

export interface ServiceProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** What it printed on stderr (its logs at warn and above). */
  readonly stderr: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * The real command line (`blog-widgets-server serve`) in its own process, on a free port; resolves
 * once it prints its URL. `config` is written to a file in `dir` and passed with --config.
 */
export async function startService(
  dir: string,
  config: Record<string, unknown>,
  name = 'service',
): Promise<ServiceProcess> {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify({ host: '127.0.0.1', port: 0, logLevel: 'warn', ...config }));
  const child = spawn(process.execPath, [BIN, 'serve', '--config', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 30 s:\n${err}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /BLOG_WIDGETS_SERVER_URL=(\S+)/.exec(out)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${err}`));
    });
  });
  return {
    child,
    url,
    stderr: () => err,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve(child.exitCode);
          return;
        }
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}

import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/*
 * A private PostgreSQL cluster for a test file: initdb in a temp dir, `postgres` on
 * 127.0.0.1 and a free port, trust authentication, removed afterwards. As root (this machine,
 * CI) the server runs as the `postgres` user (`runuser`), since PostgreSQL refuses root. It runs
 * under test/support/tied.sh, so it dies with the test process even after a SIGKILL.
 *
 * No binaries: a failure, unless there is no apt either (a machine that cannot install them),
 * where the tests skip with that reason. In CI (.ci/run installs postgresql) they must run.
 */

const TIED = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../test/support/tied.sh');
const isRoot = process.getuid?.() === 0;

/** The PostgreSQL server binaries: $PG_BIN, else the newest /usr/lib/postgresql/N/bin. */
function binaries(): string | undefined {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

const hasApt = (): boolean => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

/** Why the PostgreSQL tests cannot run here (skip), or undefined; throws when they must run but cannot. */
export function postgresUnavailable(): string | undefined {
  if (binaries()) return undefined;
  const ci = Boolean(process.env.CI && process.env.CI !== 'false');
  if (ci || hasApt()) {
    throw new Error(
      'PostgreSQL server binaries not found: apt-get install -y postgresql (.ci/run does), or set PG_BIN',
    );
  }
  return 'no PostgreSQL server binaries and no apt to install them';
}

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });

export interface Postgres {
  /** postgres://postgres@127.0.0.1:PORT/DB */
  readonly url: string;
  /** A new empty database on this cluster: its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<Postgres> {
  const bin = binaries();
  if (!bin) throw new Error('PostgreSQL server binaries not found');
  const dir = mkdtempSync(join(tmpdir(), 'bws-pg-'));
  const data = join(dir, 'data');
  const asOwner = (command: string, args: string[]): [string, string[]] =>
    isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const [initCmd, initArgs] = asOwner(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--no-sync',
    '--locale=C',
  ]);
  execFileSync(initCmd, initArgs, { stdio: 'ignore' });
  const port = await freePort();
  const [cmd, args] = asOwner(join(bin, 'postgres'), [
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'max_connections=200',
    '-c',
    'fsync=on',
  ]);
  const child: ChildProcess = spawn(TIED, [cmd, ...args], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  child.unref();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`PostgreSQL did not start: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`create database "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      const [stopCmd, stopArgs] = asOwner(join(bin, 'pg_ctl'), ['-D', data, 'stop', '-m', 'fast', '-w']);
      spawnSync(stopCmd, stopArgs, { stdio: 'ignore' });
      child.stdin?.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

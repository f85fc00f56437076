import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase, type OpenedDb } from './db.js';
import { migrate } from './migrations.js';
import { dataCommand } from './cli-data.js';
import { moderateCommand } from './cli-moderate.js';
import { startServer } from './server.js';

export const USAGE = `blog-widgets-server — comments and likes for any site

  blog-widgets-server [serve]             run the service (the default)
  blog-widgets-server migrate             bring the database schema up to date and exit
  blog-widgets-server moderate list [--status pending|approved|spam|deleted|all] [--site ID] [--limit N] [--json]
  blog-widgets-server moderate approve|spam|delete ID…
  blog-widgets-server moderate ban|unban (--email ADDRESS | --ip ADDRESS) [--reason TEXT]
  blog-widgets-server moderate bans
  blog-widgets-server moderate close|open --post ID|URL [--site ID]
  blog-widgets-server import wxr|disqus|json FILE [--site ID]
  blog-widgets-server export [--out FILE]
  blog-widgets-server gdpr export|delete EMAIL

Options (every command):
  --config FILE     JSON configuration file (also BLOG_WIDGETS_CONFIG)
  --db URL          SQLite file (default .data/blog-widgets.db) or postgres://user:pass@host/db (BLOG_WIDGETS_DB)
  --host HOST       address to listen on (default 127.0.0.1; BLOG_WIDGETS_HOST)
  --port N          port (default 8787; 0 picks a free one; BLOG_WIDGETS_PORT)
  --origin URL      a site origin allowed to use the service; repeatable (BLOG_WIDGETS_ORIGINS, comma-separated)
  --hold POLICY     hold guest comments for moderation: first-time (default), all, none (BLOG_WIDGETS_HOLD)
  --log-level L     fatal, error, warn, info (default), debug (BLOG_WIDGETS_LOG_LEVEL)
`;

const options = {
  config: { type: 'string' },
  db: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  origin: { type: 'string', multiple: true },
  hold: { type: 'string' },
  'log-level': { type: 'string' },
  status: { type: 'string' },
  site: { type: 'string' },
  post: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
  email: { type: 'string' },
  ip: { type: 'string' },
  reason: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

export type Flags = ReturnType<typeof parse>['values'];

const parse = (argv: string[]) => parseArgs({ args: argv, options, allowPositionals: true, strict: true });

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Flags that configure the service, in the shape of the config file. */
function configFlags(values: Flags): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (values.db) out.db = values.db;
  if (values.host) out.host = values.host;
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!Number.isInteger(port)) throw new UsageError(`--port: "${values.port}" is not a number`);
    out.port = port;
  }
  if (values.origin?.length) out.sites = [{ origins: values.origin }];
  if (values.hold) out.moderation = { hold: values.hold };
  if (values['log-level']) out.logLevel = values['log-level'];
  return out;
}

/** Opens and migrates the database for a one-off command; closes it afterwards. */
export async function withDatabase<T>(config: Config, work: (database: OpenedDb) => Promise<T>): Promise<T> {
  const database = openDatabase(config.db, { sqliteSynchronous: config.sqliteSynchronous });
  try {
    await migrate(database.db);
    return await work(database);
  } finally {
    await database.db.destroy();
  }
}

async function serve(config: Config): Promise<number> {
  const server = await startServer(config);
  if (!config.sites.length) {
    server.app.log.warn('no sites configured: browsers will be refused. Add --origin https://your.site');
  }
  // Lines other processes (scripts/start.mjs, tests) wait for.
  process.stdout.write(`BLOG_WIDGETS_SERVER_URL=${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      server.app.log.info({ signal }, 'shutting down');
      void server.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

/** Runs the command line; resolves with the exit code. */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  try {
    const { values, positionals } = parse(argv);
    if (values.help) {
      out.write(USAGE);
      return 0;
    }
    const [command = 'serve', ...rest] = positionals;
    const config = loadConfig({ file: values.config, flags: configFlags(values) });
    switch (command) {
      case 'serve':
        return await serve(config);
      case 'migrate':
        return await withDatabase(config, async ({ where }) => {
          out.write(`migrated ${where}\n`);
          return 0;
        });
      case 'moderate':
        return await withDatabase(config, (database) => moderateCommand(database, config, rest, values, out));
      case 'import':
      case 'export':
      case 'gdpr':
        return await withDatabase(config, (database) => dataCommand(database, config, command, rest, values, out));
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`blog-widgets-server: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`blog-widgets-server: configuration: ${error.message}\n`);
      return 2;
    }
    // The message says what is wrong with the input; BLOG_WIDGETS_DEBUG=1 shows where.
    const detail = process.env.BLOG_WIDGETS_DEBUG ? (error as Error).stack : (error as Error).message;
    process.stderr.write(`blog-widgets-server: ${detail ?? String(error)}\n`);
    return 1;
  }
}

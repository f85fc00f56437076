import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import { defaults, type Config } from '../../src/config.js';
import { openDatabase, type OpenedDb } from '../../src/db.js';
import { migrate } from '../../src/migrations.js';

/** A page origin the test service allows, and one it does not. */
export const SITE_ORIGIN = 'https://blog.example';
export const OTHER_ORIGIN = 'https://evil.example';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** The defaults with a test site, quiet logs, and `patch` on top (objects merged one level deep). */
export function testConfig(patch: DeepPartial<Config> = {}): Config {
  const base: Config = {
    ...defaults,
    db: ':memory:',
    logLevel: 'silent',
    sites: [{ id: 'blog', origins: [SITE_ORIGIN, 'http://localhost:*'] }],
  };
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = (base as unknown as Record<string, unknown>)[key];
    const isObject = (v: unknown): v is Record<string, unknown> =>
      typeof v === 'object' && v !== null && !Array.isArray(v);
    out[key] = isObject(value) && isObject(current) ? { ...current, ...value } : value;
  }
  return out as unknown as Config;
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: OpenedDb;
  readonly config: Config;
  /** A request from a page on the test site (its Origin header), JSON in and out. */
  request(options: InjectOptions & { origin?: string | null; token?: string }): Promise<LightMyRequestResponse>;
  /** A fresh guest token. */
  guest(ip?: string): Promise<string>;
  close(): Promise<void>;
}

/** The app on a migrated database (in-memory SQLite unless `config.db` says otherwise), not listening. */
export async function testApp(patch: DeepPartial<Config> = {}): Promise<TestApp> {
  const config = testConfig(patch);
  const database = openDatabase(config.db, { sqliteSynchronous: 'NORMAL' });
  await migrate(database.db);
  const app = await buildApp(database, config);
  const request: TestApp['request'] = ({ origin = SITE_ORIGIN, token, headers, ...options }) =>
    app.inject({
      ...options,
      headers: {
        ...(origin ? { origin } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
    });
  return {
    app,
    database,
    config,
    request,
    async guest(ip = '127.0.0.1') {
      const response = await app.inject({ method: 'POST', url: '/api/v1/session/guest', remoteAddress: ip });
      if (response.statusCode !== 201) throw new Error(`guest token: ${response.statusCode} ${response.body}`);
      return response.json<{ token: string }>().token;
    },
    async close() {
      await app.close();
      await database.db.destroy();
    },
  };
}

/** A valid guest comment on post `her`, with `patch` on top. */
export const comment = (patch: Record<string, unknown> = {}): Record<string, unknown> => ({
  post: 'her',
  name: 'Marcus Webb',
  email: 'marcus@example.com',
  website: 'https://marcus.example',
  content: 'Saw it last night.',
  ...patch,
});

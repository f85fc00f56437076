import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { resolveAuth } from '../../src/auth/config.js';
import type { Config } from '../../src/config.js';
import { openDatabase, type OpenedDb } from '../../src/db.js';
import { migrate } from '../../src/migrations.js';
import { postedMessage, type Popup, type Step } from './popup.js';
import { testConfig, SITE_ORIGIN } from './app.js';

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

export interface LiveService {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly database: OpenedDb;
  readonly config: Config;
  close(): Promise<void>;
}

/**
 * The service listening on 127.0.0.1:`port` (real HTTP: providers redirect browsers to it), with
 * the `auth` section given (resolved as loadConfig would) and the test site.
 */
export async function liveService(
  port: number,
  auth: Record<string, unknown>,
  patch: Parameters<typeof testConfig>[0] = {},
): Promise<LiveService> {
  const config = { ...testConfig(patch), host: '127.0.0.1', port, auth: resolveAuth(auth, {}) };
  const database = openDatabase(config.db, { sqliteSynchronous: 'NORMAL' });
  await migrate(database.db);
  const app = await buildApp(database, config);
  await app.listen({ host: '127.0.0.1', port });
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.db.destroy();
    },
  };
}

/** The start address of a sign-in as the widget opens it. */
export function startUrl(service: string, provider: string, params: Record<string, string> = {}): string {
  const url = new URL(`/auth/${provider}/start`, service);
  url.search = new URLSearchParams({ origin: SITE_ORIGIN, request: 'req-0123456789', ...params }).toString();
  return url.href;
}

/** Walks a whole sign-in in `popup`; resolves with the last page and the message it posts. */
export async function signIn(
  popup: Popup,
  url: string,
): Promise<{ step: Step; posted: ReturnType<typeof postedMessage> }> {
  const step = await popup.follow(url);
  return { step, posted: postedMessage(step.body) };
}

import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { openDatabase, type OpenedDb } from './db.js';
import { migrate } from './migrations.js';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly database: OpenedDb;
  /** http://host:port */
  readonly url: string;
  close(): Promise<void>;
}

/** Opens the database, migrates it, and listens. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = openDatabase(config.db, { sqliteSynchronous: config.sqliteSynchronous, poolSize: config.poolSize });
  try {
    await migrate(database.db);
  } catch (error) {
    await database.db.destroy();
    throw error;
  }
  const app = await buildApp(database, config);
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close();
    await database.db.destroy();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  app.log.info(
    {
      url,
      db: database.where,
      engine: database.engine,
      sites: config.sites.map((s) => ({ id: s.id, origins: s.origins })),
    },
    'blog-widgets-server listening',
  );
  let closing: Promise<void> | undefined;
  return {
    app,
    database,
    url,
    close: () =>
      (closing ??= (async () => {
        // In-flight requests get 5 s to finish; then connections still open are cut, so a browser
        // holding one (seen under load in the demo's end-to-end test: a stop waited 30 minutes)
        // cannot keep the process from exiting.
        const cut = setTimeout(() => app.server.closeAllConnections(), 5000);
        cut.unref();
        await app.close();
        clearTimeout(cut);
        await database.db.destroy();
      })()),
  };
}

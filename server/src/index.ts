/** The companion service as a library: start it, build its app, open and migrate its database. */
export { buildApp } from './app.js';
export { defaults, loadConfig, type Config, type SiteConfig } from './config.js';
export { openDatabase, type OpenedDb } from './db.js';
export { migrate } from './migrations.js';
export { startServer, type RunningServer } from './server.js';

#!/usr/bin/env node
// `npm start`: the demo page with real comments and likes.
//   1. the companion service (server/) on SQLite, `.data/demo.db` (git-ignored): seeded on the
//      first start with the seed post's conversation (demo/service-seed.json), so what readers
//      post and like there survives restarts;
//   2. a real OpenID Connect provider on 127.0.0.1 (scripts/demo-idp.mjs: the `oidc-provider`
//      package) with two demo people, configured as the service's "Demo ID" sign-in provider, so
//      a newcomer can sign in, comment and like as a person with no account anywhere;
//   3. Vite serving demo/, told the service's URL (BLOG_WIDGETS_SERVICE_URL), which
//      vite.config.ts writes into the page's comments and likes (`source="…"`): no port is
//      hard-coded, both take the next free one when theirs is taken.
// Arguments go to Vite (`npm start -- --open`). BLOG_WIDGETS_DATA_DIR moves the data folder;
// BLOG_WIDGETS_DEMO_PORT asks for another page port than 5173 (the end-to-end test does).
// Ctrl-C stops both. Moderate what readers post with
//   npx blog-widgets-server moderate list --db .data/demo.db
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoIdp } from './demo-idp.mjs';
import { startService } from './service.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, process.env.BLOG_WIDGETS_DATA_DIR || '.data');
const BIN = join(ROOT, 'server/bin/blog-widgets-server.js');
const DB = join(DATA, 'demo.db');

/** `preferred` when it is free on 127.0.0.1, else any free port. */
const port = (preferred) =>
  new Promise((res) => {
    const server = createServer();
    server.once('error', () => res(port(0)));
    server.listen(preferred, '127.0.0.1', () => {
      const { port: found } = server.address();
      server.close(() => res(found));
    });
  });

mkdirSync(DATA, { recursive: true });
if (!existsSync(DB)) {
  console.log(`[start] first start: seeding ${relative(ROOT, DB)} with the demo post's comments`);
  execFileSync(process.execPath, [BIN, 'import', 'json', join(ROOT, 'demo/service-seed.json'), '--db', DB], {
    stdio: 'inherit',
  });
}

const vitePort = await port(Number(process.env.BLOG_WIDGETS_DEMO_PORT) || 5173);
const servicePort = await port(8787);
const serviceUrl = `http://127.0.0.1:${servicePort}`;
// The demo provider's client: a fresh secret each start, the service's callback registered.
const client = { clientId: 'blog-widgets-demo', clientSecret: randomBytes(24).toString('base64url') };
const idp = await startDemoIdp({
  port: await port(process.env.BLOG_WIDGETS_IDP_PORT ? Number(process.env.BLOG_WIDGETS_IDP_PORT) : 9100),
  clients: [{ ...client, redirectUris: [`${serviceUrl}/auth/demo/callback`] }],
});
console.log(`[start] demo OpenID provider: ${idp.issuer} (people: ${idp.users.map((u) => u.name).join(', ')})`);
const service = await startService({
  dir: DATA,
  name: 'demo',
  config: {
    db: DB,
    port: servicePort,
    sites: [{ id: 'demo', origins: [`http://127.0.0.1:${vitePort}`, `http://localhost:${vitePort}`] }],
    auth: {
      publicUrl: serviceUrl,
      providers: [{ id: 'demo', preset: 'oidc', name: 'Demo ID', issuer: idp.issuer, ...client }],
    },
  },
});
console.log(`[start] companion service: ${service.url} (SQLite ${relative(ROOT, DB)})`);

const vite = spawn(
  process.execPath,
  [
    join(ROOT, 'node_modules/vite/bin/vite.js'),
    '--config',
    'vite.config.ts',
    '--port',
    String(vitePort),
    '--strictPort',
    ...process.argv.slice(2),
  ],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, BLOG_WIDGETS_SERVICE_URL: service.url } },
);

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (vite.exitCode === null && vite.signalCode === null) vite.kill('SIGTERM');
  await service.stop();
  await idp.stop();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop(0));
vite.on('exit', (code) => void stop(code ?? 0));
service.child.on('exit', (code) => {
  if (stopping) return;
  console.error(`[start] the companion service stopped (${code}); stopping the demo`);
  void stop(1);
});

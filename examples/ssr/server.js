// @ts-check
/**
 * Serves the page rendered by Lit SSR (declarative shadow DOM) and the client bundle that
 * hydrates it (`npm run build` first). `npm start` → http://127.0.0.1:3000/.
 */
import { render } from '@lit-labs/ssr';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { page } from './src/page.js';

const DIST = resolve(fileURLToPath(new URL('.', import.meta.url)), 'dist');
const TYPES = { '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** The request handler: `/` is rendered, `/assets/…` comes from dist/. */
export function handler(
  /** @type {import('node:http').IncomingMessage} */ req,
  /** @type {import('node:http').ServerResponse} */ res,
) {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/' || pathname === '/index.html') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    const origin = `http://${req.headers.host ?? 'localhost'}`;
    new RenderResultReadable(render(page({ client: './assets/client.js', origin }))).pipe(res);
    return;
  }
  if (pathname === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  const file = normalize(join(DIST, decodeURIComponent(pathname)));
  if (!file.startsWith(`${DIST}/`)) {
    res.writeHead(404).end();
    return;
  }
  stat(file).then(
    (info) => {
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, {
        'Content-Type': TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream',
      });
      createReadStream(file).pipe(res);
    },
    () => res.writeHead(404).end('Not found'),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = createServer(handler);
  // PORT=0 picks a free port (the tests do); the first line printed is the address.
  server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
    const address = server.address();
    console.log(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : ''}/`);
  });
}

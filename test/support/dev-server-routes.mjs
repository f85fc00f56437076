// Extra routes on the @web/test-runner dev server (Koa middleware), so browser tests get
// captured WordPress responses and canned HTTP answers from their own origin (no CORS):
//
//   GET /fixtures/<path>           a file under ../shared/fixtures, e.g.
//                                  fetch('/fixtures/wordpress/post.json')
//   POST /__wp-peer/anon-comments/on|off
//                                  switches anonymous REST comments of the live peer on or off
//                                  (`wp-peer.sh anon-comments`): browser tests cannot run a shell.
//                                  Test-only: answers loopback clients only, 503 without a peer.
//   POST /__wp-peer/lock?owner=<k> answers once the live peer is free for owner k (the three
//   POST /__wp-peer/unlock?owner=<k>  browsers run side by side: a test file that changes the
//                                  peer's settings, or needs them as seeded, holds it meanwhile).
//                                  A lock not released within 3 minutes (a crashed browser) lapses.
//   GET /__env.json                { ci, wpPeer: {url, rest, postId, authorId, …} | null,
//                                    wpPeerRequired, wpPeerSkipReason, service: {url} | null } — built from
//                                  the WP_PEER_* env that scripts/test.mjs sets after starting
//                                  ../shared/tools/wp-peer.sh, and BLOG_WIDGETS_SERVICE_URL (the
//                                  companion service web-test-runner.config.js starts)
//   ANY /__mock/status/<NNN>       status NNN, a WordPress-style JSON error body
//                                  ({code:'mock_status_NNN', message, data:{status}})
//   ANY /__mock/json?body=<json>   echoes body (URL-encoded) as application/json; default {}
//   ANY /__mock/html               200 text/html (a login page / captive portal instead of JSON)
//   ANY /__mock/slow?ms=<N>        answers {"slow":true,"ms":N} after N ms
//   ANY /__mock/fixture/<name>.json  ../shared/fixtures/wordpress/<name>.json
//   ANY /__mock/echo               {method, path, query, headers, body} of the request (POSTs)
//   ANY /__mock/drop               closes the socket without an answer (fetch rejects: offline)
//   GET /__mock/signed/<path>      dist/<path>, as a CDN with signed links serves it: the entry
//                                  (blog-widgets.js) only with ?token=…, 403 without; chunks freely
//   GET /__mock/gravatar/<hash>    the Gravatar stand-in of every test page (see testRunnerHtml):
//                                  a picture for liah@example.com, 404 for any other hash
//   ANY /__mock/sequence?key=<k>&steps=<json>
//                                  a server whose answers change: request n under key k gets
//                                  steps[n] (the last one repeats), each step
//                                  { status?, body?, type?, delay?, headers? } (body: text, or JSON
//                                  of anything else). A timeout then a "duplicate", a failure then
//                                  success. GET /__mock/sequence-count?key=<k> → { count } of
//                                  requests that arrived (POSTs that sent twice show here).
//
//   POST /__service/moderate?action=approve|spam|delete&ids=1,2
//                                  a moderator acting on the companion service of this run: the
//                                  real `blog-widgets-server moderate …` on its database
//                                  (BLOG_WIDGETS_SERVICE_CONFIG); answers {code, out}
//
// Every /__mock/ route also takes: status=<NNN> · delay=<ms> · body=<text> · type=<mime>;
// and any query parameter whose name starts with an upper-case letter becomes a response
// header, e.g. /__mock/fixture/comments.json?X-WP-Total=12&X-WP-TotalPages=2&Link=<…>
// or /__mock/status/429?Retry-After=3. Mock answers are never cached (Cache-Control: no-store).
// wtr lists every 404 a test page receives under "🚧 404 network requests" (wtr's own
// middleware runs before this one); for /__mock/status/404 that is expected, not a failure.
// Build such URLs from TypeScript with mockUrl() from test/support/env.ts.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { WP_PEER_SH } from '../e2e/wp-peer.mjs';

const SERVICE_BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../server/bin/blog-widgets-server.js');

const TYPES = {
  '.json': 'application/json; charset=UTF-8',
  '.txt': 'text/plain; charset=UTF-8',
  '.html': 'text/html; charset=UTF-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};
const HTML_PAGE =
  '<!doctype html><html lang="en"><head><title>Log In</title></head>' +
  '<body><h1>Log In</h1><p>This is HTML, not the JSON you asked for.</p></body></html>';
/** SHA-256 of liah@example.com: the one hash with a picture on the Gravatar stand-in. */
const LIAH_GRAVATAR = 'c2ffd55df16d95790ceaabe605e6759c6bb01efb40af69a4ef10dd83e778f267';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A file inside `dir` (never outside it: `..` is refused), or null. */
async function readInside(dir, rel) {
  const file = resolve(dir, rel);
  if (!file.startsWith(dir + sep)) return null;
  try {
    return { data: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

function readBody(req) {
  return new Promise((res, rej) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => res(Buffer.concat(chunks).toString('utf8')));
    req.on('error', rej);
  });
}

/** WP_PEER_POST_ID=4 -> { postId: 4 }; numbers become numbers, quotes are stripped. */
export function wpPeerFromEnv(env = process.env) {
  if (!env.WP_PEER_URL) return null;
  const peer = {};
  for (const [k, v] of Object.entries(env)) {
    if (!k.startsWith('WP_PEER_') || v === undefined) continue;
    const key = k
      .slice(8)
      .toLowerCase()
      .replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
    const val = v.replace(/^'(.*)'$/, '$1');
    peer[key] = /^\d+$/.test(val) ? Number(val) : val;
  }
  // Not part of the peer's data; these configure scripts/test.mjs.
  delete peer.skipReason;
  delete peer.required;
  return peer;
}

/** A lock with a queue, held by one owner (a string) at a time; a hold lapses after `lapse` ms. */
function createLock(lapse) {
  let owner = null;
  let timer;
  const waiting = [];
  const grant = (next) => {
    owner = next;
    clearTimeout(timer);
    if (next) timer = setTimeout(() => release(next), lapse);
  };
  const release = (who) => {
    if (owner !== who) return false;
    const next = waiting.shift();
    grant(next?.owner ?? null);
    next?.resolve(true);
    return true;
  };
  const acquire = (who) => {
    if (owner === null || owner === who) {
      grant(who);
      return Promise.resolve(true);
    }
    return new Promise((resolve) => waiting.push({ owner: who, resolve }));
  };
  return { acquire, release };
}

/** @param {{ fixturesDir: string }} options  absolute path of ../shared/fixtures */
export function devServerRoutes({ fixturesDir }) {
  const wordpressDir = resolve(fixturesDir, 'wordpress');
  const distDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist');
  /** Requests seen per /__mock/sequence key. */
  const sequences = new Map();
  const peerLock = createLock(180_000);

  return async function routes(ctx, next) {
    const url = new URL(ctx.url, 'http://dev-server');
    const path = decodeURIComponent(url.pathname);

    if (path.startsWith('/__mock/signed/')) {
      const rel = path.slice('/__mock/signed/'.length);
      const file = await readInside(distDir, rel);
      ctx.set('Cache-Control', 'no-store');
      if (!file) ctx.status = 404;
      else if (rel === 'blog-widgets.js' && !url.searchParams.has('token')) ctx.status = 403;
      else {
        ctx.type = extname(rel) === '.js' ? 'text/javascript' : file.type;
        ctx.body = file.data;
      }
      return;
    }

    if (path.startsWith('/fixtures/')) {
      const file = await readInside(fixturesDir, path.slice('/fixtures/'.length));
      if (!file) return next();
      ctx.type = file.type;
      ctx.body = file.data;
      return;
    }

    if (path === '/__mock/sequence-count') {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { count: sequences.get(url.searchParams.get('key') ?? '') ?? 0 };
      return;
    }

    if (path === '/__mock/sequence') {
      const key = url.searchParams.get('key') ?? '';
      const n = sequences.get(key) ?? 0;
      sequences.set(key, n + 1);
      const steps = JSON.parse(url.searchParams.get('steps') ?? '[{}]');
      const step = steps[Math.min(n, steps.length - 1)] ?? {};
      if (step.delay) await sleep(step.delay);
      for (const [name, value] of Object.entries(step.headers ?? {})) ctx.set(name, String(value));
      ctx.set('Cache-Control', 'no-store');
      ctx.status = step.status ?? 200;
      ctx.type = step.type ?? 'application/json; charset=UTF-8';
      ctx.body = typeof step.body === 'string' ? step.body : JSON.stringify(step.body ?? {});
      return;
    }

    if (path === '/__wp-peer/lock' || path === '/__wp-peer/unlock') {
      ctx.set('Cache-Control', 'no-store');
      const owner = url.searchParams.get('owner');
      if (ctx.method !== 'POST' || !owner) ctx.status = 400;
      else if (path === '/__wp-peer/lock') ctx.body = { locked: await peerLock.acquire(owner) };
      else ctx.body = { released: peerLock.release(owner) };
      return;
    }

    if (path.startsWith('/__wp-peer/')) {
      ctx.set('Cache-Control', 'no-store');
      const state = /^\/__wp-peer\/anon-comments\/(on|off)$/.exec(path)?.[1];
      const peer = wpPeerFromEnv();
      const loopback = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(ctx.req.socket.remoteAddress);
      if (!state || ctx.method !== 'POST') ctx.status = 404;
      else if (!loopback) ctx.status = 403;
      else if (!peer) ctx.status = 503;
      else {
        const port = String(peer.port ?? new URL(peer.url).port);
        await promisify(execFile)('bash', [WP_PEER_SH, 'anon-comments', state, port]);
        ctx.body = { anonComments: state, port };
      }
      return;
    }

    if (path === '/__env.json') {
      const wpPeer = wpPeerFromEnv();
      const ci = Boolean(process.env.CI && process.env.CI !== 'false');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = {
        ci,
        wpPeer,
        // scripts/test.mjs says whether a missing peer is a failure (CI, apt available);
        // run by hand (`CI=true npx wtr`), CI alone decides.
        wpPeerRequired: process.env.WP_PEER_REQUIRED ? process.env.WP_PEER_REQUIRED === '1' : ci,
        wpPeerSkipReason: wpPeer
          ? null
          : (process.env.WP_PEER_SKIP_REASON ??
            'no WordPress peer: run `WP_PEER=1 npm test` (CI starts it automatically)'),
        service: process.env.BLOG_WIDGETS_SERVICE_URL ? { url: process.env.BLOG_WIDGETS_SERVICE_URL } : null,
      };
      return;
    }

    if (path === '/__service/moderate' && ctx.method === 'POST') {
      const action = url.searchParams.get('action') ?? '';
      const ids = (url.searchParams.get('ids') ?? '').split(',').filter((id) => /^\d+$/.test(id));
      const config = process.env.BLOG_WIDGETS_SERVICE_CONFIG;
      if (!['approve', 'spam', 'delete'].includes(action) || !ids.length || !config) {
        ctx.status = 400;
        ctx.body = { error: 'action=approve|spam|delete&ids=1,2, with the service of this run' };
        return;
      }
      ctx.body = await new Promise((res) =>
        execFile(process.execPath, [SERVICE_BIN, 'moderate', action, ...ids, '--config', config], (error, out, err) =>
          res({ code: error ? (error.code ?? 1) : 0, out: out + err }),
        ),
      );
      return;
    }

    if (!path.startsWith('/__mock/')) return next();

    const q = url.searchParams;
    const route = path.slice('/__mock/'.length);
    const delay = Number(q.get('delay') ?? 0) + (route === 'slow' ? Number(q.get('ms') ?? 0) : 0);
    if (delay > 0) await sleep(delay);

    let status = 200;
    let type = 'application/json; charset=UTF-8';
    let body;
    if (route.startsWith('status/')) {
      status = Number(route.slice('status/'.length));
      body = JSON.stringify({
        code: `mock_status_${status}`,
        message: `Mock response with status ${status}.`,
        data: { status },
      });
    } else if (route === 'json') {
      body = '{}';
    } else if (route === 'html') {
      type = 'text/html; charset=UTF-8';
      body = HTML_PAGE;
    } else if (route === 'slow') {
      body = JSON.stringify({ slow: true, ms: delay });
    } else if (route.startsWith('fixture/')) {
      const file = await readInside(wordpressDir, route.slice('fixture/'.length));
      if (!file) {
        status = 404;
        body = JSON.stringify({ code: 'mock_no_fixture', message: `No fixture ${route}`, data: { status } });
      } else {
        type = file.type;
        body = file.data;
      }
    } else if (route === 'echo') {
      body = JSON.stringify({
        method: ctx.method,
        path: url.pathname,
        query: Object.fromEntries(q),
        headers: ctx.headers,
        body: await readBody(ctx.req),
      });
    } else if (route.startsWith('gravatar/')) {
      // The Gravatar stand-in every test page names (web-test-runner.config.js: the
      // blog-widgets:gravatar meta), so no test asks gravatar.com: the SHA-256 of
      // liah@example.com has a picture, every other hash answers 404 as Gravatar does with d=404.
      const hash = route.slice('gravatar/'.length);
      if (hash === LIAH_GRAVATAR) {
        type = 'image/svg+xml';
        body =
          '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1" fill="teal"/></svg>';
      } else {
        status = 404;
        type = 'text/plain';
        body = 'no such Gravatar';
      }
    } else if (route === 'drop') {
      ctx.status = 204; // not sent; keeps wtr from listing the URL under "404 network requests"
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    } else {
      return next();
    }

    if (q.has('status')) status = Number(q.get('status'));
    if (q.has('body')) body = q.get('body');
    if (q.has('type')) type = q.get('type');
    for (const [name, value] of q) if (/^[A-Z]/.test(name)) ctx.set(name, value);
    ctx.set('Cache-Control', 'no-store');
    ctx.status = status;
    // 204/304 must not carry a body; Koa drops it, but keep the type out of it too.
    if (status !== 204 && status !== 304) {
      ctx.type = type;
      ctx.body = body;
    }
  };
}

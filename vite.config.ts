/**
 * One config for the demo server and both library builds.
 *
 * - `npm start` (scripts/start.mjs: the companion service, then `vite`): serves `demo/` on
 *   http://127.0.0.1:5173 (the next free port if taken), with a WordPress REST API stand-in
 *   answering from `demo/wordpress/*.json` and the page's conversation on the service
 *   (`demoService`, scripts/demo-service.mjs).
 * - `npm run build` (`vite build`): two builds, in this order (the first empties `dist/`):
 *   1. `dist/blog-widgets.js` — the script-tag bundle: every element with Lit inside, one minified
 *      ES module. Locales other than English and lazily loaded helpers (the HTML sanitizer, data
 *      sources) stay small files in `dist/chunks/`, imported with URLs relative to the bundle, so
 *      a page still pastes one tag and pays only for what it shows. `dist/blog-widgets.css` (the
 *      pre-upgrade stylesheet) is copied next to it.
 *   2. `dist/esm/` — one readable ES module per source module with `lit` external, for bundlers.
 *   Declarations (`dist/types/`) come from `tsc -p tsconfig.build.json` afterwards.
 */
import { readFile, readdir } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { demoService } from './scripts/demo-service.mjs';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const src = (file: string): string => resolve(root, 'src', file);

/** `src/blog-<tag>.ts` files: one registering entry per element, plus `blog-widgets.ts`. */
const registeringEntries = async (): Promise<Record<string, string>> => {
  const files = (await readdir(resolve(root, 'src'))).filter((f) => /^blog-[a-z-]+\.ts$/.test(f)).sort();
  return Object.fromEntries(files.map((f) => [f.replace(/\.ts$/, ''), src(f)]));
};

const isLit = (id: string): boolean => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

/** Copies the pre-upgrade stylesheet `src/blog-widgets.css` to `dist/blog-widgets.css`. */
function preUpgradeStylesheet(): Plugin {
  return {
    name: 'blog-widgets:pre-upgrade-css',
    apply: 'build',
    async generateBundle() {
      if (this.environment.name !== 'client') return; // the script-tag build only
      this.emitFile({
        type: 'asset',
        fileName: 'blog-widgets.css',
        source: await readFile(src('blog-widgets.css'), 'utf8'),
      });
    },
  };
}

/** The package a bundled module file belongs to (`@lit/reactive-element`, `lit-html`), if any. */
const packageOf = (id: string): string | undefined =>
  /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id)?.[1]?.replace('\\', '/');

/**
 * The script-tag bundle carries Lit inside, and Lit's BSD-3-Clause licence asks that its notice
 * travel with the code. The minifier drops licence comments, so: `dist/LICENSES.txt` holds the
 * licence of this package and of every package bundled into `dist/`, and each file that contains
 * such code starts with a one-line pointer to it (what webpack does by default; the full texts
 * inline would cost each page ~0.2 KB gzip).
 */
function bundledLicenses(): Plugin {
  const banner = '/*! Lit (c) Google LLC, BSD-3-Clause; blog-widgets, MIT: see LICENSES.txt */';
  return {
    name: 'blog-widgets:bundled-licenses',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    async generateBundle(_options, bundle) {
      const packages = new Set<string>();
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const bundled = file.moduleIds.map(packageOf).filter((name) => name !== undefined);
        for (const name of bundled) packages.add(name);
        if (!bundled.length) continue;
        // After minifying (which drops comments), so the pointer stays; the source map moves
        // down the one line it takes.
        file.code = `${banner}\n${file.code}`;
        if (file.map) file.map.mappings = `;${file.map.mappings}`;
        const map = bundle[`${file.fileName}.map`];
        if (map?.type === 'asset') {
          const json = JSON.parse(String(map.source)) as { mappings: string };
          map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
        }
      }
      const sections = [`blog-widgets\n\n${await readFile(resolve(root, 'LICENSE'), 'utf8')}`];
      for (const name of [...packages].sort()) {
        const dir = resolve(root, 'node_modules', name);
        const file = (await readdir(dir)).find((entry) => /^licen[cs]e(\.md|\.txt)?$/i.test(entry));
        if (!file) throw new Error(`blog-widgets:bundled-licenses: ${name} is bundled but has no LICENSE file`);
        sections.push(`${name}\n\n${await readFile(join(dir, file), 'utf8')}`);
      }
      this.emitFile({
        type: 'asset',
        fileName: 'LICENSES.txt',
        source: `Licences of the code in this directory.\n\n${sections.join(`\n${'-'.repeat(72)}\n\n`)}`,
      });
    },
  };
}

/**
 * Fails the script-tag build when an element's registration was tree-shaken away. `define()` in
 * `src/blog-<tag>.ts` is a side effect; if package.json `sideEffects` stops listing those files,
 * the bundler drops the calls and the bundle defines nothing, silently. This makes it loud.
 */
function registrationGuard(): Plugin {
  return {
    name: 'blog-widgets:registration-guard',
    apply: 'build',
    async generateBundle(_options, bundle) {
      if (this.environment.name !== 'client') return;
      // The entry holds the code of its static imports (see `preserveEntrySignatures`).
      const code = (name: string | undefined, seen = new Set<string>()): string => {
        const chunk = name === undefined ? undefined : bundle[name];
        if (chunk?.type !== 'chunk' || seen.has(chunk.fileName)) return '';
        seen.add(chunk.fileName);
        return chunk.code + chunk.imports.map((file) => code(file, seen)).join('');
      };
      const entry = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
      const eager = code(entry?.fileName);
      const tags = Object.keys(await registeringEntries()).filter((tag) => tag !== 'blog-widgets');
      // Minified, `define('blog-x', BlogX)` reads `Sn(`blog-x`,X)`: a call with the tag first.
      const missing = tags.filter((tag) => !new RegExp(`\\(\\s*[\`'"]${tag}[\`'"]\\s*,`).test(eager));
      if (missing.length) {
        this.error(
          `dist/blog-widgets.js does not register ${missing.map((t) => `<${t}>`).join(', ')}: ` +
            'is ./src/blog-*.ts still listed in package.json "sideEffects"?',
        );
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The WordPress REST API stand-in for the demo.

/** WordPress' own 404 bodies for a single item of each collection. */
const NOT_FOUND: Record<string, { code: string; message: string }> = {
  posts: { code: 'rest_post_invalid_id', message: 'Invalid post ID.' },
  pages: { code: 'rest_post_invalid_id', message: 'Invalid post ID.' },
  media: { code: 'rest_post_invalid_id', message: 'Invalid post ID.' },
  users: { code: 'rest_user_invalid_id', message: 'Invalid user ID.' },
  comments: { code: 'rest_comment_invalid_id', message: 'Invalid comment ID.' },
  categories: { code: 'rest_term_invalid', message: 'Term does not exist.' },
  tags: { code: 'rest_term_invalid', message: 'Term does not exist.' },
};
const NO_ROUTE = { code: 'rest_no_route', message: 'No route was found matching the URL and request method.' };

/**
 * The REST route of a request, without the `wp/v2` namespace (`posts/4`), for both URL forms:
 * `/wp-json/wp/v2/posts/4?_embed` and `/?rest_route=/wp/v2/posts/4&_embed`. Undefined when the
 * request is not for the REST API at all (so Vite serves it).
 */
export function restRoute(url: URL): string | undefined {
  const query = url.searchParams.get('rest_route');
  const route =
    query !== null && /^\/(index\.php)?$/.test(url.pathname)
      ? query
      : url.pathname.startsWith('/wp-json/')
        ? url.pathname.slice('/wp-json'.length)
        : undefined;
  if (route === undefined) return undefined;
  return route.replace(/^\/+|\/+$/g, '').replace(/^wp\/v2(\/|$)/, '');
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=UTF-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-cache',
    ...headers,
  });
  res.end(text);
}

/**
 * Answers `GET /wp-json/wp/v2/<collection>[/<id>]` (and the `?rest_route=` form) from
 * `demo/wordpress/<collection>[-<id>].json`, the way WordPress does: CORS open to any origin,
 * `X-WP-Total`/`X-WP-TotalPages` (and `page`/`per_page` paging) on lists, WordPress' JSON error
 * shape on a miss. Other query parameters (`_embed`, `context`, `post`…) are ignored: the files
 * hold whatever the demo needs. Files are read on every request, so edits show on reload.
 */
export function wordpressDemo(dataDir = resolve(root, 'demo/wordpress')): Plugin {
  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'OPTIONS, GET, POST, PUT, PATCH, DELETE',
    'Access-Control-Allow-Headers': 'Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type',
    'Access-Control-Expose-Headers': 'X-WP-Total, X-WP-TotalPages, Link',
  };

  async function handle(req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = restRoute(url);
    if (route === undefined) {
      next();
      return;
    }

    // `_delay=<ms>` answers late, `_delay=never` never: the demo's loading states.
    const delay = url.searchParams.get('_delay');
    if (delay === 'never') return;
    if (delay) await new Promise((done) => setTimeout(done, Math.min(Number(delay) || 0, 60_000)));

    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    const [collection = '', id, ...rest] = route.split('/');
    const valid = /^[a-z][a-z0-9_-]*$/.test(collection) && (id === undefined || /^\d+$/.test(id)) && !rest.length;
    if (!valid || (req.method !== 'GET' && req.method !== 'HEAD')) {
      sendJson(res, 404, { ...NO_ROUTE, data: { status: 404 } }, cors);
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(await readFile(join(dataDir, `${id ? `${collection}-${id}` : collection}.json`), 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const miss = id ? (NOT_FOUND[collection] ?? NO_ROUTE) : NO_ROUTE;
      sendJson(res, 404, { ...miss, data: { status: 404 } }, cors);
      return;
    }
    if (!Array.isArray(data)) {
      sendJson(res, 200, data, cors);
      return;
    }
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 10));
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
    const totalPages = Math.ceil(data.length / perPage);
    if (page > Math.max(1, totalPages)) {
      const message = 'The page number requested is larger than the number of pages available.';
      sendJson(res, 400, { code: 'rest_post_invalid_page_number', message, data: { status: 400 } }, cors);
      return;
    }
    sendJson(res, 200, data.slice((page - 1) * perPage, page * perPage), {
      ...cors,
      'X-WP-Total': String(data.length),
      'X-WP-TotalPages': String(totalPages),
    });
  }

  const middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void => {
    handle(req, res, next).catch(next);
  };
  return {
    name: 'blog-widgets:wordpress-demo',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}

// ---------------------------------------------------------------------------------------------

export default defineConfig(async ({ command }): Promise<UserConfig> => ({
  root: resolve(root, 'demo'),
  publicDir: command === 'serve' ? 'public' : false,
  plugins: [
    minifyTemplatesPlugin(),
    wordpressDemo(),
    demoService(),
    preUpgradeStylesheet(),
    registrationGuard(),
    bundledLicenses(),
  ],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    open: false,
    fs: { allow: [root] },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false, open: false },
  logLevel: 'info',

  // Shared by both builds. Everything else is per environment: top-level `build` options are
  // merged into every environment, and merged arrays concatenate (`lib.formats: ['es', 'es']`
  // would build the npm output twice).
  build: { copyPublicDir: false, sourcemap: true, target: 'es2022' },

  // Declared only when building: in `vite` (dev) the `esm` environment would start a second dev
  // environment for nothing.
  ...(command === 'build' && {
    environments: {
      // 1. The script-tag bundle.
      client: {
        build: {
          outDir: resolve(root, 'dist'),
          emptyOutDir: true,
          lib: {
            entry: { 'blog-widgets': src('cdn.ts') },
            formats: ['es'],
            fileName: () => 'blog-widgets.js',
          },
          rolldownOptions: {
            // Everything the entry imports statically stays in `blog-widgets.js` itself, which
            // also exports what its lazy chunks import from it. Under lib mode's 'strict' the
            // shared code went to a chunk of its own behind a two-line facade: one request more
            // before the first render (Lighthouse mobile: FCP 1.4 s → 1.2 s without it). A page
            // that loads the file as `blog-widgets.js?ver=3` still runs one copy: see
            // src/internal/one-copy.ts.
            preserveEntrySignatures: 'allow-extension',
            output: {
              // Lib mode's own `minify` keeps whitespace; this is the full minifier.
              minify: true,
              chunkFileNames: 'chunks/[name]-[hash].js',
              // /* @__PURE__ */ annotations help a bundler that tree-shakes this code further; nothing
              // does after this build, and 21 of them shipped in the first download.
              comments: { annotation: false, jsdoc: false },
            },
          },
        },
      },

      // 2. Per-module ES output for bundlers, `lit` left to the app.
      esm: {
        consumer: 'client',
        build: {
          outDir: resolve(root, 'dist/esm'),
          emptyOutDir: true,
          minify: false,
          lib: {
            entry: { index: src('index.ts'), ...(await registeringEntries()) },
            formats: ['es'],
          },
          rolldownOptions: {
            external: isLit,
            output: {
              preserveModules: true,
              preserveModulesRoot: resolve(root, 'src'),
              // Oxc's decorator helper would land in `_virtual/_@oxc-project_runtime@<version>/…`.
              entryFileNames: ({ name }) =>
                name.includes('oxc-project') ? `_helpers/${name.split('/').pop() ?? name}.js` : '[name].js',
              minify: false,
            },
          },
        },
      },
    },

    builder: {
      async buildApp(builder) {
        // Sequential: the first build empties dist/, the second writes dist/esm/ inside it.
        const { client, esm } = builder.environments;
        if (!client || !esm) throw new Error('vite.config.ts: missing build environment');
        await builder.build(client);
        await builder.build(esm);
      },
    },
  }),
}));

/**
 * The demo as a production site (minified, bundled, hashed), for Lighthouse (`npm run
 * lighthouse`): `vite build --config vite.demo.config.ts` writes `.lighthouse/demo/`, and
 * `vite preview --config vite.demo.config.ts` serves it with the same local WordPress REST
 * stand-in as `npm start`. With BLOG_WIDGETS_SERVICE_URL set at build time, the post page's
 * conversation is wired to that companion service, as in `npm start`.
 */
import { readFile, readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { demoService } from './scripts/demo-service.mjs';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';
import { wordpressDemo } from './vite.config.js';

const root = import.meta.dirname;

/** The demo's pictures are named in element attributes, which Vite does not follow: copy them. */
function demoImages(): Plugin {
  return {
    name: 'blog-widgets:demo-images',
    apply: 'build',
    async generateBundle() {
      const dir = resolve(root, 'demo/images');
      for (const name of await readdir(dir))
        this.emitFile({ type: 'asset', fileName: `images/${name}`, source: await readFile(resolve(dir, name)) });
      // A site's robots.txt (without one, preview answers its HTML page, which crawlers misread).
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: 'User-agent: *\nAllow: /\n' });
    },
    // What the README tells site owners: the featured image of a page's main article sits in a
    // shadow root, where the preload scanner cannot see it, so the page preloads it. Added here,
    // after Vite's URL rewriting, so it names the very URL the element's attribute does (Vite
    // would have copied a `<link>` in the HTML to a hashed asset: two downloads).
    transformIndexHtml(html) {
      const article = /<blog-article\b[^>]*\blayout="full"[^>]*>/.exec(html)?.[0];
      const image = article && /\bimage="([^"]+)"/.exec(article)?.[1];
      return image
        ? [
            {
              tag: 'link',
              attrs: { rel: 'preload', as: 'image', href: image, fetchpriority: 'high' },
              injectTo: 'head',
            },
          ]
        : [];
    },
  };
}

export default defineConfig({
  root: resolve(root, 'demo'),
  publicDir: false,
  plugins: [minifyTemplatesPlugin(), wordpressDemo(), demoService(), demoImages()],
  logLevel: 'warn',
  build: {
    outDir: resolve(root, '.lighthouse/demo'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: resolve(root, 'demo/index.html'),
        states: resolve(root, 'demo/states.html'),
        conversation: resolve(root, 'demo/conversation.html'),
      },
      output: { minify: true },
    },
  },
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});

// Bundles what `ngc` compiled (out-tsc/, templates already turned into code ahead of time) into
// dist/ with esbuild — the pieces `ng build` uses, without the Angular CLI:
//
// - Angular's own packages ship "partially compiled" (ɵɵngDeclare… calls); the Angular linker
//   (a Babel plugin in @angular/compiler-cli) finishes them, so no JIT compiler ships.
// - `ngDevMode` and friends are set to false, so the development checks drop out.
import { transformAsync } from '@babel/core';
import linker from '@angular/compiler-cli/linker/babel';
import { needsLinking } from '@angular/compiler-cli/linker';
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';

/** @type {import('esbuild').Plugin} */
const angularLinker = {
  name: 'angular-linker',
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/]@angular[\\/].*\.m?js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!needsLinking(path, source)) return { contents: source, loader: 'js' };
      const result = await transformAsync(source, {
        filename: path,
        plugins: [linker],
        babelrc: false,
        configFile: false,
        compact: false,
        sourceMaps: false,
      });
      return { contents: result?.code ?? source, loader: 'js' };
    });
  },
};

await rm('dist', { recursive: true, force: true });
await mkdir('dist');
await build({
  entryPoints: ['out-tsc/main.js'],
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  // The elements load some of their code on first use (import()): keep those as chunks.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  conditions: ['es2022', 'es2020'],
  mainFields: ['es2022', 'module', 'main'],
  define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false' },
  plugins: [angularLinker],
  logLevel: 'warning',
});
await copyFile('index.html', 'dist/index.html');

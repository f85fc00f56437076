#!/usr/bin/env node
/**
 * Fails when `VERSION` in src/internal/version.ts differs from package.json's `version`, or when
 * a CDN URL in README.md does not name that version.
 * The safe `define` compares versions to tell a duplicate load from a conflicting one, so the
 * string the bundle carries must be the one npm publishes.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));
const source = await readFile(resolve(root, 'src/internal/version.ts'), 'utf8');
const match = /export\s+const\s+VERSION\s*(?::\s*string\s*)?=\s*(['"`])([^'"`]+)\1/.exec(source);

if (!match) {
  console.error("✖ src/internal/version.ts has no `export const VERSION = 'x.y.z'` line.");
  process.exit(1);
}
if (match[2] !== pkg.version) {
  console.error(
    `✖ Version mismatch: src/internal/version.ts says ${match[2]}, package.json says ${pkg.version}.\n` +
      `  Set VERSION = '${pkg.version}' in src/internal/version.ts (or bump both together).`,
  );
  process.exit(1);
}
// The README's CDN URLs name the exact version: the bundle loads its lazy parts from beside
// itself, so an unpinned URL can mix two releases while a CDN's cache of "latest" turns over.
const readme = await readFile(resolve(root, 'README.md'), 'utf8');
const unpinned = [...readme.matchAll(/cdn\.jsdelivr\.net\/npm\/blog-widgets(@[^/\s]*)?\//g)].filter(
  (m) => m[1] !== `@${pkg.version}`,
);
if (unpinned.length > 0) {
  console.error(
    `✖ README.md has ${unpinned.length} CDN URL(s) not pinned to ${pkg.version}: ${unpinned.map((m) => m[0]).join(', ')}\n` +
      `  Write cdn.jsdelivr.net/npm/blog-widgets@${pkg.version}/….`,
  );
  process.exit(1);
}
console.log(`Version ${pkg.version}: package.json, src/internal/version.ts and the README's CDN URLs agree.`);

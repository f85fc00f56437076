#!/usr/bin/env node
/**
 * Fails when `VERSION` in src/internal/version.ts differs from package.json's `version`.
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
console.log(`Version ${pkg.version}: package.json and src/internal/version.ts agree.`);

#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark, each printing its table beside its budgets (DESIGN.md §7) and
 * writing JSON under bench/results/ (git-ignored). Each part runs to the end even when an earlier
 * one broke a budget; the exit code is non-zero when any did, and the last line names them.
 *   size    scripts/size.mjs      bytes of the script-tag bundle and of each element, vs Lit
 *   render  bench/render.mjs      1,000-comment thread vs its static HTML; 100,000 likers vs 10
 *   page    bench/page.mjs        per element and seed page: bytes fetched, first render, long
 *                                 tasks, heap, CLS while upgrading and loading
 *   server  bench/server.mjs      the companion service vs a real WordPress (when present)
 *   sign-in bench/sign-in.mjs     click → signed-in state on loopback (demo OpenID provider) vs a
 *                                 popup that posts back at once
 *   npm run bench -- page render  runs only those
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PARTS = {
  size: ['scripts/size.mjs', '--build'],
  render: ['bench/render.mjs'],
  page: ['bench/page.mjs'],
  server: ['--import', 'tsx', 'bench/server.mjs'],
  'sign-in': ['bench/sign-in.mjs'],
};
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(PARTS);
const broken = [];
const ran = [];
for (const name of wanted) {
  const part = PARTS[name];
  if (!part) throw new Error(`unknown benchmark "${name}" (${Object.keys(PARTS).join(', ')})`);
  if (
    !existsSync(
      join(
        ROOT,
        part.find((arg) => arg.endsWith('.mjs')),
      ),
    )
  )
    continue;
  ran.push(name);
  console.log(`\n=== ${name}: node ${part.join(' ')}`);
  const { status } = spawnSync(process.execPath, part, { cwd: ROOT, stdio: 'inherit' });
  if (status !== 0) broken.push(name);
}
console.log(
  `\nbench: ${ran.length - broken.length} of ${ran.length} within budget${broken.length ? `; over: ${broken.join(', ')}` : ''}`,
);
process.exit(broken.length ? 1 : 0);

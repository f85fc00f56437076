#!/usr/bin/env node
/**
 * `npm run manifest:check`: fails when a generated file is stale.
 *
 * 1. custom-elements.json: regenerated in memory with the analyzer and the project config
 *    (custom-elements-manifest.config.mjs), compared byte for byte with the committed file.
 * 2. README.md's API section: regenerated from custom-elements.json (scripts/readme-api.mjs).
 * 3. The editor and framework integrations generated from custom-elements.json
 *    (scripts/integrations.mjs): VS Code custom data and the React, Vue and Svelte types.
 *
 * The fix for any of them is `npm run analyze && npm run docs`.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { renderIntegrations } from './integrations.mjs';
import { renderReadme } from './readme-api.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIX =
  'Run `npm run analyze && npm run docs` and commit custom-elements.json, README.md, ' +
  'vscode.html-custom-data.json, vscode.css-custom-data.json and frameworks/.';

async function readOrEmpty(file) {
  try {
    return await readFile(resolve(root, file), 'utf8');
  } catch {
    return '';
  }
}

/** The first few lines where two texts differ, for the error message. */
function firstDifferences(committed, fresh, max = 8) {
  const a = committed.split('\n');
  const b = fresh.split('\n');
  const out = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < max; i++) {
    if (a[i] !== b[i])
      out.push(
        `  line ${i + 1}:\n    committed: ${a[i] ?? '(end of file)'}\n    generated: ${b[i] ?? '(end of file)'}`,
      );
  }
  return out.join('\n');
}

const problems = [];

// 1. The manifest, exactly as `cem analyze` would write it (see the analyzer's cli.js).
const fresh = await cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
const freshText = `${JSON.stringify(fresh, null, 2)}\n`;
const committedText = await readOrEmpty('custom-elements.json');
if (!committedText) {
  problems.push('custom-elements.json is missing.');
} else if (committedText !== freshText) {
  const tags = (manifest) =>
    manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
  let detail = firstDifferences(committedText, freshText);
  try {
    const before = new Set(tags(JSON.parse(committedText)));
    const after = new Set(tags(fresh));
    const added = [...after].filter((t) => !before.has(t));
    const removed = [...before].filter((t) => !after.has(t));
    if (added.length) detail = `  new elements: ${added.join(', ')}\n${detail}`;
    if (removed.length) detail = `  elements gone: ${removed.join(', ')}\n${detail}`;
  } catch {
    detail = '  the committed file is not valid JSON';
  }
  problems.push(`custom-elements.json is stale: the JSDoc in src/ says something else.\n${detail}`);
}

// 2. The README's API tables, from the committed manifest (so each problem is reported once).
if (committedText) {
  try {
    const readme = await readOrEmpty('README.md');
    if ((await renderReadme(readme, JSON.parse(committedText))) !== readme) {
      problems.push('README.md API section is stale: it does not match custom-elements.json.');
    }
  } catch (error) {
    problems.push(`README.md: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// 3. The integrations, from the committed manifest too.
if (committedText) {
  try {
    for (const [file, text] of Object.entries(await renderIntegrations(JSON.parse(committedText)))) {
      const committed = await readOrEmpty(file);
      if (committed !== text) {
        problems.push(
          committed
            ? `${file} is stale: it does not match custom-elements.json.\n${firstDifferences(committed, text, 4)}`
            : `${file} is missing.`,
        );
      }
    }
  } catch (error) {
    problems.push(`integrations: ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (problems.length) {
  console.error(`\n✖ manifest:check failed\n\n${problems.map((p) => `- ${p}`).join('\n\n')}\n\n${FIX}\n`);
  process.exit(1);
}
console.log('custom-elements.json, the README API section and the editor/framework integrations are up to date.');

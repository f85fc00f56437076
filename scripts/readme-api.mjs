#!/usr/bin/env node
/**
 * Writes the README's API section (between `<!-- api:start -->` and `<!-- api:end -->`) from
 * custom-elements.json: per element its attributes, properties, methods, events, slots, parts
 * and CSS custom properties, as tables. The block goes through Prettier, so `prettier --check`
 * and this script agree on every byte; the prose around the markers is never touched.
 *
 *   node scripts/readme-api.mjs           rewrite README.md
 *   node scripts/readme-api.mjs --check   exit 1 if README.md is not what it would write
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

/** Text for a table cell: one line, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
/** Inline code for a table cell (`''` shows as `''`, nothing as an empty cell). */
const code = (text) => (text === undefined || text === '' ? '' : `\`${cell(text).replace(/`/g, "'")}\``);
/** `string | undefined` → `string`: an unset optional property reads as its type. */
const typeOf = (item) => code(item.type?.text?.replace(/\s*\|\s*undefined\b/g, ''));

function table(headers, rows) {
  if (!rows.length) return [];
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

function section(title, headers, rows) {
  const lines = table(headers, rows);
  return lines.length ? [`#### ${title}`, '', ...lines] : [];
}

/** The npm specifier that registers a tag, from its `custom-element-definition` export. */
function importPathOf(manifest, tagName) {
  for (const module of manifest.modules) {
    for (const exported of module.exports ?? []) {
      if (exported.kind === 'custom-element-definition' && exported.name === tagName) {
        return module.path.replace(/^dist\/esm\//, 'blog-widgets/');
      }
    }
  }
  return undefined;
}

function elementDocs(manifest, element) {
  const members = element.members ?? [];
  const attributes = element.attributes ?? [];
  const fields = members.filter((m) => m.kind === 'field' && !m.static);
  const fieldsWithAttribute = new Set(attributes.map((a) => a.fieldName).filter(Boolean));
  const methods = members.filter((m) => m.kind === 'method' && !m.static);
  const importPath = importPathOf(manifest, element.tagName);
  const inherited = (item) => (item.inheritedFrom ? ` _(from ${item.inheritedFrom.name})_` : '');

  return [
    `### \`<${element.tagName}>\``,
    '',
    ...(element.summary || element.description ? [element.summary || element.description, ''] : []),
    ...(element.summary && element.description ? [element.description, ''] : []),
    ...(importPath ? ['```js', `import '${importPath}';`, '```', ''] : []),
    ...section(
      'Attributes',
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      attributes.map((a) => [
        code(a.name),
        code(a.fieldName),
        typeOf(a),
        code(a.default),
        cell(a.description) + inherited(a),
      ]),
    ),
    ...section(
      'Properties',
      ['Property', 'Type', 'Default', 'Description'],
      fields
        .filter((f) => !fieldsWithAttribute.has(f.name))
        .map((f) => [
          code(f.name) + (f.readonly ? ' (read-only)' : ''),
          typeOf(f),
          code(f.default),
          cell(f.description) + inherited(f),
        ]),
    ),
    ...section(
      'Methods',
      ['Method', 'Description'],
      methods.map((m) => {
        const params = (m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}`).join(', ');
        return [code(`${m.name}(${params})`), cell(m.description) + inherited(m)];
      }),
    ),
    ...section(
      'Events',
      ['Event', 'Type', 'Description'],
      (element.events ?? []).filter((e) => e.name).map((e) => [code(e.name), typeOf(e), cell(e.description)]),
    ),
    ...section(
      'Slots',
      ['Slot', 'Description'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
    ...section(
      'CSS parts',
      ['Part', 'Description'],
      (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    ...section(
      'CSS custom properties',
      ['Property', 'Default', 'Description'],
      (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
  ];
}

/** The generated markdown between the markers (without them). */
export function apiMarkdown(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  if (!elements.length) return '_No elements in custom-elements.json yet._';
  return [
    elements.map((e) => `- [\`<${e.tagName}>\`](#${e.tagName}) — ${cell(e.summary ?? e.description)}`).join('\n'),
    '',
    ...elements.flatMap((element) => elementDocs(manifest, element)),
  ].join('\n');
}

/**
 * README.md with the API section regenerated. Only the generated block goes through Prettier (the
 * prose around it is left alone), so `prettier --check README.md` agrees with it byte for byte.
 */
export async function renderReadme(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md needs the markers ${START} and ${END} (in that order) around the API section.`);
  }
  const readmePath = resolve(root, 'README.md');
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  const block = (await prettier.format(apiMarkdown(manifest), { ...options, filepath: readmePath })).trimEnd();
  return `${readme.slice(0, start + START.length)}\n\n${block}\n\n${readme.slice(end)}`;
}

async function main() {
  const check = process.argv.includes('--check');
  const readmePath = resolve(root, 'README.md');
  const manifest = JSON.parse(await readFile(resolve(root, 'custom-elements.json'), 'utf8'));
  const readme = await readFile(readmePath, 'utf8');
  const next = await renderReadme(readme, manifest);
  if (next === readme) {
    console.log('README.md API section is up to date.');
    return;
  }
  if (check) {
    console.error(
      '\n✖ README.md API section is stale: it does not match custom-elements.json.\n' +
        '  Run `npm run analyze && npm run docs` and commit README.md.\n',
    );
    process.exitCode = 1;
    return;
  }
  await writeFile(readmePath, next);
  console.log('README.md API section rewritten from custom-elements.json.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}

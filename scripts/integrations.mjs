#!/usr/bin/env node
/**
 * Editor and framework integrations, generated from custom-elements.json (`npm run analyze` runs
 * this after the analyzer; `npm run manifest:check` fails when a committed file is stale):
 *
 * - `vscode.html-custom-data.json`: tags, their attributes (with the values of union types) and
 *   descriptions, for VS Code's HTML completion (`html.customData`).
 * - `vscode.css-custom-data.json`: the `--blog-*` custom properties and `::part()` names
 *   (`css.customData`).
 * - `frameworks/react.d.ts`: `JSX.IntrinsicElements` for React 19 — each element's properties
 *   (React 19 sets them as properties) and `on<event-name>` handlers with the event's class.
 * - `frameworks/vue.d.ts`: `GlobalComponents` for vue-tsc — properties as props, events for `@event`.
 * - `frameworks/svelte.d.ts`: `SvelteHTMLElements` for svelte-check — properties and `on<event-name>`.
 *
 * The names (tags, properties, events, parts) and the prose come from the manifest. The types do
 * not repeat the manifest's text: each property is typed by indexed access on its class
 * (`BlogLikes['likes']`), so it is exactly what the class declares, and each event by the class
 * its `@fires` names, imported from the package entry (src/index.ts). The generic `BlogLoadEvent`
 * becomes the element's own `<Class>LoadEvent` (`BlogLikesLoadEvent`, whose `detail` is typed)
 * where the entry exports one. An event type the entry does not export is an error: users could
 * not name it either. The values of string-union attributes (`layout`: card | full | compact)
 * are read from the classes with the TypeScript checker, since the manifest only names aliases.
 *
 *   node scripts/integrations.mjs          write the files
 *   node scripts/integrations.mjs --check  exit 1 if a file is not what it would write
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = 'dist/esm/index.js';
/** Where the generated .d.ts files import the classes and event types from (relative to them). */
const TYPES = '../dist/types/index.js';
const HEADER = 'Generated from custom-elements.json by scripts/integrations.mjs (`npm run analyze`): do not edit.';

/** Every element in the manifest, by tag name. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The names the package entry exports (values and types). */
function entryExports(manifest) {
  const entry = manifest.modules.find((module) => module.path === ENTRY);
  if (!entry) throw new Error(`custom-elements.json has no module ${ENTRY}.`);
  return new Set((entry.exports ?? []).map((e) => e.name));
}

/** Public properties a page may set: instance fields that are not read-only. */
const settable = (element) =>
  (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && m.privacy !== 'private');

const oneLine = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
/** A JSDoc block (indented) for a generated declaration, or nothing. */
const jsdoc = (text, indent = '') => {
  const line = oneLine(text).replace(/\*\//g, '*\u2215');
  return line ? `${indent}/** ${line} */\n` : '';
};

/** The TypeScript type of an event of `element`, as the generated files name it. */
function eventType(element, event, exported) {
  const text = event.type?.text?.trim();
  if (!text) return 'Event';
  if (text === 'BlogLoadEvent' && exported.has(`${element.name}LoadEvent`)) return `BW.${element.name}LoadEvent`;
  if (exported.has(text)) return `BW.${text}`;
  if (/^(Custom)?Event$/.test(text)) return text;
  throw new Error(
    `<${element.tagName}> fires \`${event.name}\` as ${text}, which src/index.ts does not export: export the type ` +
      '(users need to name it too) or correct the @fires tag.',
  );
}

/** @type {import('typescript').Program | undefined} */
let program;

/**
 * The string-literal values of each attribute whose type is a union of them (through aliases),
 * per element class: `{ BlogArticle: { layout: ['card', 'full', 'compact'] } }`.
 */
function literalValues(elements) {
  const configFile = ts.readConfigFile(resolve(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
  // One program per process (the sources do not change while it runs): the tests call this twice.
  program ??= ts.createProgram([resolve(root, 'src/index.ts')], { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const entry = program.getSourceFile(resolve(root, 'src/index.ts'));
  const moduleSymbol = entry && checker.getSymbolAtLocation(entry);
  if (!moduleSymbol) throw new Error('TypeScript could not read src/index.ts.');
  const classes = new Map(
    checker.getExportsOfModule(moduleSymbol).map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return [symbol.name, target];
    }),
  );
  const out = {};
  for (const element of elements) {
    const symbol = classes.get(element.name);
    if (!symbol?.valueDeclaration) continue;
    const instance = checker.getDeclaredTypeOfSymbol(symbol);
    for (const attribute of element.attributes ?? []) {
      if (!attribute.fieldName) continue;
      const property = instance.getProperty(attribute.fieldName);
      if (!property) continue;
      const type = checker.getNonNullableType(checker.getTypeOfSymbol(property));
      const parts = type.isUnion() ? type.types : [type];
      if (parts.length > 1 && parts.every((t) => t.isStringLiteral())) {
        (out[element.name] ??= {})[attribute.fieldName] = parts.map((t) => t.value);
      }
    }
  }
  return out;
}

// ------------------------------------------------------------------ VS Code custom data

/** A description VS Code shows as Markdown (the custom data format's MarkupContent). */
const markdown = (lines) => ({ kind: 'markdown', value: lines.filter(Boolean).join('\n\n') });
const codeList = (items) => items.map((item) => `\`${item}\``).join(', ');

function htmlCustomData(elements, values) {
  return {
    version: 1.1,
    tags: elements.map((element) => {
      const events = (element.events ?? []).map((e) => e.name).filter(Boolean);
      const slots = (element.slots ?? []).map((slot) => slot.name || '(default)');
      return {
        name: element.tagName,
        description: markdown([
          element.summary && `**${oneLine(element.summary)}**`,
          oneLine(element.description),
          events.length && `Events: ${codeList(events)}`,
          slots.length && `Slots: ${codeList(slots)}`,
        ]),
        attributes: (element.attributes ?? []).map((attribute) => {
          const type = attribute.type?.text ?? '';
          const known = values[element.name]?.[attribute.fieldName];
          return {
            name: attribute.name,
            description: markdown([
              oneLine(attribute.description),
              type && `Type: \`${type.replace(/\s*\|\s*undefined\b/g, '')}\``,
              attribute.default && `Default: \`${attribute.default}\``,
            ]),
            ...(known
              ? { values: known.map((name) => ({ name })) }
              : /^boolean(\s*\|\s*undefined)*$/.test(type)
                ? { valueSet: 'v' }
                : {}),
          };
        }),
      };
    }),
  };
}

function cssCustomData(elements) {
  const properties = new Map();
  const parts = new Map();
  const add = (map, name, tag, description) => {
    const entry = map.get(name) ?? new Map();
    const text = oneLine(description);
    entry.set(text, [...(entry.get(text) ?? []), tag]);
    map.set(name, entry);
  };
  for (const element of elements) {
    for (const p of element.cssProperties ?? []) add(properties, p.name, element.tagName, p.description);
    for (const p of element.cssParts ?? []) add(parts, p.name, element.tagName, p.description);
  }
  const describe = (entry) =>
    markdown([...entry].map(([text, tags]) => `${codeList(tags.map((t) => `<${t}>`))}: ${text}`));
  const sorted = (map) => [...map].sort(([a], [b]) => a.localeCompare(b));
  return {
    version: 1.1,
    properties: sorted(properties).map(([name, entry]) => ({ name, description: describe(entry) })),
    pseudoElements: sorted(parts).map(([name, entry]) => ({ name: `::part(${name})`, description: describe(entry) })),
  };
}

// ------------------------------------------------------------------ framework types

/** `interface <Class>Properties { … }`: each settable property, typed by its class. */
function propertiesInterface(element) {
  const lines = settable(element).map(
    (field) => `${jsdoc(field.description, '  ')}  ${field.name}?: BW.${element.name}['${field.name}'] | undefined;`,
  );
  return `/** The properties of \`<${element.tagName}>\` a page sets. */\nexport interface ${element.name}Properties {\n${lines.join('\n')}\n}\n`;
}

/** `interface <Class>Events { 'blog-x': BW.BlogXEvent; … }`. */
function eventsInterface(element, exported) {
  const lines = (element.events ?? [])
    .filter((event) => event.name)
    .map((event) => `${jsdoc(event.description, '  ')}  '${event.name}': ${eventType(element, event, exported)};`);
  return `/** The events of \`<${element.tagName}>\`, by name. */\nexport interface ${element.name}Events {\n${lines.join('\n')}\n}\n`;
}

function shared(elements, exported) {
  return elements.map((e) => `${propertiesInterface(e)}\n${eventsInterface(e, exported)}`).join('\n');
}

/** `{ 'onblog-like'?: (event: …) => void }` from an events interface: React 19's and Svelte 5's spelling. */
const ON_EVENTS = `/** Handlers as React 19 and Svelte 5 spell them on custom elements: \`on\` + the event's name. */
export type EventHandlers<Events> = {
  [K in keyof Events & string as \`on\${K}\`]?: ((event: Events[K]) => void) | undefined;
};
`;

function reactTypes(elements, exported) {
  return `/**
 * ${HEADER}
 *
 * JSX types of the blog-widgets elements for React 19, which sets a custom element's properties
 * (\`likes={…}\`, \`strings={…}\`) and listens to its events (\`onblog-like={…}\`) natively. Load it
 * once, e.g. in \`src/vite-env.d.ts\`:
 *
 *     /// <reference types="blog-widgets/react" />
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type * as BW from '${TYPES}';

${ON_EVENTS}
/** A tag's props: React's HTML attributes, the element's properties and its event handlers. */
export type ElementProps<E extends HTMLElement, Properties, Events> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  keyof Properties
> &
  Properties &
  EventHandlers<Events>;

${shared(elements, exported)}
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
${elements
  .map(
    (e) =>
      `${jsdoc(e.summary, '      ')}      '${e.tagName}': ElementProps<BW.${e.name}, ${e.name}Properties, ${e.name}Events>;`,
  )
  .join('\n')}
    }
  }
}
`;
}

function vueTypes(elements, exported) {
  return `/**
 * ${HEADER}
 *
 * Template types of the blog-widgets elements for vue-tsc (Volar): properties as props
 * (\`:likes="…"\`), events for \`@blog-like="…"\`. Vue itself must be told the tags are custom
 * elements (\`compilerOptions.isCustomElement\`, see README). Load it once, e.g. in \`src/env.d.ts\`:
 *
 *     /// <reference types="blog-widgets/vue" />
 *
 * The shape follows Vue's guide for non-Vue web components: \`$props\` exists for the type
 * checker only, not on the elements; vue-tsc types an \`@blog-like\` handler from its \`onBlogLike\` prop.
 */
import type { HTMLAttributes, PublicProps } from 'vue';
import type * as BW from '${TYPES}';

/** \`blog-comment-submit\` → \`BlogCommentSubmit\`. */
type Pascal<S extends string> = S extends \`\${infer Head}-\${infer Tail}\` ? \`\${Capitalize<Head>}\${Pascal<Tail>}\` : Capitalize<S>;

/** The listeners of the events as props (\`@blog-like\` is \`onBlogLike\`), which is how vue-tsc types \`@event\` handlers. */
export type EventProps<Events> = {
  [K in keyof Events & string as \`on\${Pascal<K>}\`]?: ((event: Events[K]) => void) | undefined;
};

/** A custom element as vue-tsc sees it: its instance, plus the props and events of its tag. */
export type DefineCustomElement<E extends HTMLElement, Properties, Events> = new () => E & {
  /** @deprecated Template type checking only: not a property of the element. */
  $props: HTMLAttributes & Properties & EventProps<Events> & PublicProps;
};

${shared(elements, exported)}
declare module 'vue' {
  interface GlobalComponents {
${elements
  .map(
    (e) =>
      `${jsdoc(e.summary, '    ')}    '${e.tagName}': DefineCustomElement<BW.${e.name}, ${e.name}Properties, ${e.name}Events>;`,
  )
  .join('\n')}
  }
}
`;
}

function svelteTypes(elements, exported) {
  return `/**
 * ${HEADER}
 *
 * Markup types of the blog-widgets elements for svelte-check (Svelte 5): properties
 * (\`likes={…}\`, set as properties when the element is defined) and \`onblog-like={…}\` handlers.
 * Load it once, e.g. in \`src/app.d.ts\` or \`src/vite-env.d.ts\`:
 *
 *     /// <reference types="blog-widgets/svelte" />
 */
import type { HTMLAttributes } from 'svelte/elements';
import type * as BW from '${TYPES}';

${ON_EVENTS}
/** A tag's attributes: Svelte's HTML attributes, the element's properties and its event handlers. */
export type ElementAttributes<E extends HTMLElement, Properties, Events> = Omit<HTMLAttributes<E>, keyof Properties> &
  Properties &
  EventHandlers<Events>;

${shared(elements, exported)}
declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements
  .map(
    (e) =>
      `${jsdoc(e.summary, '    ')}    '${e.tagName}': ElementAttributes<BW.${e.name}, ${e.name}Properties, ${e.name}Events>;`,
  )
  .join('\n')}
  }
}
`;
}

// ------------------------------------------------------------------ files

async function format(file, text) {
  const filepath = resolve(root, file);
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(text, { ...options, filepath });
}

/** Every generated file: `{ 'relative/path': text }`, formatted as Prettier would. */
export async function renderIntegrations(manifest) {
  const elements = elementsOf(manifest);
  const exported = entryExports(manifest);
  // Every event type resolves (or this throws) before the slower TypeScript program is built.
  for (const element of elements) for (const event of element.events ?? []) eventType(element, event, exported);
  const values = literalValues(elements);
  const files = {
    'vscode.html-custom-data.json': JSON.stringify(htmlCustomData(elements, values)),
    'vscode.css-custom-data.json': JSON.stringify(cssCustomData(elements)),
    'frameworks/react.d.ts': reactTypes(elements, exported),
    'frameworks/vue.d.ts': vueTypes(elements, exported),
    'frameworks/svelte.d.ts': svelteTypes(elements, exported),
  };
  const out = {};
  for (const [file, text] of Object.entries(files)) out[file] = await format(file, text);
  return out;
}

async function main() {
  const check = process.argv.includes('--check');
  const manifest = JSON.parse(await readFile(resolve(root, 'custom-elements.json'), 'utf8'));
  const files = await renderIntegrations(manifest);
  const stale = [];
  for (const [file, text] of Object.entries(files)) {
    const path = resolve(root, file);
    const current = await readFile(path, 'utf8').catch(() => '');
    if (current === text) continue;
    stale.push(file);
    if (!check) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    }
  }
  if (check && stale.length) {
    console.error(`\n✖ stale: ${stale.join(', ')}. Run \`npm run analyze\` and commit them.\n`);
    process.exitCode = 1;
  } else {
    console.log(stale.length ? `Wrote ${stale.join(', ')}.` : 'Editor and framework integrations are up to date.');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}

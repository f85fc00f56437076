/**
 * Custom Elements Manifest (`npm run analyze` → custom-elements.json), read from the classes'
 * JSDoc: `@summary`, `@slot`, `@csspart`, `@cssproperty`, `@fires`, and the one-line JSDoc of
 * each `@property`. Three project plugins:
 *
 * - `define('blog-x', BlogX)` calls (our safe define, see src/internal/define.ts) count as
 *   `customElements.define`, so every element gets its `tagName` and a definition export.
 * - Only the public API is kept: private, protected, `_x` and `#x` members, `@internal` ones,
 *   reactive state (`{ state: true }` in `static properties`) and Lit/custom-element lifecycle
 *   methods are dropped (also where inherited), and so are events the analyzer misnames from
 *   `dispatchEvent(new TypedEvent(arg))` when `@fires` documents them.
 * - Only the modules of the elements' API are listed (element classes, their base, the registering
 *   files and entry points), not internal helpers.
 * - Module paths point at the published JavaScript (`dist/esm/….js`), as the schema asks, not at
 *   the TypeScript sources, which are not in the package.
 */

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

/** Lifecycle methods that are not API of an element (Lit's own list covers render/update…). */
const LIFECYCLE = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
  'formAssociatedCallback',
  'formDisabledCallback',
  'formResetCallback',
  'formStateRestoreCallback',
  'getUpdateComplete',
]);

/** Our `define('<tag>', Class)` calls, as `custom-element-definition` exports. */
function defineCallsPlugin() {
  return {
    name: 'blog-widgets:define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(klass)) return;
      const className = klass.text;
      // Where the class comes from: an import in this file, else this file.
      let module = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
        const bindings = statement.importClause?.namedBindings;
        if (!bindings || !ts.isNamedImports(bindings)) continue;
        if (bindings.elements.some((element) => element.name.text === className)) {
          module = new URL(statement.moduleSpecifier.text, `file:///${moduleDoc.path}`).pathname.slice(1);
        }
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: className, module } },
      ];
    },
  };
}

const isHidden = (member) =>
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  member.name.startsWith('_') ||
  member.name.startsWith('#') ||
  LIFECYCLE.has(member.name) ||
  (member.static && (member.name === 'styles' || member.name === 'shadowRootOptions'));

/**
 * Drops everything that is not public API, after inheritance has been applied. The elements
 * declare Lit properties in `static properties` (see src/internal/blog-element.ts): entries with
 * `state: true` are internal state, which the analyzer would otherwise list as fields and
 * attributes; and it marks the rest `privacy: "public"`, the schema's default, left out here.
 */
function publicApiOnlyPlugin() {
  /** `Class.field` of every `{ state: true }` entry of a `static properties` object. */
  const states = new Set();
  return {
    name: 'blog-widgets:public-api-only',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const property of member.initializer.properties) {
          const options = ts.isPropertyAssignment(property) ? property.initializer : undefined;
          const state =
            options &&
            ts.isObjectLiteralExpression(options) &&
            options.properties.some(
              (o) =>
                ts.isPropertyAssignment(o) &&
                o.name.getText() === 'state' &&
                o.initializer.kind === ts.SyntaxKind.TrueKeyword,
            );
          if (state) states.add(`${node.name.text}.${property.name.getText()}`);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' && declaration.kind !== 'mixin') continue;
          if (declaration.members) {
            const isState = (member) => states.has(`${member.inheritedFrom?.name ?? declaration.name}.${member.name}`);
            for (const member of declaration.members) if (member.privacy === 'public') delete member.privacy;
            const hidden = new Set(
              declaration.members.filter((m) => isHidden(m) || isState(m)).map((member) => member.name),
            );
            declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
            if (declaration.attributes) {
              declaration.attributes = declaration.attributes.filter((a) => !a.fieldName || !hidden.has(a.fieldName));
            }
          }
          if (declaration.events) {
            // `this.dispatchEvent(new BlogLoadEvent(post))` reads to the analyzer as an event named
            // `post`: a typed event documented with `@fires {BlogLoadEvent} blog-load` replaces it.
            const documented = new Set(declaration.events.filter((e) => e.description).map((e) => e.type?.text));
            declaration.events = declaration.events.filter(
              (e) => e.name && (e.description || !e.type?.text || !documented.has(e.type.text)),
            );
          }
        }
      }
    },
  };
}

/**
 * Keeps the modules that make up the elements' API: those declaring an element class (and the
 * base class it inherits from), those registering a tag, and the package entry points. Internal
 * helpers stay out, so the manifest changes only when an element's API does.
 */
function elementModulesOnlyPlugin() {
  const ENTRIES = /^\/?src\/(index|blog-[a-z-]+)\.ts$/;
  return {
    name: 'blog-widgets:element-modules-only',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (module) =>
          ENTRIES.test(module.path) ||
          (module.declarations ?? []).some((d) => d.kind === 'class' && d.customElement) ||
          (module.exports ?? []).some((e) => e.kind === 'custom-element-definition'),
      );
    },
  };
}

/** `src/x/y.ts` (or `/src/x/y.js`) → `dist/esm/x/y.js` everywhere in the manifest. */
function publishedPathsPlugin() {
  const rewrite = (path) => path.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/esm/$1.js');
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = rewrite(child);
        else walk(child);
      }
    }
  };
  return {
    name: 'blog-widgets:published-paths',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dependencies: false,
  // The analyzer takes files in the order the file system lists them, which differs between
  // machines and runs; sorted, the manifest is the same byte for byte everywhere.
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs]
      .sort()
      .map((file) =>
        ts.createSourceFile(file, readFileSync(resolve(root, file), 'utf8'), ts.ScriptTarget.ES2015, true),
      ),
  plugins: [defineCallsPlugin(), publicApiOnlyPlugin(), elementModulesOnlyPlugin(), publishedPathsPlugin()],
};

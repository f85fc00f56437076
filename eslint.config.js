// @ts-check
/**
 * ESLint flat config: typescript-eslint strict + stylistic (type-checked) for TypeScript,
 * eslint-plugin-lit, eslint-plugin-wc (best practice) and eslint-plugin-lit-a11y for elements.
 * Formatting is Prettier's job (`prettier --check .` in `npm run lint`), not ESLint's.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Classes that are custom elements although they do not extend HTMLElement directly. */
const elementBaseClasses = ['LitElement', 'BlogElement'];

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    'coverage/',
    'custom-elements.json',
    'bench/results/',
    'screenshots/',
    '.data/',
    'server/node_modules/',
    'server/dist/',
    '.scratch/', // local experiments, git-ignored
    '.lighthouse/', // npm run lighthouse: the demo build and the reports
    // Generated from custom-elements.json (scripts/integrations.mjs); the examples type-check them.
    'frameworks/',
    'examples/*/dist/',
    'examples/*/out-tsc/',
  ]),

  js.configs.recommended,

  // TypeScript: strict and stylistic, with type information from tsconfig.json.
  {
    files: ['**/*.ts', 'examples/**/*.tsx'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // Numbers in messages and URLs are fine; objects and `undefined` are still caught.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Lit calls event listeners bound in templates (`@click=${this.onClick}`) with the host as
      // `this`, so passing a method unbound is the idiom, not a bug.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `() => this.update()` as a callback is clear enough.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },

  // The examples import the built package (its types are dist/types/, through `exports`), and
  // `npm run lint` runs before the build (CI: lint, then build): no type-aware rules for them
  // here. Their own checkers (tsc, vue-tsc, svelte-check, ngc) type-check them against the build
  // in test/e2e/frameworks.test.mjs.
  {
    files: ['examples/**/*.{ts,tsx}'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // Plain JavaScript (scripts, configs): no type information.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // The library and the demo run in browsers; elements follow Lit, WC and a11y rules.
  {
    files: ['src/**/*.ts', 'demo/**/*.{ts,js}', 'test/**/*.{ts,js}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.ts', 'demo/**/*.{ts,js}'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice'], litA11y.configs.recommended],
    settings: { lit: { elementBaseClasses }, wc: { elementBaseClasses } },
    rules: {
      // Guards `super.connectedCallback?.()` for bases that may lack it; LitElement has them all.
      'wc/guard-super-call': 'off',
    },
  },

  // Tests: chai's `expect(x).to.be.true` is an expression statement; fixtures may assert non-null.
  {
    files: ['test/**/*.{ts,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    extends: [lit.configs['flat/recommended']],
    settings: { lit: { elementBaseClasses } },
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests feed hostile and odd markup through attributes on purpose.
      'lit/attribute-value-entities': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // @open-wc/semantic-dom-diff types chai's `equal`/`eq` as returning a Promise (for DOM
      // snapshots); on plain values it returns synchronously, so those calls are not floating.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [{ from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' }],
        },
      ],
    },
  },

  // The framework examples: browser apps (their own tsconfig.json each), built and served by Node.
  {
    files: ['examples/*/src/**/*.{ts,tsx,js}', 'examples/*/type-tests/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['examples/*/*.{js,mjs}', 'examples/*/*.config.{js,ts}', 'examples/ssr/src/page.js'],
    languageOptions: { globals: globals.node },
  },

  // The companion service: Fastify plugins and handlers are async by contract, awaiting or not.
  {
    files: ['server/src/**/*.ts', 'server/test/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },

  // The companion service's tests (node:test): answers are parsed JSON (`any`) checked by
  // assertions; `describe`/`it` return promises the runner awaits.
  {
    files: ['server/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'before', 'after'] },
          ],
        },
      ],
    },
  },

  // Node: build scripts, configs, the companion service, the browser-test launcher.
  {
    files: [
      'scripts/**/*.{js,mjs,cjs,ts}',
      'bench/**/*.{js,mjs,cjs}',
      'server/**/*.{js,mjs,cjs,ts}',
      '*.config.{js,mjs,cjs,ts}',
      '.ci/**/*.{js,mjs}',
      // Test-runner plugins, reporters and e2e drivers run in Node; browser tests are *.test.ts.
      'test/**/*.{mjs,cjs}',
    ],
    languageOptions: { globals: globals.node },
  },
);

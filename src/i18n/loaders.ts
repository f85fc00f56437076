import type { Strings } from './types.js';

/**
 * The translations, each a module of its own (the script-tag build emits each as a small file
 * next to `blog-widgets.js`), so a page pays only for the language it shows. This map is itself
 * loaded on first use (`loadStrings` in ./index.ts): an English page never downloads it, and a
 * page in another language fetches it while its elements render hidden (`:state(pending)`).
 * Keep it in step with `builtInLocales` in ./index.ts (test/i18n.test.ts checks both).
 */
export const loaders: Record<string, () => Promise<{ default: Partial<Strings> }>> = {
  ar: () => import('./locales/ar.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  he: () => import('./locales/he.js'),
  it: () => import('./locales/it.js'),
  ja: () => import('./locales/ja.js'),
  pt: () => import('./locales/pt.js'),
  zh: () => import('./locales/zh.js'),
};

/** A locale's strings; English (`{}`) when the locale is unknown or its file fails to load. */
export const load = (locale: string, into: Map<string, Partial<Strings>>): Promise<Partial<Strings>> =>
  Promise.resolve(loaders[locale]?.())
    .then(
      (m) => m?.default ?? {},
      (error: unknown) => {
        console.warn(`blog-widgets: strings for "${locale}" failed to load; showing English.`, error);
        return {};
      },
    )
    .then((strings) => {
      into.set(locale, strings);
      return strings;
    });

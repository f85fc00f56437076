import en from './locales/en.js';
import type { PluralString, StringKey, Strings } from './types.js';

export type { PluralString, StringKey, Strings } from './types.js';

type Loader = () => Promise<{ default: Strings }>;

/**
 * Locales other than English load on demand: the npm build keeps each one a module of its own,
 * the script-tag build emits them as small files next to `blog-widgets.js`, so a page pays only
 * for the language it shows.
 */
const loaders: Record<string, Loader> = {
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

const loaded = new Map<string, Strings>([['en', en]]);
const pending = new Map<string, Promise<Strings>>();
const overrides = new Map<string, Partial<Strings>>();
const listeners = new Set<() => void>();

/** The locales with built-in strings. */
export const builtInLocales = ['en', ...Object.keys(loaders)].sort();

/**
 * The best built-in locale for a BCP 47 tag: `pt-BR` → `pt`, `zh-Hant-TW` → `zh`, unknown → `en`.
 * A tag given its own strings with `setStrings` is its own locale.
 */
export function resolveLocale(lang: string | null | undefined): string {
  const tag = (lang ?? '').trim().toLowerCase();
  if (!tag) return 'en';
  if (loaded.has(tag) || tag in loaders || overrides.has(tag)) return tag;
  const base = tag.split(/[-_]/)[0] ?? '';
  if (loaded.has(base) || base in loaders || overrides.has(base)) return base;
  return 'en';
}

/** Strings of a locale if they are already in memory (English always is). */
export function stringsIfLoaded(locale: string): Strings | undefined {
  return loaded.get(locale) ?? (locale in loaders ? undefined : en);
}

/** Loads a locale's strings (once); resolves with English when the locale is unknown or fails. */
export function loadStrings(locale: string): Promise<Strings> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  const loader = loaders[locale];
  if (!loader) return Promise.resolve(en);
  let promise = pending.get(locale);
  if (!promise) {
    promise = loader().then(
      (module) => {
        loaded.set(locale, module.default);
        return module.default;
      },
      (error: unknown) => {
        console.warn(`blog-widgets: strings for "${locale}" failed to load; showing English.`, error);
        loaded.set(locale, en);
        return en;
      },
    );
    pending.set(locale, promise);
  }
  return promise;
}

/**
 * Overrides strings for a language on the whole page, e.g.
 * `setStrings('en', { continueReading: 'Read on' })`. A new language tag adds a locale:
 * missing keys fall back to English. Every element re-renders.
 */
export function setStrings(lang: string, strings: Partial<Strings>): void {
  const tag = lang.toLowerCase();
  overrides.set(tag, { ...overrides.get(tag), ...strings });
  for (const listener of listeners) listener();
}

/** Called when `setStrings` changes anything; returns an unsubscribe function. */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The raw entry for a key, looking at element overrides, page overrides, the locale, then English. */
export function lookup(key: StringKey, locale: string, local?: Partial<Strings>): string | PluralString {
  return local?.[key] ?? overrides.get(locale)?.[key] ?? loaded.get(locale)?.[key] ?? en[key];
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** Replaces `{name}` placeholders; unknown ones are left visible so a typo is noticed. */
export function interpolate(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Formats one string. Plural strings pick their form from `vars.count` (a number) and show the
 * count localized (`1,234` / `1.234`), or as `vars.countText` when the caller formatted it.
 */
export function format(
  key: StringKey,
  locale: string,
  vars: Readonly<Record<string, string | number>> = {},
  local?: Partial<Strings>,
): string {
  const entry = lookup(key, locale, local);
  if (typeof entry === 'string') return interpolate(entry, vars);
  const count = typeof vars.count === 'number' ? vars.count : Number(vars.count ?? 0);
  const form = entry[pluralCategory(locale, count)] ?? entry.other;
  const countText = vars.countText ?? new Intl.NumberFormat(locale).format(count);
  return interpolate(form, { ...vars, count: countText });
}

/** `true` for right-to-left scripts, used where CSS logical properties are not enough. */
export function isRtl(locale: string): boolean {
  return /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)(-|$)/i.test(locale);
}

import type { PluralString, StringKey, Strings } from './types.js';

export type { PluralString, StringKey, Strings } from './types.js';

/** Translations in memory. English needs none: its text ships with each element (`defaultStrings`). */
const loaded = new Map<string, Partial<Strings>>();
const pending = new Map<string, Promise<Partial<Strings>>>();
const overrides = new Map<string, Partial<Strings>>();
const listeners = new Set<() => void>();
/** English brought by code that loads later (the messages of load errors). */
const fallback: Partial<Strings> = {};

/**
 * Adds English text for keys that only lazily loaded code shows (the load errors of
 * `internal/remote.ts`, registered by the element when that chunk arrives).
 */
export function addFallbackStrings(strings: Partial<Strings>): void {
  Object.assign(fallback, strings);
}

/**
 * The locales with built-in strings. English ships with each element (`defaultStrings`); the
 * others load on demand, through a map of `import()`s (./loaders.ts) that is itself loaded on
 * first use, so an English page downloads neither.
 */
export const builtInLocales: readonly string[] = ['ar', 'de', 'en', 'es', 'fr', 'he', 'it', 'ja', 'pt', 'zh'];

/** `builtInLocales` but English, as the elements test them (the list itself is not in their bundle). */
const TRANSLATED = /^(ar|de|es|fr|he|it|ja|pt|zh)$/;

/**
 * The best built-in locale for a BCP 47 tag: `pt-BR` → `pt`, `zh-Hant-TW` → `zh`, unknown → `en`.
 * A tag given its own strings with `setStrings` is its own locale.
 */
export function resolveLocale(lang: string | null | undefined): string {
  const tag = (lang ?? '').trim().toLowerCase();
  // The tag itself, then its language (`pt-br` → `pt`).
  return [tag, tag.split(/[-_]/)[0]].find((t) => t && (TRANSLATED.test(t) || overrides.has(t))) ?? 'en';
}

/** True when a locale's strings are in memory (English and unknown locales always are). */
export function isLoaded(locale: string): boolean {
  return loaded.has(locale) || !TRANSLATED.test(locale);
}

/**
 * Loads a locale's strings (once), with the map of translations (./loaders.ts) on first use;
 * resolves with English (`{}`) when the locale is unknown or fails.
 */
export function loadStrings(locale: string): Promise<Partial<Strings>> {
  const promise =
    pending.get(locale) ??
    import('./loaders.js').then(
      (m) => m.load(locale, loaded),
      (error: unknown) => {
        console.warn('blog-widgets:', error);
        return {};
      },
    );
  pending.set(locale, promise);
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

/**
 * The raw entry for a key: the element's own overrides, the page's (`setStrings`), the locale's
 * translation, then English (page overrides, the element's `defaults`, lazily added fallbacks).
 * A key nobody knows comes back as itself, so it is seen and fixed.
 */
export function lookup(
  key: StringKey,
  locale: string,
  local?: Partial<Strings>,
  defaults?: Partial<Strings>,
): string | PluralString {
  return (
    local?.[key] ??
    overrides.get(locale)?.[key] ??
    loaded.get(locale)?.[key] ??
    overrides.get('en')?.[key] ??
    defaults?.[key] ??
    fallback[key] ??
    key
  );
}

/** Replaces `{name}` placeholders; unknown ones are left visible so a typo is noticed. */
export function interpolate(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
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
  defaults?: Partial<Strings>,
): string {
  const entry = lookup(key, locale, local, defaults);
  if (typeof entry === 'string') return interpolate(entry, vars);
  const count = Number(vars.count ?? 0);
  const form = entry[new Intl.PluralRules(locale).select(count)] ?? entry.other;
  const countText = vars.countText ?? new Intl.NumberFormat(locale).format(count);
  return interpolate(form, { ...vars, count: countText });
}

import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  format,
  loadStrings,
  onStringsChange,
  resolveLocale,
  stringsIfLoaded,
  type StringKey,
  type Strings,
} from '../i18n/index.js';
import { closestLang, watchDocument } from './lang.js';
import { VERSION } from './version.js';

export type Theme = 'auto' | 'light' | 'dark';

const darkQuery = (): MediaQueryList | undefined =>
  typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;

/** Relative luminance (0 black … 1 white) of a computed `rgb()`/`rgba()` colour, or undefined. */
function luminance(color: string): number | undefined {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  if (!match) return undefined;
  const [r, g, b] = match.slice(1, 4).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The base of every blog-widgets element: language, strings, theme and version.
 *
 * - The language is the closest `[lang]` (crossing shadow roots) and follows changes to it.
 * - Strings come from the built-in locale, page-wide `setStrings()` overrides, then the
 *   element's own `strings` property, so every word on screen can be replaced.
 * - The colour scheme follows the site: an explicit `theme`, else the inherited CSS
 *   `color-scheme`, else (for sites that switch dark mode with a class and never declare
 *   `color-scheme`) the luminance of the inherited text colour. It is exposed to the styles as
 *   the `dark` custom state.
 */
export class BlogElement extends LitElement {
  /** The library version that defined this element (used by the safe `define`). */
  static readonly version = VERSION;

  /** Colour scheme: `auto` follows the page (default), `light` or `dark` force one. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /**
   * Replacement strings for this element only, as an object (or JSON in the attribute), e.g.
   * `strings='{"continueReading":"Read the rest"}'`. Keys are listed in the README.
   */
  @property({ type: Object }) strings?: Partial<Strings>;

  /** The resolved locale (`en`, `de`, `ar`…) that strings, dates and numbers use. */
  @state() protected locale = 'en';

  /** True while the strings of `locale` are being fetched (first render waits for them). */
  @state() private localeReady = true;

  private internals?: ElementInternals;
  private stopWatching?: () => void;
  private stopStrings?: () => void;
  private readonly onSchemeChange = (): void => this.updateScheme();

  constructor() {
    super();
    // ElementInternals carries the `dark` custom state for :host(:state(dark)) styles.
    try {
      this.internals = this.attachInternals();
    } catch {
      this.internals = undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatching = watchDocument(() => {
      this.updateLocale();
      this.updateScheme();
    });
    this.stopStrings = onStringsChange(() => this.requestUpdate());
    darkQuery()?.addEventListener('change', this.onSchemeChange);
    this.updateLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
    this.stopStrings?.();
    darkQuery()?.removeEventListener('change', this.onSchemeChange);
  }

  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    // Render only once the locale's strings are in memory, so no English flashes first.
    return this.localeReady && super.shouldUpdate(changed);
  }

  protected override firstUpdated(): void {
    this.updateScheme();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (changed.has('theme')) this.updateScheme();
  }

  /** The element's string for `key`, with `{placeholders}` filled and plurals chosen. */
  protected t(key: StringKey, vars?: Readonly<Record<string, string | number>>): string {
    return format(key, this.locale, vars, this.strings);
  }

  /** A localized date (`December 18, 2013`), or '' for an invalid one. */
  protected formatDate(date: Date | undefined, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    if (!date || Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(this.locale, options).format(date);
  }

  /** A localized number, compact (`12K`) when asked. */
  protected formatNumber(value: number, compact = false): string {
    return new Intl.NumberFormat(this.locale, compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}).format(
      value,
    );
  }

  /** A localized list (`Articles, Film and Reviews`). */
  protected formatList(items: readonly string[]): string {
    return new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(items);
  }

  private updateLocale(): void {
    const locale = resolveLocale(closestLang(this));
    if (locale === this.locale && this.localeReady) return;
    this.locale = locale;
    if (stringsIfLoaded(locale)) {
      this.localeReady = true;
      return;
    }
    this.localeReady = false;
    void loadStrings(locale).then(() => {
      if (this.locale === locale) this.localeReady = true;
    });
  }

  private updateScheme(): void {
    const states = this.internals?.states;
    if (!states || !this.isConnected) return;
    let dark: boolean;
    if (this.theme === 'dark' || this.theme === 'light') {
      dark = this.theme === 'dark';
    } else {
      const style = getComputedStyle(this.parentElement ?? document.documentElement);
      const scheme = style.colorScheme;
      if (scheme && scheme !== 'normal' && !scheme.includes('light')) dark = true;
      else if (scheme.includes('dark') && scheme.includes('light')) dark = darkQuery()?.matches ?? false;
      else if (scheme.includes('light')) dark = false;
      else dark = (luminance(style.color) ?? 0) > 0.5;
    }
    try {
      if (dark) states.add('dark');
      else states.delete('dark');
    } catch {
      // Very old engines only accept the `--dark` spelling; the styles also cover `theme`.
    }
  }
}

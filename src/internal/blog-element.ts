import { LitElement, type PropertyDeclarations } from 'lit';
import {
  format,
  isLoaded,
  loadStrings,
  onStringsChange,
  resolveLocale,
  type StringKey,
  type Strings,
} from '../i18n/index.js';
import { afterPaint } from './after-paint.js';
import { closestLang } from './lang.js';
import { VERSION } from './version.js';
import type * as Watch from './watch.js';

/** The page watcher (watch.ts), once loaded: after an element's first render. */
let watch: typeof Watch.watchDocument | undefined;

export type Theme = 'auto' | 'light' | 'dark';

/**
 * True when a computed colour is light (luminance above ½): light text means a dark page. Reads
 * `rgb()`, and the lightness of the `oklab()`/`oklch()` (0–1) and `lab()`/`lch()` (0–100) that
 * browsers compute as they are (Tailwind 4's palette): ½ luminance is 0.79 and 76 there for a grey.
 */
function isLight(color: string): boolean {
  const [a = 0, b = 0, c = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (!color.startsWith('r')) return a > (color.startsWith('o') ? 0.79 : 76);
  const lin = (x: number): number => ((x /= 255) <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(a) + 0.7152 * lin(b) + 0.0722 * lin(c) > 0.5;
}

/**
 * The base of every blog-widgets element: language, strings, colour scheme and version.
 *
 * - The language is the closest `[lang]` (crossing shadow roots) and follows changes to it; until
 *   the locale's strings are in, the element renders hidden (`:state(pending)`), so no English
 *   flashes first and its space is held.
 * - Strings: the element's `strings`, then page-wide `setStrings()`, then the translation, then
 *   the element's own English (`defaultStrings`) — every word on screen can be replaced.
 * - The colour scheme follows the site: an explicit `theme`, else the inherited CSS
 *   `color-scheme` (with the reader's preference when it is `light dark`), else — for sites that
 *   switch dark mode with a class and never declare `color-scheme` — the lightness of the
 *   inherited text colour. Styles see it as the `dark` custom state (`:host(:state(dark))`).
 */
export class BlogElement extends LitElement {
  /** The library version that defined this element (used by the safe `define`). */
  static readonly version = VERSION;

  /** The element's English text; translations and overrides are looked up first. */
  static defaultStrings: Partial<Strings> = {};

  /**
   * The reactive properties, declared here rather than with `@property()` / `@state()`
   * decorators (DESIGN.md §9 asks for decorators; this is the one place we part from it, for
   * size, DESIGN.md §7): compiled decorators cost a helper, Lit's decorator module and a call
   * per property, about 0.6 KB gzip in every element. Each subclass does the same; the fields
   * below keep their types and one-line JSDoc, which the manifest reads.
   */
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    strings: { type: Object },
    locale: { state: true },
  };

  /** Colour scheme: `auto` follows the page (default), `light` or `dark` force one. */
  theme: Theme = 'auto';

  /**
   * Replacement strings for this element only, as an object (or JSON in the attribute), e.g.
   * `strings='{"continueReading":"Read the rest"}'`. The keys are in `src/i18n/locales/en.ts`.
   */
  strings?: Partial<Strings>;

  /** The resolved locale (`en`, `de`, `ar`…) that strings, dates and numbers use. */
  protected locale = 'en';

  /** False while the strings of `locale` are being fetched (not reactive: set with a `requestUpdate`). */
  #ready = true;

  #internals?: ElementInternals;
  readonly #stops: (() => void)[] = [];
  /** The `theme` the dark state was last worked out for. */
  #schemeOf?: Theme;
  /** Set once this element asked for watch.ts. */
  #watching?: boolean;
  readonly #refresh = (): void => {
    this.#updateLocale();
    this.#updateScheme();
  };

  constructor() {
    super();
    try {
      this.#internals = this.attachInternals();
    } catch {
      // an engine without ElementInternals: `theme` still works through the attribute selectors
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stops.push(onStringsChange(() => this.requestUpdate()));
    this.#follow();
    // Before the first render: when every element of a page upgrades at once, each reads the
    // page's style while it is still clean. Read after rendering, each forced its own restyle.
    this.#refresh();
  }

  /** Follows later changes of the page's language and dark mode, once watch.ts is in. */
  #follow(): void {
    if (watch) this.#stops.push(watch(this.#refresh));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.#stops.splice(0)) stop();
  }

  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    // The first render does not wait for the strings (see updateLocale); later ones keep the old
    // text on screen until the new language's strings are in.
    return (this.#ready || !this.hasUpdated) && super.shouldUpdate(changed);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.#ready) this.#mark('pending', false);
    if (this.theme !== this.#schemeOf) this.#updateScheme();
    // Not needed for the first render: loads after it (see watch.ts).
    if (!watch && !this.#watching) {
      this.#watching = true;
      this.later(() =>
        import('./watch.js').then((m) => {
          watch = m.watchDocument;
          if (this.isConnected) this.#follow();
        }),
      );
    }
  }

  /** Lazily loaded work (JSON-LD, loaded content) that `updateComplete` also waits for. */
  #lazy?: Promise<unknown>;

  /**
   * `waitFor` for a lazy part the first paint does not need: it starts loading once that paint is
   * done (see `afterPaint`), so it neither competes with it nor holds it back.
   */
  protected later(load: () => Promise<unknown>): void {
    this.waitFor(afterPaint().then(load));
  }

  /** Makes `updateComplete` wait for `work` too; a failure is logged, never thrown. */
  protected waitFor(work: Promise<unknown>): void {
    this.#lazy = Promise.all([this.#lazy, work]).catch((error: unknown) => {
      console.warn('blog-widgets:', error);
    });
  }

  /** Also waits for lazily loaded work, so callers (and tests) see all of it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done: boolean;
    let lazy: Promise<unknown> | undefined;
    do {
      done = await super.getUpdateComplete();
      await (lazy = this.#lazy);
    } while (lazy !== this.#lazy || this.isUpdatePending);
    return done;
  }

  /** The element's string for `key`, with `{placeholders}` filled and plurals chosen. */
  protected t(key: StringKey, vars?: Readonly<Record<string, string | number>>): string {
    return format(key, this.locale, vars, this.strings, (this.constructor as typeof BlogElement).defaultStrings);
  }

  #updateLocale(): void {
    const locale = resolveLocale(closestLang(this));
    if (locale === this.locale && this.#ready) return;
    this.locale = locale;
    this.#ready = isLoaded(locale);
    this.requestUpdate();
    // A page in a language whose strings are still loading: the first render happens at once, in
    // English but hidden (`:state(pending)`), so the element takes (about) its final space at the
    // first paint and nothing under it moves when it shows, translated, a moment later. Waiting
    // with nothing rendered left an empty box that grew (CLS 0.02 on a German post page).
    this.#mark('pending', !this.#ready && !this.hasUpdated);
    // `updateComplete` waits for the strings too: before, it resolved with nothing rendered yet.
    if (!this.#ready)
      this.waitFor(
        loadStrings(locale).then(() => {
          if (this.locale === locale) {
            this.#ready = true;
            this.requestUpdate();
          }
        }),
      );
  }

  #updateScheme(): void {
    this.#schemeOf = this.theme;
    if (!this.#internals?.states || !this.isConnected) return;
    let dark = this.theme === 'dark';
    if (this.theme === 'auto') {
      // The inherited values: read them on the parent, since :host sets its own color-scheme.
      const parent = this.parentNode instanceof ShadowRoot ? this.parentNode.host : this.parentElement;
      const style = getComputedStyle(parent ?? document.documentElement);
      const scheme = style.colorScheme;
      dark = scheme.includes('dark')
        ? !scheme.includes('light') || matchMedia('(prefers-color-scheme: dark)').matches
        : !scheme.includes('light') && isLight(style.color);
    }
    this.#mark('dark', dark);
  }

  /** Sets or clears a custom state (`:host(:state(name))`) of the element. */
  #mark(state: string, on: boolean): void {
    try {
      if (on) this.#internals?.states.add(state);
      else this.#internals?.states.delete(state);
    } catch {
      // engines that only know the old `--name` spelling: `theme` still works, and a page in
      // another language shows English for a moment
    }
  }
}

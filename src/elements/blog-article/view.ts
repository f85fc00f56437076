import type { Term } from '../../data/types.js';
import { safeSrcset, safeUrl, WEB } from '../../internal/url.js';

/** How `<blog-article>` arranges itself. */
export type ArticleLayout = 'card' | 'full' | 'compact';

/** A date as `<time datetime>` and Intl need it. */
export interface ParsedDate {
  readonly date: Date;
  /** The machine-readable value: `2013-12-18` for a plain date, else the full ISO instant. */
  readonly iso: string;
  /** A plain date names a calendar day, not an instant: it is formatted in UTC so no zone shifts it. */
  readonly dateOnly?: boolean;
}

export interface ViewImage {
  readonly src: string;
  readonly alt: string;
  readonly width?: number | undefined;
  readonly height?: number | undefined;
  readonly srcset?: string | undefined;
  readonly sizes?: string | undefined;
}

/** What a post contributes, every value already checked (see `postView` in internal/remote.ts). */
export interface PostView {
  readonly headline?: string | undefined;
  readonly permalink?: string | undefined;
  readonly categories?: readonly Term[];
  readonly tags?: readonly Term[];
  readonly published?: ParsedDate | undefined;
  readonly modified?: ParsedDate | undefined;
  readonly author?: { readonly name: string; readonly link?: string | undefined } | undefined;
  readonly image?: ViewImage | undefined;
}

/** What is shown: the page's attributes first, then the post. */
export interface View extends PostView {
  readonly layout: ArticleLayout;
  readonly headline: string;
  readonly categories: readonly Term[];
  readonly tags: readonly Term[];
}

/** The attributes of `<blog-article>` that describe the post (untrusted, maybe not even strings). */
export interface ArticleFields {
  readonly headline?: unknown;
  readonly permalink?: unknown;
  readonly categories?: unknown;
  readonly tags?: unknown;
  readonly published?: unknown;
  readonly modified?: unknown;
  readonly image?: unknown;
  readonly imageAlt?: unknown;
  readonly imageWidth?: unknown;
  readonly imageHeight?: unknown;
  readonly imageSrcset?: unknown;
  readonly imageSizes?: unknown;
  readonly author?: unknown;
  readonly authorLink?: unknown;
  readonly layout?: unknown;
}

/** A trimmed non-empty string, else undefined (a number or object set from script too). */
export const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim()) || undefined;

/** A positive finite number, else undefined. */
export const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && value > 0 && value < Infinity ? value : undefined;

const ISO = /^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:?\d\d)?)?$/i;

/** An ISO 8601 date or date-time, else undefined (impossible days like 2013-02-31 too). */
export function parseDate(value: unknown): ParsedDate | undefined {
  const text = str(value) ?? '';
  const dateOnly = text.length === 10;
  const date = new Date(dateOnly ? `${text}T00:00:00Z` : text.replace(' ', 'T'));
  if (!ISO.test(text) || isNaN(+date)) return undefined;
  const iso = date.toISOString();
  if (!dateOnly) return { date, iso };
  return iso.startsWith(text) ? { date, iso: text, dateOnly } : undefined;
}

/** `"Film, Spike Jonze"` → two terms (blanks and duplicates dropped); no links. */
const terms = (list: unknown): Term[] =>
  [...new Set((str(list) ?? '').split(',').map((name) => name.trim()))].filter(Boolean).map((name) => ({ name }));

/**
 * What the page's attributes show, every one checked: URLs through `safeUrl`, dates parsed
 * strictly, the layout normalized. A post (`src` or `post`) fills the fields no attribute sets
 * (`ArticleRemote.merge` in internal/remote.ts, which loads first whenever there is one).
 */
export function viewOf(a: ArticleFields): View {
  const name = str(a.author);
  const image = safeUrl(a.image, undefined, WEB);
  return {
    layout: a.layout === 'full' || a.layout === 'compact' ? a.layout : 'card',
    headline: str(a.headline) ?? '',
    permalink: safeUrl(a.permalink),
    categories: terms(a.categories),
    tags: terms(a.tags),
    published: parseDate(a.published),
    modified: parseDate(a.modified),
    author: name ? { name, link: safeUrl(a.authorLink) } : undefined,
    image: image
      ? {
          src: image,
          alt: typeof a.imageAlt === 'string' ? a.imageAlt : '',
          width: positive(a.imageWidth),
          height: positive(a.imageHeight),
          srcset: safeSrcset(a.imageSrcset),
          sizes: str(a.imageSizes),
        }
      : undefined,
  };
}

import { safeUrl } from '../../internal/url.js';

/** How `<blog-article>` arranges itself. */
export type ArticleLayout = 'card' | 'full' | 'compact';

const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

/** A string property as a trimmed string; anything else (a number, an object set from script) is undefined. */
export const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** `card`, `full` or `compact`; anything else is `card`. */
export const layoutOf = (value: unknown): ArticleLayout => (value === 'full' || value === 'compact' ? value : 'card');

/** A heading level 1–6; anything else is 2. */
export const headingLevelOf = (value: unknown): number => {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
};

/** `"Film, Spike Jonze"` → `['Film', 'Spike Jonze']` (blanks and duplicates dropped). */
export const splitList = (value: unknown): string[] => [
  ...new Set(
    (str(value) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  ),
];

/** A positive finite number, or undefined. */
export const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;

/** An image URL: http(s) only (no `data:`, no `javascript:`), resolved against the page. */
export const imageUrl = (value: unknown): string | null => {
  const url = str(value);
  return url ? safeUrl(url, undefined, IMAGE_PROTOCOLS) : null;
};

/** A link URL: http(s) and mailto only, resolved against the page. */
export const linkUrl = (value: unknown): string | null => {
  const url = str(value);
  return url ? safeUrl(url) : null;
};

/** A `srcset` with only http(s) candidates and valid `123w` / `2x` descriptors, or undefined. */
export function safeSrcset(value: unknown): string | undefined {
  const list = str(value);
  if (!list) return undefined;
  const candidates = list
    .split(/,\s+|,(?=\S+\s)/)
    .map((candidate) => {
      const [url = '', descriptor = '', ...rest] = candidate.trim().split(/\s+/);
      const safe = imageUrl(url);
      return safe && !rest.length && /^(\d+(\.\d+)?[wx])?$/.test(descriptor)
        ? `${safe}${descriptor ? ` ${descriptor}` : ''}`
        : null;
    })
    .filter((candidate): candidate is string => candidate !== null);
  return candidates.length ? candidates.join(', ') : undefined;
}

/** A parsed date with what `<time datetime>` and Intl need. */
export interface ParsedDate {
  readonly date: Date;
  /** The machine-readable value: `2013-12-18` for a plain date, else the full ISO instant. */
  readonly iso: string;
  /** A plain date names a calendar day, not an instant: it is formatted in UTC so no zone shifts it. */
  readonly dateOnly: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** An ISO 8601 date or date-time, or undefined for anything else (including impossible days). */
export function parseDate(value: unknown): ParsedDate | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : { date: value, iso: value.toISOString(), dateOnly: false };
  }
  const text = str(value) ?? '';
  if (!ISO.test(text)) return undefined;
  const dateOnly = text.length === 10;
  const date = new Date(dateOnly ? `${text}T00:00:00Z` : text.replace(' ', 'T'));
  if (Number.isNaN(date.getTime())) return undefined;
  if (dateOnly && date.toISOString().slice(0, 10) !== text) return undefined; // 2013-02-31
  return { date, iso: dateOnly ? text : date.toISOString(), dateOnly };
}

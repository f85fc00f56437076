/**
 * URL checks the elements need at once, kept apart from the HTML sanitizer (`sanitize.ts`) so
 * that importing them does not pull the sanitizer into an element's eager bundle: the sanitizer
 * loads lazily, only when untrusted HTML is rendered (DESIGN.md §7).
 */

/** Protocols of links (the default) and of images (`WEB`). */
const LINK: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
export const WEB: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * A safe absolute URL for an attribute, or undefined (also for anything but a string).
 * Relative and protocol-relative URLs resolve on `base` (default: the page); `#fragment` stays.
 * Without a document (server-side rendering) absolute URLs still pass, so the server renders the
 * same links and images as the browser (relative ones have no page to resolve on there).
 */
export function safeUrl(value: unknown, base?: string, protocols = LINK): string | undefined {
  const url = typeof value === 'string' ? value.trim() : '';
  if (url.startsWith('#')) return url;
  try {
    const parsed = new URL(url, base ?? (globalThis.document as Document | undefined)?.baseURI);
    return url && protocols.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A `srcset` keeping only candidates with an http(s) URL and a valid `123w` / `2x` descriptor; undefined when none is left. */
export function safeSrcset(value: unknown): string | undefined {
  const candidates = (typeof value === 'string' ? value : '').split(/,\s+|,(?=\S+\s)/).flatMap((candidate) => {
    const [url = '', descriptor = '', ...rest] = candidate.trim().split(/\s+/);
    const safe = safeUrl(url, undefined, WEB);
    return safe && !rest.length && /^(\d+(\.\d+)?[wx])?$/.test(descriptor)
      ? [descriptor ? `${safe} ${descriptor}` : safe]
      : [];
  });
  return candidates.join(', ') || undefined;
}

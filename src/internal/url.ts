/**
 * URL checks every element needs synchronously, kept apart from the HTML sanitizer
 * (`sanitize.ts`) so that importing them does not pull the sanitizer into an element's eager
 * bundle: the sanitizer loads lazily, only when untrusted HTML is rendered (DESIGN.md §7).
 */

const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** A safe absolute URL for an attribute, or null. Protocol-relative and relative URLs resolve on `base`. */
export function safeUrl(value: string, base?: string, protocols: ReadonlySet<string> = LINK_PROTOCOLS): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (trimmed.startsWith('#')) return trimmed;
  try {
    const url = new URL(trimmed, base ?? document.baseURI);
    return protocols.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

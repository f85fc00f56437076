/** Gravatar hashing, loaded lazily: only `<blog-author email>` and WordPress avatars need it. */

const GRAVATAR = 'https://gravatar.com/avatar/';

/**
 * Where Gravatars come from: `https://gravatar.com/avatar/`, or the page's
 * `<meta name="blog-widgets:gravatar" content="https://avatars.example.com/avatar/">` — a proxy
 * that keeps readers' addresses away from Gravatar (privacy laws), or a local stand-in in tests.
 * It must be an http(s) URL ending in `/`; anything else is ignored.
 */
export function gravatarBase(): string {
  const content = document.querySelector<HTMLMetaElement>('meta[name="blog-widgets:gravatar"]')?.content.trim();
  try {
    const url = content ? new URL(content, document.baseURI) : undefined;
    return url && /^https?:$/.test(url.protocol) && url.pathname.endsWith('/') && !url.search ? url.href : GRAVATAR;
  } catch {
    return GRAVATAR;
  }
}

/** Hex SHA-256 of a string, or undefined where Web Crypto is unavailable (insecure contexts). */
export async function sha256Hex(text: string): Promise<string | undefined> {
  try {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined;
  }
}

/**
 * The Gravatar URL for an email address (hashed with SHA-256 of the trimmed, lower-cased
 * address, as Gravatar asks), at `size` CSS pixels and twice that for high-density screens.
 * `d=404` makes a missing Gravatar fail, so the initials stay instead of a generic silhouette.
 * A value that already is a hex SHA-256 (64) or MD5 (32) hash is used as it is, so a page can
 * keep the address itself out of its HTML. Undefined when hashing is unavailable (insecure
 * contexts have no `crypto.subtle`): show the initials.
 */
export async function gravatarUrl(email: string, size: number): Promise<string | undefined> {
  const value = email.trim().toLowerCase();
  const hash = /^([0-9a-f]{32}|[0-9a-f]{64})$/.test(value) ? value : value && (await sha256Hex(value));
  return hash ? `${gravatarBase()}${hash}?s=${Math.round(size * 2)}&d=404` : undefined;
}

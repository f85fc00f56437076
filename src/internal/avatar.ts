import { css, html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import { safeUrl } from './url.js';

/**
 * Avatars for every element that shows a person (`<blog-author>`, comments, the likers strip):
 * a lazy image over coloured initials. The initials are always rendered; the image covers them
 * once it has loaded and is *removed* when it fails (404, offline, a blocked host), so a broken
 * image icon can never show. Avatars are decorative (`alt=""`): the person's name is always
 * next to them.
 */

const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

const graphemes = (text: string): string[] => {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  }
  return Array.from(text); // code points: keeps surrogate pairs whole at least
};

/**
 * Up to two initials: the first grapheme of the first and of the last word (`Liah Qureshi` →
 * `LQ`, `Zoë` → `Z`, `山田太郎` → `山`). Words that start with a letter or digit are preferred,
 * so `Liah (she/her)` or `🎬 Liah` still give sensible letters; graphemes keep combining marks
 * and emoji sequences whole. Empty for an empty name.
 */
export function initials(name: string | undefined): string {
  const words = (name ?? '').trim().split(/\s+/u).filter(Boolean);
  const lettered = words.filter((word) => /^[\p{L}\p{N}]/u.test(word));
  const pick = lettered.length ? lettered : words;
  const first = pick[0];
  if (first === undefined) return '';
  const head = (word: string): string => graphemes(word)[0] ?? '';
  const last = pick.length > 1 ? pick[pick.length - 1] : undefined;
  return (head(first) + (last === undefined ? '' : head(last))).toLocaleUpperCase();
}

/** A stable 32-bit FNV-1a hash of a string (for colours; not for security). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Background colours for initials: saturated mid-tones on which white text has a contrast of
 * at least 4.9:1 (checked in the tests), pleasant in light and dark pages alike.
 */
export const AVATAR_COLORS: readonly string[] = [
  '#b3261e',
  '#c2410c',
  '#a16207',
  '#4d7c0f',
  '#15803d',
  '#0f766e',
  '#0e7490',
  '#1d4ed8',
  '#4338ca',
  '#7e22ce',
  '#a21caf',
  '#be123c',
  '#475569',
];

/** The initials' colour for a name: derived from the name, so a person keeps it everywhere. */
export function avatarColor(name: string | undefined): string {
  return AVATAR_COLORS[hashString((name ?? '').trim().toLowerCase()) % AVATAR_COLORS.length] ?? '#475569';
}

/** Hex SHA-256 of a string, or undefined where Web Crypto is unavailable (insecure contexts). */
export async function sha256Hex(text: string): Promise<string | undefined> {
  const subtle: SubtleCrypto | undefined = (globalThis.crypto as Crypto | undefined)?.subtle;
  if (!subtle) return undefined;
  try {
    const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
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
  if (!value) return undefined;
  const hash = /^([0-9a-f]{32}|[0-9a-f]{64})$/.test(value) ? value : await sha256Hex(value);
  if (!hash) return undefined;
  return `https://gravatar.com/avatar/${hash}?s=${Math.round(size * 2)}&d=404`;
}

const isGravatar = (url: URL): boolean => /(^|\.)gravatar\.com$/i.test(url.hostname);

/**
 * A safe image URL (http/https only, relative resolved on `base`), or null. Gravatar URLs (as
 * WordPress gives them in `avatar_urls`: `http://0.gravatar.com/…&d=mm`) are moved to https
 * and asked to answer 404 instead of a default silhouette, so the initials show instead.
 */
export function avatarUrl(value: string | undefined, base?: string): string | null {
  if (!value) return null;
  const safe = safeUrl(value, base, IMAGE_PROTOCOLS);
  if (!safe) return null;
  const url = new URL(safe);
  if (!isGravatar(url)) return safe;
  url.protocol = 'https:';
  url.searchParams.set('d', '404');
  return url.href;
}

/** A `srcset` whose candidates all pass `avatarUrl`, or undefined. */
export function avatarSrcset(srcset: string | undefined, base?: string): string | undefined {
  if (!srcset) return undefined;
  const candidates = srcset
    .split(/,\s+/)
    .map((candidate) => {
      const [url = '', descriptor = ''] = candidate.trim().split(/\s+/, 2);
      const safe = avatarUrl(url, base);
      return safe && /^(\d+(\.\d+)?[wx])?$/.test(descriptor) ? `${safe}${descriptor ? ` ${descriptor}` : ''}` : null;
    })
    .filter((candidate): candidate is string => candidate !== null);
  return candidates.length ? candidates.join(', ') : undefined;
}

export interface AvatarOptions {
  /** The person's name: initials and colour come from it. */
  readonly name: string;
  /** Image URL, already passed through `avatarUrl`. */
  readonly src?: string | null | undefined;
  readonly srcset?: string | undefined;
  /** Size in CSS pixels (width = height). */
  readonly size: number;
  /** Called once when the image failed (its URL will not be tried again by this render). */
  readonly onError?: ((src: string) => void) | undefined;
  /** Extra class names for the wrapper, e.g. `u-photo` holders. */
  readonly className?: string;
}

function removeOnError(onError: AvatarOptions['onError'], src: string) {
  return (event: Event): void => {
    (event.currentTarget as HTMLImageElement).remove();
    onError?.(src);
  };
}

function markLoaded(event: Event): void {
  (event.currentTarget as HTMLImageElement).setAttribute('data-loaded', '');
}

/**
 * The avatar: `<span part="avatar">` with `<span part="initials">` and, when there is a URL,
 * a lazy `<img part="avatar-image">` over it. `keyed` gives every URL its own `<img>`, so an
 * image removed after an error is replaced when the URL changes. Use with `avatarStyles`.
 */
export function renderAvatar(options: AvatarOptions): TemplateResult {
  const { name, src, size } = options;
  const style = { '--_avatar-size': `${size}px`, '--_avatar-color': avatarColor(name) };
  return html`<span part="avatar" class="avatar ${options.className ?? ''}" style=${styleMap(style)}
    ><span part="initials" class="initials" aria-hidden="true">${initials(name)}</span>${
      src
        ? keyed(
            src,
            html`<img
              part="avatar-image"
              class="u-photo"
              src=${src}
              srcset=${options.srcset ?? nothing}
              sizes=${options.srcset ? `${size}px` : nothing}
              width=${size}
              height=${size}
              alt=""
              loading="lazy"
              decoding="async"
              @load=${markLoaded}
              @error=${removeOnError(options.onError, src)}
            />`,
          )
        : nothing
    }</span
  >`;
}

/**
 * Styles for `renderAvatar`. `--blog-avatar-radius` rounds it (a circle by default); the image
 * stays transparent until it has loaded, so a half-loaded or failing image never shows over
 * the initials.
 */
export const avatarStyles = css`
  .avatar {
    position: relative;
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: var(--_avatar-size, 40px);
    block-size: var(--_avatar-size, 40px);
    border-radius: var(--blog-avatar-radius, 50%);
    overflow: hidden;
    background: var(--_avatar-color, #4a4a4a);
    color: #fff;
    font-weight: 600;
    line-height: 1;
    user-select: none;
  }
  .initials {
    font-size: calc(var(--_avatar-size, 40px) * 0.4);
    letter-spacing: 0.02em;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    opacity: 0;
  }
  .avatar img[data-loaded] {
    opacity: 1;
  }
  @media (prefers-reduced-motion: no-preference) {
    .avatar img {
      transition: opacity 0.2s;
    }
  }
  @media (forced-colors: active) {
    .avatar {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;

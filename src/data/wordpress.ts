import { htmlToText, IMAGE_PROTOCOLS as WEB, safeUrl } from '../internal/sanitize.js';
import { gravatarBase } from '../internal/gravatar.js';
import { fetchJson, hostOf, type FetchJsonOptions } from './fetch-json.js';
import { LoadError } from './load-error.js';
import type { Author, Image, Post, Term } from './types.js';

/**
 * WordPress REST API v2 (`/wp-json/wp/v2/…` and `?rest_route=/wp/v2/…`). WordPress returns
 * titles, names and URLs unsanitized: every field is either turned into plain text here or
 * marked `*Html` for the sanitizer, and every URL passes `safeUrl`.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
const rendered = (value: unknown): string | undefined => (isObject(value) ? str(value.rendered) : str(value));

/** WordPress' `date_gmt` has no zone; read it as UTC. Falls back to the site-local `date`. */
export function wpDate(gmt: unknown, local?: unknown): Date | undefined {
  const value = str(gmt) ?? str(local);
  if (!value) return undefined;
  const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) || !str(gmt) ? value : `${value}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Adds `_embed` to a post URL, for both `/wp-json/…` and `?rest_route=…` forms. */
export function withEmbed(src: string): string {
  const url = new URL(src, document.baseURI);
  url.searchParams.set('_embed', '1');
  return url.href;
}

/**
 * A safe image URL (http/https only, relative resolved on `base`), or null. Gravatar URLs (as
 * WordPress gives them in `avatar_urls`: `http://0.gravatar.com/avatar/HASH?…&d=mm`) go to the
 * page's Gravatar base (https://gravatar.com/avatar/ unless a proxy is named) and are asked to
 * answer 404 instead of a default silhouette, so the initials show instead.
 */
export function avatarUrl(value: unknown, base?: string): string | null {
  const safe = safeUrl(value, base, WEB);
  if (!safe) return null;
  const url = new URL(safe);
  if (!/(^|\.)gravatar\.com$/i.test(url.hostname)) return safe;
  url.protocol = 'https:';
  // A Gravatar's own path goes through the page's Gravatar base (a privacy proxy: gravatar.ts).
  const hash = /^\/avatar\/([0-9a-f]{32,64})$/i.exec(url.pathname)?.[1];
  const moved = hash ? new URL(`${gravatarBase()}${hash}${url.search}`) : url;
  moved.searchParams.set('d', '404');
  return moved.href;
}

/** A `srcset` whose candidates all pass `avatarUrl`, or undefined. */
export function avatarSrcset(srcset: string | undefined): string | undefined {
  const candidates = (srcset ?? '').split(/,\s+/).flatMap((candidate) => {
    const [url = '', descriptor = ''] = candidate.trim().split(/\s+/, 2);
    const safe = avatarUrl(url);
    return safe && /^(\d+(\.\d+)?[wx])?$/.test(descriptor) ? [descriptor ? `${safe} ${descriptor}` : safe] : [];
  });
  return candidates.join(', ') || undefined;
}

/**
 * The avatar of `avatar_urls` (`{ "24": url, "48": url, "96": url }`): the largest as `src`, all
 * as `srcset`; Gravatars moved to https and asked for a 404 instead of a silhouette (`avatarUrl`).
 */
function avatarFrom(urls: unknown, base?: string): Image | undefined {
  if (!isObject(urls)) return undefined;
  const sizes = Object.entries(urls)
    .map(([size, url]) => [Number(size), avatarUrl(url, base)] as const)
    .filter((entry): entry is readonly [number, string] => entry[0] > 0 && entry[1] !== null)
    .sort((a, b) => a[0] - b[0]);
  const largest = sizes.at(-1);
  if (!largest) return undefined;
  const srcset = avatarSrcset(sizes.map(([size, url]) => `${url} ${size}w`).join(', '));
  return { src: largest[1], alt: '', width: largest[0], height: largest[0], ...(srcset && { srcset }) };
}

/** A WordPress user object (`/wp/v2/users/ID` or an embedded author) → Author, or undefined. */
export function mapUser(data: unknown, base?: string): Author | undefined {
  if (!isObject(data) || typeof data.id !== 'number' || typeof data.name !== 'string') return undefined;
  const name = htmlToText(data.name);
  const link = str(data.link) ?? str(data.url);
  const safeLink = safeUrl(link, base);
  const description = str(data.description);
  const avatar = avatarFrom(data.avatar_urls, base);
  return {
    id: String(data.id),
    name,
    ...(safeLink ? { link: safeLink } : {}),
    ...(description ? { description: htmlToText(description) } : {}),
    ...(avatar ? { avatar } : {}),
  };
}

function mapMedia(data: unknown, base?: string): Image | undefined {
  if (!isObject(data) || str(data.media_type) === 'file') return undefined;
  const src = safeUrl(data.source_url, base, WEB);
  if (!src) return undefined;
  const details = isObject(data.media_details) ? data.media_details : {};
  const sizes = isObject(details.sizes) ? Object.values(details.sizes) : [];
  const candidates = new Map<number, string>();
  for (const size of sizes) {
    if (!isObject(size)) continue;
    const width = num(size.width);
    const url = safeUrl(size.source_url, base, WEB);
    // Square crops (thumbnails) would be stretched into the landscape slot: keep proportional sizes only.
    const height = num(size.height);
    const ratio =
      num(details.width) && num(details.height) ? (details.width as number) / (details.height as number) : 0;
    if (width && url && (!ratio || !height || Math.abs(width / height - ratio) < 0.02)) candidates.set(width, url);
  }
  const width = num(details.width);
  const height = num(details.height);
  if (width) candidates.set(width, src);
  const srcset = [...candidates.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([w, url]) => `${url} ${w}w`)
    .join(', ');
  return {
    src,
    alt: htmlToText(str(data.alt_text) ?? ''),
    ...(width ? { width } : {}),
    ...(height ? { height } : {}),
    ...(candidates.size > 1 ? { srcset } : {}),
  };
}

function mapTerms(groups: unknown, taxonomy: string, base?: string): Term[] {
  if (!Array.isArray(groups)) return [];
  const terms: Term[] = [];
  for (const group of groups) {
    if (!Array.isArray(group)) continue;
    for (const term of group) {
      if (!isObject(term) || term.taxonomy !== taxonomy || typeof term.name !== 'string') continue;
      const link = safeUrl(term.link, base);
      terms.push({ name: htmlToText(term.name), ...(link ? { link } : {}) });
    }
  }
  return terms;
}

/** A WordPress post object (with or without `_embedded`) → Post; throws `LoadError` when it is not a post. */
export function mapPost(data: unknown, src: string): Post {
  const title = isObject(data) ? rendered(data.title) : undefined;
  const content = isObject(data) ? rendered(data.content) : undefined;
  if (!isObject(data) || typeof data.id !== 'number' || title === undefined || content === undefined) {
    throw new LoadError('invalid', hostOf(src), 200, 'errorNotPost');
  }
  const embedded = isObject(data._embedded) ? data._embedded : {};
  const base = str(data.link) ?? src;
  const link = safeUrl(data.link, src);
  const author = Array.isArray(embedded.author) ? mapUser(embedded.author[0], base) : undefined;
  const media = Array.isArray(embedded['wp:featuredmedia'])
    ? mapMedia(embedded['wp:featuredmedia'][0], base)
    : undefined;
  const excerpt = rendered(data.excerpt);
  const published = wpDate(data.date_gmt, data.date);
  const modified = wpDate(data.modified_gmt, data.modified);
  return {
    id: String(data.id),
    title: htmlToText(title),
    contentHtml: content,
    categories: mapTerms(embedded['wp:term'], 'category', base),
    tags: mapTerms(embedded['wp:term'], 'post_tag', base),
    ...(link ? { link } : {}),
    ...(excerpt ? { excerptHtml: excerpt } : {}),
    ...(published ? { published } : {}),
    ...(modified ? { modified } : {}),
    ...(author ? { author } : {}),
    ...(media ? { image: media } : {}),
  };
}

/** Loads a post from its REST URL, with author, featured media and terms embedded. */
export async function loadWordPressPost(src: string, options: FetchJsonOptions = {}): Promise<Post> {
  const { data } = await fetchJson(withEmbed(src), options);
  return mapPost(data, src);
}

/**
 * Loads a user from its REST URL (`/wp/v2/users/ID`), or the first user of a list
 * (`/wp/v2/users?slug=liah-qureshi`). A profile WordPress keeps private (401/403,
 * `rest_user_cannot_view`) fails with its own sentence.
 */
export async function loadWordPressUser(src: string, options: FetchJsonOptions = {}): Promise<Author> {
  const { data } = await fetchJson(src, options).catch((error: unknown) => {
    throw error instanceof LoadError &&
      (error.code === 'rest_user_cannot_view' || error.status === 401 || error.status === 403)
      ? new LoadError(error.kind, error.host, error.status, 'errorAuthorPrivate', error.code)
      : error;
  });
  const author = mapUser(Array.isArray(data) ? data[0] : data, src);
  if (!author) throw new LoadError('invalid', hostOf(src), 200, 'errorNotAuthor');
  return author;
}

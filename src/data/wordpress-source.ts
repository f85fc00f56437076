import { safeUrl } from '../internal/url.js';
import { fetchJson } from './fetch-json.js';
import { LoadError } from './load-error.js';
import type {
  BlogSource,
  Comment,
  CommentPage,
  LikesSummary,
  ListOptions,
  NewComment,
  PostRef,
  RequestOptions,
  Session,
} from './source.js';
import type { Author, Post } from './types.js';
import { loadWordPressPost, loadWordPressUser, mapPost, mapUser, wpDate } from './wordpress.js';
import { toWriteError, WriteError, writeErrorFrom } from './write-error.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
/** A whole number ≥ 0 from a header or cursor, or undefined. */
const whole = (value: string | null | undefined): number | undefined =>
  value && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
/** Gravatar answers https too: WordPress' `http://0.gravatar.com/…` avatars (and srcsets) move there. */
const https = (urls: string): string => urls.replace(/\bhttp:(\/\/(?:[\w-]+\.)*gravatar\.com\/)/gi, 'https:$1');
/** WordPress ids are integers; anything else is sent as given for WordPress to refuse. */
const wpId = (id: string): number | string => whole(id) ?? id;

export interface WordPressSourceOptions {
  /** Use `?rest_route=/wp/v2/…` (sites without pretty permalinks). Implied by a base holding `rest_route`. */
  readonly restRoute?: boolean;
}

/**
 * A WordPress comment (`/wp/v2/comments`) → Comment, or undefined when it is not one. The body is
 * `contentHtml` (untrusted `content.rendered`), the name plain text, links `safeUrl`-checked, and
 * Gravatars moved to https (the largest as `src`, all in `srcset`). Any status but
 * `approved` (`hold`, `spam`, `trash`) is `pending`.
 */
export function mapComment(data: unknown, base?: string): Comment | undefined {
  if (!isObject(data) || typeof data.id !== 'number') return undefined;
  const user = mapUser(
    {
      id: typeof data.author === 'number' ? data.author : 0,
      name: str(data.author_name) ?? '',
      url: data.author_url,
      avatar_urls: data.author_avatar_urls,
    },
    base,
  );
  // A guest's `author` is 0: no user id then.
  const { id: userId, avatar, ...person } = user ?? { name: '' };
  const author: Author = {
    ...(userId && userId !== '0' ? { id: userId } : {}),
    ...person,
    ...(avatar
      ? { avatar: { ...avatar, src: https(avatar.src), ...(avatar.srcset ? { srcset: https(avatar.srcset) } : {}) } }
      : {}),
  };
  const content = isObject(data.content) ? str(data.content.rendered) : undefined;
  const date = wpDate(data.date_gmt, data.date);
  const link = safeUrl(data.link, base);
  return {
    id: String(data.id),
    author,
    status: data.status === undefined || data.status === 'approved' ? 'approved' : 'pending',
    ...(typeof data.parent === 'number' && data.parent > 0 ? { parent: String(data.parent) } : {}),
    ...(content !== undefined ? { contentHtml: content } : {}),
    ...(date ? { date } : {}),
    ...(link ? { link } : {}),
  };
}

/**
 * A WordPress site's REST API v2, read and written from the browser.
 *
 * - `new WordPressSource('https://site/')` → `https://site/wp-json/wp/v2/…`; a base with
 *   `/wp-json` is cut there; a base with `rest_route` (or `{ restRoute: true }`) builds
 *   `https://site/?rest_route=/wp/v2/…&page=2` for sites without pretty permalinks.
 * - Posts by id, or by URL: `?p=ID` permalinks directly, others by the slug (the last path
 *   segment, `/wp/v2/posts?slug=…`).
 * - Comments are read as a guest sees them (approved only) and created as a guest, which works
 *   where the site allows it (`rest_allow_anonymous_comments`); `notifyComments`/`notifyPosts`
 *   have no WordPress core equivalent and are ignored.
 * - WordPress core has no likes: `getLikes`/`setLike` reject with `WriteError` `unsupported`
 *   (`errorLikesUnsupported`), so `<blog-likes>` can say so or hide.
 * - `session()` is always a guest's (`{}`) until sign-in arrives.
 */
export class WordPressSource implements BlogSource {
  readonly kind = 'wordpress';
  /** The REST root: `https://site/wp-json/`, or (rest_route form) the site URL without `rest_route`. */
  readonly root: string;
  readonly host: string;
  private readonly restRoute: boolean;
  /** Post ids found for post URLs. */
  private readonly ids = new Map<string, string>();

  constructor(base: string, options: WordPressSourceOptions = {}) {
    const url = new URL(base, document.baseURI);
    this.restRoute = options.restRoute ?? url.searchParams.has('rest_route');
    const api = url.pathname.indexOf('/wp-json');
    if (api >= 0) url.pathname = url.pathname.slice(0, api + 1);
    if (this.restRoute) url.searchParams.delete('rest_route');
    else url.pathname = url.pathname.replace(/\/?$/, '/wp-json/');
    url.hash = '';
    this.root = url.href;
    this.host = url.host;
  }

  /** The URL of a REST route (`/wp/v2/comments`) with query parameters, in this site's form. */
  url(route: string, params: Readonly<Record<string, string | number>> = {}): string {
    const url = new URL(this.root);
    if (this.restRoute) url.searchParams.set('rest_route', route);
    else url.pathname += route.replace(/^\//, '');
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, String(value));
    return url.href;
  }

  async getPost(post: PostRef, options: RequestOptions = {}): Promise<Post> {
    const id = post.id ?? idInUrl(post.url);
    if (id) return loadWordPressPost(this.url(`/wp/v2/posts/${encodeURIComponent(id)}`), timing(options));
    const { data, src } = await this.findPost(post.url, { _embed: 1 }, options);
    const found = mapPost(data, src);
    if (post.url && found.id) this.ids.set(post.url, found.id);
    return found;
  }

  getAuthor(id: string, options: RequestOptions = {}): Promise<Author> {
    return loadWordPressUser(this.url(`/wp/v2/users/${encodeURIComponent(id)}`), timing(options));
  }

  /**
   * One page of a post's comments, flat, each with its `parent`. WordPress pages by comment,
   * not by thread, so a reply can arrive on a later page than its parent (and a parent after
   * its reply when newest come first): the element threads what it has and shows an orphan at
   * the top level until its parent arrives. `cursor` is the page number; `total` is
   * `X-WP-Total`; `next` is set while `X-WP-TotalPages` says more pages follow. A page beyond
   * the last (WordPress answers `[]`, or 400 `…_invalid_page_number` on other routes) is an
   * empty last page.
   */
  async listComments(post: PostRef, options: ListOptions = {}): Promise<CommentPage> {
    const id = await this.postId(post, options);
    const page = Math.max(1, whole(options.cursor) ?? 1);
    const perPage = Math.min(100, Math.max(1, Math.trunc(options.perPage ?? 50) || 50));
    const src = this.url('/wp/v2/comments', {
      post: id,
      per_page: perPage,
      page,
      order: options.order === 'newest' ? 'desc' : 'asc',
      orderby: 'date_gmt',
    });
    let response;
    try {
      response = await fetchJson(src, timing(options));
    } catch (error) {
      if (error instanceof LoadError && error.status === 400 && error.code?.endsWith('_invalid_page_number')) {
        return { comments: [] };
      }
      throw error;
    }
    const { data, headers, status } = response;
    if (!Array.isArray(data)) throw new LoadError('invalid', this.host, status);
    const comments = data.map((item) => mapComment(item, src)).filter((comment) => comment !== undefined);
    const total = whole(headers.get('X-WP-Total'));
    const pages = whole(headers.get('X-WP-TotalPages'));
    // Without the paging headers (a proxy dropped them), a full page means there may be more.
    const more = pages === undefined ? data.length >= perPage : page < pages;
    return { comments, ...(total !== undefined ? { total } : {}), ...(more ? { next: String(page + 1) } : {}) };
  }

  /**
   * Creates a comment as a guest: POST JSON `{ post, parent, author_name, author_email,
   * author_url, content }`, `content` being the plain text the reader typed (WordPress stores it
   * and answers with HTML in `content.rendered`). Resolves with the stored comment, `mine`, and
   * `pending` when held for moderation. Asks for WordPress' `_envelope`, so that its errors
   * arrive as readable JSON (`data.params` names the field at fault) whatever the status;
   * network, CORS and timeout failures come from `fetchJson`. Rejects with a `WriteError`.
   */
  async createComment(comment: NewComment, options: RequestOptions = {}): Promise<Comment> {
    const src = this.url('/wp/v2/comments', { _envelope: 1 });
    let answer: { data: unknown; status: number };
    try {
      const post = await this.postId(comment.post, options);
      const body = JSON.stringify({
        post: wpId(post),
        parent: comment.parent === undefined ? undefined : wpId(comment.parent),
        author_name: comment.name,
        author_email: comment.email,
        author_url: comment.url,
        content: comment.content,
      });
      const init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body };
      answer = await fetchJson(src, { ...timing(options), init });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw toWriteError(error, this.host, comment);
    }
    const { data } = answer;
    const envelope = isObject(data) && typeof data.status === 'number' && 'body' in data;
    const status = envelope ? Number(data.status) : answer.status;
    const body = envelope ? data.body : data;
    if (status >= 400) {
      const error = isObject(body) ? body : {};
      const details = isObject(error.data) ? error.data : {};
      const params = isObject(details.params) ? details.params : undefined;
      throw writeErrorFrom({ status, code: str(error.code), message: str(error.message), params }, this.host, comment);
    }
    const created = mapComment(body, src);
    if (!created) throw new WriteError('not-json', this.host, { status });
    return { ...created, mine: true };
  }

  getLikes(_post: PostRef): Promise<LikesSummary> {
    return Promise.reject(new WriteError('unsupported', this.host));
  }

  setLike(_post: PostRef, _liked: boolean): Promise<LikesSummary> {
    return Promise.reject(new WriteError('unsupported', this.host));
  }

  session(): Promise<Session> {
    return Promise.resolve({});
  }

  /** The post's WordPress id: given, in a `?p=ID` URL, or looked up by slug (once per URL). */
  private async postId(post: PostRef, options: RequestOptions): Promise<string> {
    const id = post.id ?? idInUrl(post.url) ?? (post.url && this.ids.get(post.url));
    if (id) return id;
    const { data } = await this.findPost(post.url, { _fields: 'id' }, options);
    const found = isObject(data) && typeof data.id === 'number' ? String(data.id) : undefined;
    if (!found) throw new LoadError('invalid', this.host, 200, 'errorNotPost');
    if (post.url) this.ids.set(post.url, found);
    return found;
  }

  /** The first post whose slug is the last path segment of `url`. */
  private async findPost(
    url: string | undefined,
    params: Readonly<Record<string, string | number>>,
    options: RequestOptions,
  ): Promise<{ data: unknown; src: string }> {
    const slug = url && slugOf(url);
    if (!slug) throw new LoadError('not-found', this.host, 0, 'errorNotPost');
    const src = this.url('/wp/v2/posts', { slug, ...params });
    const { data } = await fetchJson(src, timing(options));
    if (!Array.isArray(data)) throw new LoadError('invalid', this.host, 200, 'errorNotPost');
    if (!data.length) throw new LoadError('not-found', this.host, 404, 'errorNotPost');
    return { data: data[0], src };
  }
}

const timing = ({ signal, timeout }: RequestOptions): RequestOptions => ({
  ...(signal ? { signal } : {}),
  ...(timeout ? { timeout } : {}),
});

/** The id of a plain permalink (`https://site/?p=4`). */
function idInUrl(url: string | undefined): string | undefined {
  try {
    const id = url && new URL(url, document.baseURI).searchParams.get('p');
    return id && /^\d+$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The last non-empty path segment of a post URL (`/2013/12/18/spike-jonzes-her/` → the slug). */
function slugOf(url: string): string | undefined {
  try {
    const segment = new URL(url, document.baseURI).pathname.split('/').filter(Boolean).at(-1);
    return segment && decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

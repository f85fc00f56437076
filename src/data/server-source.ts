import { cleanIdentity, pageSession, serviceToken, setPageSession } from '../identity/session.js';
import { fetchJson } from './fetch-json.js';
import { LoadError } from './load-error.js';
import { serviceLoadError, serviceWriteError } from './server-errors.js';
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
  SignInProvider,
} from './source.js';
import type { Author, Post } from './types.js';
import { WriteError } from './write-error.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const http = (value: unknown): string | undefined => {
  const text = str(value);
  return text && /^https?:\/\//i.test(text) ? text : undefined;
};

/** The page's own address as a post URL: its canonical link, else its URL without query and #fragment. */
function pageUrl(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href;
  if (canonical && /^https?:/i.test(canonical)) return canonical;
  return location.origin + location.pathname;
}

/** A comment of the service's JSON → Comment; undefined when it is not one. Bodies are text. */
export function mapServiceComment(data: unknown, page: string): Comment | undefined {
  if (!isObject(data) || typeof data.id !== 'string' || !isObject(data.author)) return undefined;
  const name = str(data.author.name) ?? '';
  const link = http(data.author.url);
  const avatar = http(data.author.avatar);
  const date = str(data.date) ? new Date(data.date as string) : undefined;
  return {
    id: data.id,
    ...(typeof data.parent === 'string' ? { parent: data.parent } : {}),
    author: { name, ...(link ? { link } : {}), ...(avatar ? { avatar: { src: avatar, alt: '' } } : {}) },
    contentText: str(data.content) ?? '',
    ...(date && !Number.isNaN(date.getTime()) ? { date } : {}),
    status: data.status === 'approved' ? 'approved' : 'pending',
    link: new URL(`#comment-${data.id}`, page).href,
    ...(data.mine === true ? { mine: true } : {}),
  };
}

function mapLikes(data: unknown, host: string): LikesSummary {
  if (!isObject(data) || typeof data.count !== 'number' || !Array.isArray(data.likers)) {
    throw new LoadError('invalid', host);
  }
  const likers = data.likers.filter(isObject).map((l) => {
    const avatar = http(l.avatar);
    const link = http(l.link);
    return { name: str(l.name) ?? '', ...(avatar ? { avatar } : {}), ...(link ? { link } : {}) };
  });
  return { count: data.count, likers, liked: data.liked === true };
}

const timing = ({ signal, timeout }: RequestOptions): RequestOptions => ({
  ...(signal ? { signal } : {}),
  ...(timeout ? { timeout } : {}),
});

/**
 * The companion service (`server/`): `source="https://comments.example.com"`.
 *
 * - A post is named by its id (`post="her"`) or URL; with neither, by the page's canonical URL,
 *   so a page needs nothing but the source. The site is the page's origin (the service's
 *   allow-list says which origins are whose).
 * - Comments come a page of whole threads at a time; bodies are plain text.
 * - The reader is a guest with a token the service issues on the first comment or like and this
 *   browser keeps (localStorage, per service): it makes a like count once and shows the reader
 *   their own held comments after a reload. It names no one: `session()` has an `identity`
 *   only for someone signed in.
 * - A reader who signed in through the service (the sign-in popup, `src/identity/`) holds the
 *   page's session token instead (sessionStorage, this tab only): every request sends it, and
 *   a token the service no longer accepts ends the page's session everywhere.
 * - Every service error becomes the WriteError/LoadError kind with its plain sentence.
 */
export class ServerSource implements BlogSource {
  readonly kind = 'server';
  /** The service's root URL, ending in `/`. */
  readonly root: string;
  readonly host: string;
  private token?: string | null;
  private issuing?: Promise<string | undefined>;

  constructor(base: string) {
    const url = new URL(base, document.baseURI);
    url.search = '';
    url.hash = '';
    url.pathname = url.pathname.replace(/\/?$/, '/');
    this.root = url.href;
    this.host = url.host;
  }

  /** The page's signed-in token for this service, if the reader signed in with it. */
  private signedIn(): string | undefined {
    return serviceToken(new URL(this.root).origin);
  }

  /** The token to send: the signed-in one, else this browser's guest token. */
  private bearer(): string | undefined {
    return this.signedIn() ?? this.stored();
  }

  /** The service refused the signed-in token (logged out elsewhere, expired): the page is signed out. */
  private ended(error: unknown): void {
    if (error instanceof LoadError && error.status === 401 && error.code === 'session_ended' && this.signedIn()) {
      setPageSession(undefined, 'ended');
    }
  }

  private get storageKey(): string {
    return `blog-widgets:service-token:${new URL(this.root).origin}`;
  }

  /** The guest token this browser holds for the service, if any. */
  private stored(): string | undefined {
    if (this.token === undefined) {
      try {
        this.token = localStorage.getItem(this.storageKey);
      } catch {
        this.token = null; // storage blocked: the token lives in memory for this page only
      }
    }
    return this.token ?? undefined;
  }

  private keep(token: string | undefined): void {
    this.token = token ?? null;
    try {
      if (token) localStorage.setItem(this.storageKey, token);
      else localStorage.removeItem(this.storageKey);
    } catch {
      // Blocked or full: kept in memory only.
    }
  }

  /** The guest token, asked for once when there is none. Undefined when the service refuses one. */
  private async guestToken(options: RequestOptions): Promise<string | undefined> {
    const held = this.stored();
    if (held) return held;
    this.issuing ??= fetchJson(this.url('api/v1/session/guest'), { ...timing(options), init: { method: 'POST' } })
      .then(({ data }) => {
        const token = isObject(data) ? str(data.token) : undefined;
        this.keep(token);
        return token;
      })
      .catch(() => undefined)
      .finally(() => (this.issuing = undefined));
    return this.issuing;
  }

  url(path: string, params: Readonly<Record<string, string | number | undefined>> = {}): string {
    const url = new URL(path, this.root);
    for (const [name, value] of Object.entries(params))
      if (value !== undefined) url.searchParams.set(name, String(value));
    return url.href;
  }

  /** `post` or `postUrl` for a PostRef; the page's URL when it names neither. */
  private postParams(post: PostRef): { post?: string; postUrl?: string } {
    if (post.id) return { post: post.id };
    return { postUrl: post.url ?? pageUrl() };
  }

  private async get(
    path: string,
    params: Record<string, string | number | undefined>,
    options: RequestOptions,
  ): Promise<unknown> {
    const token = this.bearer();
    const init: RequestInit = token ? { headers: { Authorization: `Bearer ${token}` } } : {};
    try {
      return (await fetchJson(this.url(path, params), { ...timing(options), init })).data;
    } catch (error) {
      throw serviceLoadError(error);
    }
  }

  async getPost(post: PostRef, options: RequestOptions = {}): Promise<Post> {
    let data: unknown;
    try {
      data = await this.get('api/v1/post', this.postParams(post), options);
    } catch (error) {
      if (error instanceof LoadError && error.status === 404 && error.code === 'unknown_post') {
        throw new LoadError('not-found', this.host, 404, 'errorNotPost', error.code);
      }
      throw error;
    }
    if (!isObject(data)) throw new LoadError('invalid', this.host, 200, 'errorNotPost');
    const link = http(data.url);
    return {
      ...(str(data.id) ? { id: str(data.id) } : {}),
      title: str(data.title) ?? '',
      ...(link ? { link } : {}),
      categories: [],
      tags: [],
    };
  }

  /** The service keeps comments and likes, not author profiles. */
  getAuthor(_id: string): Promise<Author> {
    return Promise.reject(new LoadError('not-found', this.host, 404, 'errorNotAuthor'));
  }

  async listComments(post: PostRef, options: ListOptions = {}): Promise<CommentPage> {
    const params = this.postParams(post);
    const data = await this.get(
      'api/v1/comments',
      {
        ...params,
        order: options.order === 'newest' ? 'newest' : 'oldest',
        limit: Math.min(100, Math.max(1, Math.trunc(options.perPage ?? 50) || 50)),
        cursor: options.cursor,
      },
      options,
    );
    if (!isObject(data) || !Array.isArray(data.comments)) throw new LoadError('invalid', this.host, 200);
    const page = params.postUrl ?? location.href;
    const comments = data.comments.map((c) => mapServiceComment(c, page)).filter((c) => c !== undefined);
    return {
      comments,
      ...(typeof data.total === 'number' ? { total: data.total } : {}),
      ...(typeof data.next === 'string' ? { next: data.next } : {}),
    };
  }

  /**
   * Posts a comment as a guest: asks for a guest token first (so the reader sees the comment
   * after a reload while it awaits moderation), then POSTs it. Rejects with a WriteError whose
   * `field` names the input at fault.
   */
  async createComment(comment: NewComment, options: RequestOptions = {}): Promise<Comment> {
    const params = this.postParams(comment.post);
    let data: unknown;
    try {
      const token = this.signedIn() ?? (await this.guestToken(options));
      const body = JSON.stringify({
        ...params,
        ...(comment.parent ? { parent: comment.parent } : {}),
        content: comment.content,
        ...(comment.name !== undefined ? { name: comment.name } : {}),
        ...(comment.email !== undefined ? { email: comment.email } : {}),
        ...(comment.url ? { website: comment.url } : {}),
        ...(comment.notifyComments !== undefined ? { notifyComments: comment.notifyComments } : {}),
        ...(comment.notifyPosts !== undefined ? { notifyPosts: comment.notifyPosts } : {}),
        ...(!params.post && document.title ? { title: document.title.slice(0, 500) } : {}),
      });
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (token) headers.Authorization = `Bearer ${token}`;
      ({ data } = await fetchJson(this.url('api/v1/comments'), {
        ...timing(options),
        init: { method: 'POST', headers, body },
      }));
    } catch (error) {
      if (options.signal?.aborted) throw error;
      this.ended(error);
      throw serviceWriteError(error, this.host, comment);
    }
    const created = isObject(data) ? mapServiceComment(data.comment, params.postUrl ?? location.href) : undefined;
    if (!created) throw new WriteError('not-json', this.host, { status: 201 });
    return { ...created, mine: true };
  }

  async getLikes(post: PostRef, options: RequestOptions & { readonly likers?: number } = {}): Promise<LikesSummary> {
    const likers = Math.min(100, Math.max(0, Math.trunc(options.likers ?? 10)));
    return mapLikes(await this.get('api/v1/likes', { ...this.postParams(post), likers }, options), this.host);
  }

  /** Likes or unlikes as this browser's guest; a token the service no longer knows is replaced once. */
  async setLike(post: PostRef, liked: boolean, options: RequestOptions = {}): Promise<LikesSummary> {
    const send = async (): Promise<unknown> => {
      const token = this.signedIn() ?? (await this.guestToken(options));
      if (!token) throw new WriteError('too-fast', this.host, { code: 'rate_limited' });
      const init = { method: liked ? 'PUT' : 'DELETE', headers: { Authorization: `Bearer ${token}` } };
      return (await fetchJson(this.url('api/v1/likes', this.postParams(post)), { ...timing(options), init })).data;
    };
    try {
      let data: unknown;
      try {
        data = await send();
      } catch (error) {
        if (!(error instanceof LoadError && error.status === 401) || this.signedIn()) throw error;
        this.keep(undefined); // expired or revoked: a new guest token, once
        data = await send();
      }
      return mapLikes(data, this.host);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      this.ended(error);
      throw serviceWriteError(error, this.host);
    }
  }

  /**
   * Who the reader is: the signed-in person (checked with the service, which may have ended the
   * session: the page is then signed out); a guest token names no one.
   */
  async session(options: RequestOptions = {}): Promise<Session> {
    const signedIn = this.signedIn();
    if (!signedIn && !this.stored()) return {};
    const data = await this.get('api/v1/session', {}, options);
    if (!isObject(data)) return {};
    if (signedIn && this.signedIn() === signedIn) {
      const identity = cleanIdentity(data.identity);
      if (!identity) {
        setPageSession(undefined, 'ended');
        return {};
      }
      return { identity: pageSession()?.identity ?? identity };
    }
    if (data.identity === null && data.guest === false) this.keep(undefined);
    const identity = cleanIdentity(data.identity);
    return identity ? { identity } : {};
  }

  /** The sign-in providers the service offers (`GET /api/v1/auth/providers`); none when it offers none. */
  async providers(options: RequestOptions = {}): Promise<readonly SignInProvider[]> {
    const data = await this.get('api/v1/auth/providers', {}, options);
    const list = isObject(data) && Array.isArray(data.providers) ? data.providers : [];
    const origin = new URL(this.root).origin;
    return list.filter(isObject).flatMap((p) => {
      const start = http(p.start);
      // A popup only on the service itself: its answer is trusted from that origin alone.
      if (typeof p.id !== 'string' || typeof p.name !== 'string' || !start || new URL(start).origin !== origin)
        return [];
      return [{ id: p.id, name: p.name, icon: typeof p.icon === 'string' ? p.icon : 'openid', start }];
    });
  }

  /** Log Out: the service revokes the token at once; the page is signed out whatever it answers. */
  async signOut(options: RequestOptions = {}): Promise<void> {
    const token = this.signedIn();
    if (!token) return;
    try {
      await fetchJson(this.url('api/v1/session'), {
        ...timing(options),
        init: { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } },
      });
    } catch {
      // Unreachable: the token still expires on its own (hours), and this tab forgets it now.
    }
  }
}

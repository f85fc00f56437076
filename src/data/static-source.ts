import { getIdentity } from '../identity/session.js';
import { safeUrl, WEB } from '../internal/url.js';
import { BlogCommentSubmitEvent, BlogLikeEvent } from './events.js';
import { LoadError } from './load-error.js';
import type {
  BlogSource,
  Comment,
  CommentPage,
  CommentStatus,
  Liker,
  LikesSummary,
  ListOptions,
  NewComment,
  PostRef,
  RequestOptions,
  Session,
} from './source.js';
import type { Author, Image, Post, Term } from './types.js';
import { toWriteError, WriteError } from './write-error.js';

/**
 * What a static source serves, as a page writes it in JSON: the shapes of `source.ts` and
 * `types.ts`, dates as ISO strings, ids as strings or numbers. A comment's body is text
 * (`contentText`, or `content`) unless it is given as `contentHtml`. A top-level array is a
 * list of comments.
 */
export interface StaticData {
  readonly post?: Post;
  readonly authors?: readonly Author[];
  readonly comments?: readonly Comment[];
  readonly likes?: LikesSummary;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Says which field was dropped, and why, and gives `instead`; the rest of the data still works. */
function drop<T = undefined>(path: string, expected: string, instead?: T): T {
  console.warn(`blog-widgets: static data: ${path} is not ${expected}; ignored.`);
  return instead as T;
}

/**
 * Readers of one field each: the value when it has the right type, else undefined (with a
 * warning naming the field unless it was simply absent). None of them throws.
 */
const text = (value: unknown, path: string): string | undefined =>
  value == null || typeof value === 'string' ? (value ?? undefined) : drop(path, 'a string');
/** Like `text`, for a field that must be there. */
const name = (value: unknown, path: string): string | undefined =>
  typeof value === 'string' ? value : drop(path, 'a string');
const flag = (value: unknown, path: string): boolean | undefined =>
  value == null || typeof value === 'boolean' ? (value ?? undefined) : drop(path, 'true or false');
function id(value: unknown, path: string): string | undefined {
  const given = typeof value === 'number' && Number.isFinite(value) ? String(value) : text(value, path);
  return given?.trim() ? given : undefined;
}
const count = (value: unknown, path: string): number | undefined =>
  value == null || (Number.isSafeInteger(value) && (value as number) >= 0)
    ? ((value as number | null | undefined) ?? undefined)
    : drop(path, 'a whole number ≥ 0');
const size = (value: unknown, path: string): number | undefined => (value === 0 ? undefined : count(value, path));
function link(value: unknown, path: string, protocols?: ReadonlySet<string>): string | undefined {
  const url = text(value, path);
  return url === undefined ? undefined : (safeUrl(url, undefined, protocols) ?? drop(path, 'an http(s) URL'));
}
function date(value: unknown, path: string): Date | undefined {
  if (value == null) return undefined;
  const parsed = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : drop(path, 'an ISO date');
}
function list<T>(value: unknown, path: string, item: (value: unknown, path: string) => T | undefined): T[] {
  if (value == null) return [];
  if (!Array.isArray(value)) return drop(path, 'a list', []);
  return value.flatMap((entry, i) => item(entry, `${path}[${i}]`) ?? []);
}
/** Keeps the defined entries: `{ a: undefined }` would still be a key. */
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

function image(value: unknown, path: string): Image | undefined {
  if (typeof value === 'string') {
    const src = link(value, path, WEB);
    return src ? { src, alt: '' } : undefined;
  }
  if (!isObject(value)) return value == null ? undefined : drop(path, 'an image');
  const src = link(value.src, `${path}.src`, WEB);
  if (!src) return undefined;
  return defined({
    src,
    alt: text(value.alt, `${path}.alt`) ?? '',
    width: size(value.width, `${path}.width`),
    height: size(value.height, `${path}.height`),
    srcset: text(value.srcset, `${path}.srcset`),
    sizes: text(value.sizes, `${path}.sizes`),
  });
}

function person(value: unknown, path: string): Author | undefined {
  if (typeof value === 'string') return { name: value };
  if (!isObject(value)) return value == null ? undefined : drop(path, 'a person');
  const label = name(value.name, `${path}.name`);
  if (label === undefined) return undefined;
  return defined({
    id: id(value.id, `${path}.id`),
    name: label,
    realName: text(value.realName, `${path}.realName`),
    link: link(value.link, `${path}.link`),
    tagline: text(value.tagline, `${path}.tagline`),
    description: text(value.description, `${path}.description`),
    avatar: image(value.avatar, `${path}.avatar`),
  });
}

function term(value: unknown, path: string): Term | undefined {
  const entry: Json = isObject(value) ? value : { name: value };
  const label = name(entry.name, `${path}.name`);
  return label === undefined ? undefined : defined({ name: label, link: link(entry.link, `${path}.link`) });
}

function post(value: unknown, path: string): Post | undefined {
  if (!isObject(value)) return value == null ? undefined : drop(path, 'a post');
  return defined({
    id: id(value.id, `${path}.id`),
    title: text(value.title, `${path}.title`) ?? '',
    link: link(value.link, `${path}.link`),
    contentHtml: text(value.contentHtml, `${path}.contentHtml`),
    excerptHtml: text(value.excerptHtml, `${path}.excerptHtml`),
    published: date(value.published, `${path}.published`),
    modified: date(value.modified, `${path}.modified`),
    author: person(value.author, `${path}.author`),
    categories: list(value.categories, `${path}.categories`, term),
    tags: list(value.tags, `${path}.tags`, term),
    image: image(value.image, `${path}.image`),
  });
}

/** A comment; `base` fills what `value` leaves out (a host's partial answer). */
function comment(value: unknown, path: string, base?: Comment): Comment | undefined {
  if (!isObject(value)) return value == null ? base : drop(path, 'a comment', base);
  const status = value.status ?? base?.status ?? 'approved';
  // An unknown state (`spam`…) is kept from others rather than shown: pending.
  const state: CommentStatus =
    status === 'approved' || status === 'pending'
      ? status
      : drop(`${path}.status`, '"approved" or "pending"', 'pending');
  const read = defined({
    id: id(value.id, `${path}.id`),
    parent: value.parent === 0 || value.parent === '0' ? undefined : id(value.parent, `${path}.parent`),
    author: person(value.author, `${path}.author`),
    contentText: text(value.contentText ?? value.content, `${path}.contentText`),
    contentHtml: text(value.contentHtml, `${path}.contentHtml`),
    date: date(value.date, `${path}.date`),
    status: state,
    link: link(value.link, `${path}.link`),
    mine: flag(value.mine, `${path}.mine`),
  });
  const merged = { ...base, ...read };
  if (!merged.id) return drop(`${path}.id`, 'an id');
  return { ...merged, id: merged.id, author: merged.author ?? { name: '' } };
}

function liker(value: unknown, path: string): Liker | undefined {
  const author = person(value, path);
  return author && defined({ name: author.name, avatar: author.avatar?.src, link: author.link });
}

function likes(value: unknown, path: string, base?: LikesSummary): LikesSummary {
  const given = isObject(value) ? value : value == null ? {} : drop(path, 'a likes summary', {});
  const likers = 'likers' in given ? list(given.likers, `${path}.likers`, liker) : (base?.likers ?? []);
  const total = count(given.count, `${path}.count`) ?? base?.count ?? 0;
  return {
    count: Math.max(total, likers.length),
    likers,
    liked: flag(given.liked, `${path}.liked`) ?? base?.liked ?? false,
  };
}

let serial = 0;

/**
 * A read-mostly source for pages without a backend: data given as JSON (validated field by
 * field: a field of the wrong type is dropped with a console warning naming it; nothing
 * throws), comments paged in memory (`cursor` is an offset), and writes delivered to the page
 * as cancelable events on `target` (`blog-comment-submit`, `blog-like`; see `events.ts`). A
 * write nobody handles fails with `WriteError` `unhandled` (`errorNoBackend` for comments,
 * `errorLikesUnsupported` for likes), so the reader keeps their text and is not told it was
 * saved.
 */
export class StaticSource implements BlogSource {
  readonly kind = 'static';
  private readonly post?: Post | undefined;
  private readonly authors: Author[];
  private readonly comments: Comment[];
  private likes: LikesSummary;

  constructor(
    data: unknown = {},
    private readonly target?: EventTarget,
  ) {
    const given: Json = Array.isArray(data)
      ? { comments: data }
      : isObject(data)
        ? data
        : drop('data', 'an object', {});
    this.post = post(given.post, 'post');
    this.authors = list(given.authors, 'authors', person);
    this.comments = list(given.comments, 'comments', (value, path) => comment(value, path));
    this.likes = likes(given.likes, 'likes');
  }

  /**
   * The source of an element's inline `<script type="application/json">` child; writes are
   * dispatched on the element. JSON that does not parse is warned about and read as no data.
   */
  static fromElement(element: Element): StaticSource {
    const json = element.querySelector(':scope > script[type="application/json" i]')?.textContent.trim();
    let data: unknown = {};
    if (json) {
      try {
        data = JSON.parse(json);
      } catch (error) {
        console.warn(`blog-widgets: the JSON inside <${element.localName}> does not parse; ignored.`, error);
      }
    }
    return new StaticSource(data, element);
  }

  getPost(_post: PostRef): Promise<Post> {
    return this.post ? Promise.resolve(this.post) : Promise.reject(this.missing('errorNotPost'));
  }

  getAuthor(id: string): Promise<Author> {
    const found = [this.post?.author, ...this.authors].find((author) => author?.id === id);
    return found ? Promise.resolve(found) : Promise.reject(this.missing('errorNotAuthor'));
  }

  /** A page of the comments, oldest (by date; undated ones first, in their given order) or newest first. */
  listComments(_post: PostRef, options: ListOptions = {}): Promise<CommentPage> {
    const time = (c: Comment) => c.date?.getTime() ?? 0;
    const sorted = this.comments.map((c, i) => [c, i] as const).sort(([a, i], [b, j]) => time(a) - time(b) || i - j);
    if (options.order === 'newest') sorted.reverse();
    const offset = Math.max(0, Math.trunc(Number(options.cursor)) || 0);
    const perPage = Math.max(1, Math.trunc(options.perPage ?? 50) || 50);
    const next = offset + perPage;
    return Promise.resolve({
      comments: sorted.slice(offset, next).map(([c]) => c),
      // As WordPress' X-WP-Total: the approved comments only (held ones are not counted).
      total: this.comments.filter((c) => c.status === 'approved').length,
      ...(next < sorted.length ? { next: String(next) } : {}),
    });
  }

  async createComment(input: NewComment, options: RequestOptions = {}): Promise<Comment> {
    const event = new BlogCommentSubmitEvent(input);
    const answer = await this.dispatch(event, 'errorNoBackend', options);
    const mine: Comment = {
      id: `local-${Date.now().toString(36)}-${++serial}`,
      author: input.identity
        ? defined({
            name: input.identity.name,
            link: safeUrl(input.identity.link),
            avatar: input.identity.avatar ? { src: input.identity.avatar, alt: '' } : undefined,
          })
        : defined({ name: input.name ?? '', link: safeUrl(input.url) }),
      contentText: input.content,
      date: new Date(),
      status: 'pending',
      ...(input.parent ? { parent: input.parent } : {}),
    };
    const stored: Comment = { ...(comment(answer, 'respondWith()', mine) ?? mine), mine: true };
    this.comments.push(stored);
    return stored;
  }

  getLikes(_post: PostRef, options: RequestOptions & { readonly likers?: number } = {}): Promise<LikesSummary> {
    const { likers } = this.likes;
    const shown = options.likers === undefined ? likers : likers.slice(0, Math.max(0, options.likers));
    return Promise.resolve({ ...this.likes, likers: shown });
  }

  async setLike(target: PostRef, liked: boolean, options: RequestOptions = {}): Promise<LikesSummary> {
    const identity = getIdentity();
    const answer = await this.dispatch(
      new BlogLikeEvent({ post: target, liked, ...(identity ? { identity } : {}) }),
      'errorLikesUnsupported',
      options,
    );
    const { count: before, liked: was } = this.likes;
    const total = Math.max(0, before + (liked === was ? 0 : liked ? 1 : -1));
    // The signed-in reader's face first when they like it; no more faces than likes (else the
    // count, which covers the likers listed, would not go down).
    const others = identity
      ? this.likes.likers.filter((l) => !(l.name === identity.name && l.avatar === identity.avatar))
      : this.likes.likers;
    const me =
      identity && liked ? [defined({ name: identity.name, avatar: identity.avatar, link: identity.link })] : [];
    const moved = { ...this.likes, liked, count: total, likers: [...me, ...others].slice(0, total) };
    this.likes = likes(answer, 'respondWith()', moved);
    return this.likes;
  }

  /** The page's own sign-in, if it set one (`setIdentity`): the seam for a static page. */
  session(): Promise<Session> {
    const identity = getIdentity();
    return Promise.resolve(identity ? { identity } : {});
  }

  private get host(): string {
    return location.host;
  }

  private missing(messageKey: 'errorNotPost' | 'errorNotAuthor'): LoadError {
    return new LoadError('not-found', this.host, 0, messageKey);
  }

  /** Fires a write event; resolves with the host's answer, rejects when nobody handled it. */
  private async dispatch(
    event: BlogCommentSubmitEvent | BlogLikeEvent,
    unhandled: 'errorNoBackend' | 'errorLikesUnsupported',
    { signal, timeout }: RequestOptions,
  ): Promise<unknown> {
    signal?.throwIfAborted();
    this.target?.dispatchEvent(event);
    if (!event.defaultPrevented) throw new WriteError('unhandled', this.host, { messageKey: unhandled });
    // A page whose backend never answers must not leave the reader at "Posting…" for ever.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      if (timeout) timer = setTimeout(() => reject(new WriteError('timeout', this.host)), timeout);
    });
    try {
      return await Promise.race([event.response, late]);
    } catch (error) {
      throw toWriteError(error, this.host);
    } finally {
      clearTimeout(timer);
    }
  }
}

import type { Author, Post } from './types.js';

/**
 * The seam between the elements and wherever a blog's data lives. Three implementations:
 * `static` (attributes, children, inline JSON; writes become cancelable events for the host),
 * `wordpress` (a site's REST API v2) and `server` (the companion service). Elements only ever
 * talk to this interface, so sign-in and the service slot in without touching them.
 *
 * Every method takes an optional AbortSignal and rejects with a `LoadError` (reads) or a
 * `WriteError` (writes) carrying a plain-sentence string key; never with anything else but the
 * platform's AbortError when the signal aborts. A source without likes (WordPress core) rejects
 * `getLikes` and `setLike` with `WriteError` `unsupported`.
 */

/** Which post a request is about: the source's own id, or the canonical URL. */
export interface PostRef {
  readonly id?: string;
  readonly url?: string;
}

export type CommentStatus = 'approved' | 'pending';

export interface Comment {
  readonly id: string;
  /** Id of the comment this one answers; undefined for top-level comments. */
  readonly parent?: string;
  readonly author: Author;
  /** Untrusted HTML (WordPress' `content.rendered`): render only through `sanitize()`. */
  readonly contentHtml?: string;
  /** Plain text (the companion service, static JSON): render as text. */
  readonly contentText?: string;
  readonly date?: Date;
  readonly status: CommentStatus;
  /** Permalink of the comment (`…#comment-7`). */
  readonly link?: string;
  /** True when the reader wrote it (a pending comment is shown only to its author). */
  readonly mine?: boolean;
}

export type CommentOrder = 'oldest' | 'newest';

export interface CommentPage {
  readonly comments: readonly Comment[];
  /** Comments in the whole thread, when the source knows (WordPress' `X-WP-Total`). */
  readonly total?: number;
  /** Opaque cursor of the next page; undefined on the last page. */
  readonly next?: string;
}

export interface NewComment {
  readonly post: PostRef;
  readonly parent?: string;
  readonly content: string;
  /** Guest identity; ignored when the reader is signed in. */
  readonly name?: string;
  readonly email?: string;
  readonly url?: string;
  readonly notifyComments?: boolean;
  readonly notifyPosts?: boolean;
  /** The signed-in reader, when there is one (a static source's host sees who wrote it). */
  readonly identity?: Identity;
}

export interface Liker {
  readonly name: string;
  readonly avatar?: string;
  readonly link?: string;
}

export interface LikesSummary {
  readonly count: number;
  /** The first likers, in the order the source gives (at most what was asked for). */
  readonly likers: readonly Liker[];
  /** Whether the reader likes the post. */
  readonly liked: boolean;
}

export interface Identity {
  /** `google`, `wordpress`, `x`… or `guest`. */
  readonly provider: string;
  /** The provider's name for people ("Google", "WordPress.com"); `provider` when absent. */
  readonly providerName?: string;
  readonly name: string;
  readonly avatar?: string;
  readonly link?: string;
}

export interface Session {
  readonly identity?: Identity;
}

/** A sign-in choice a source offers: "Log in with {name}" with its icon. */
export interface SignInProvider {
  readonly id: string;
  readonly name: string;
  /** `google`, `github`, `x`, `facebook`, `wordpress`, `mastodon`, `microsoft`, `apple`, `gitlab`, or `openid`. */
  readonly icon: string;
  /** The address of its sign-in popup (on the companion service). */
  readonly start: string;
}

export interface RequestOptions {
  readonly signal?: AbortSignal;
  readonly timeout?: number;
}

export interface ListOptions extends RequestOptions {
  readonly cursor?: string;
  readonly order?: CommentOrder;
  readonly perPage?: number;
}

export interface BlogSource {
  readonly kind: 'static' | 'wordpress' | 'server';
  getPost(post: PostRef, options?: RequestOptions): Promise<Post>;
  getAuthor(id: string, options?: RequestOptions): Promise<Author>;
  /**
   * One page of comments, flat, each with its `parent`: a reply may come on a later page than
   * its parent, so the element threads them (showing an orphan at the top level until its
   * parent arrives).
   */
  listComments(post: PostRef, options?: ListOptions): Promise<CommentPage>;
  /** Resolves with the stored comment (status `pending` when held for moderation). */
  createComment(comment: NewComment, options?: RequestOptions): Promise<Comment>;
  getLikes(post: PostRef, options?: RequestOptions & { readonly likers?: number }): Promise<LikesSummary>;
  setLike(post: PostRef, liked: boolean, options?: RequestOptions): Promise<LikesSummary>;
  session(options?: RequestOptions): Promise<Session>;
  /** The sign-in providers this source offers (none: readers comment as guests). */
  providers?(options?: RequestOptions): Promise<readonly SignInProvider[]>;
  /** Ends the reader's signed-in session with the source (Log Out). */
  signOut?(options?: RequestOptions): Promise<void>;
}

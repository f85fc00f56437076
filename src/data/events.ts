import type { Comment, Identity, LikesSummary, NewComment, PostRef } from './source.js';

/**
 * Writes of the static source, handed to the page: they bubble, are composed and cancelable.
 * A host that saves the write calls `preventDefault()` (it handled it), or better
 * `respondWith(promise)` — like `FetchEvent.respondWith`, during dispatch, and it prevents the
 * default itself — to give the outcome: the promise resolves with what was stored (any part of
 * it) or rejects with `{ text, field }` — a sentence in the reader's language, shown as it is, and
 * optionally the form field it is about (`content`, `name`, `email`, `url`). Nobody
 * handling it means the page has no backend: the write fails with `WriteError` `unhandled`.
 *
 * ```js
 * page.addEventListener('blog-comment-submit', (event) => {
 *   event.respondWith(fetch('/api/comments', { method: 'POST', body: JSON.stringify(event.detail) })
 *     .then((response) => response.json())); // { id, status: 'approved', … }
 * });
 * ```
 */
abstract class BlogWriteEvent<D, R> extends CustomEvent<D> {
  #response?: Promise<R | undefined>;

  /** The outcome promised with `respondWith`, if any. */
  get response(): Promise<R | undefined> | undefined {
    return this.#response;
  }

  /** Takes the write over with its outcome; only while the event is dispatched, only once. */
  respondWith(response: R | PromiseLike<R | undefined> | undefined): void {
    if (this.eventPhase === Event.NONE) {
      throw new DOMException('respondWith() must be called while the event is dispatched.', 'InvalidStateError');
    }
    if (this.#response) throw new DOMException('respondWith() was already called.', 'InvalidStateError');
    this.preventDefault();
    this.#response = Promise.resolve(response);
  }
}

/**
 * `blog-comment-submit`: a reader sends a comment on a page whose source is static. `detail` is
 * what they typed; `respondWith` takes the stored comment (or part of it: `id`, `status`,
 * `date`…; ISO dates are fine). Without a response the comment shows as `pending` and `mine`.
 */
export class BlogCommentSubmitEvent extends BlogWriteEvent<NewComment, Partial<Comment>> {
  static readonly eventName = 'blog-comment-submit';
  constructor(detail: NewComment) {
    super(BlogCommentSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

export interface BlogLikeDetail {
  readonly post: PostRef;
  readonly liked: boolean;
  /** The signed-in reader (a page's own sign-in, `setIdentity`), when there is one. */
  readonly identity?: Identity;
}

/**
 * `blog-like`: a reader likes (or stops liking) a post on a page whose source is static;
 * `respondWith` takes the new summary (or part of it, e.g. `{ count }`). Without a response the
 * count moves by one.
 */
export class BlogLikeEvent extends BlogWriteEvent<BlogLikeDetail, Partial<LikesSummary>> {
  static readonly eventName = 'blog-like';
  constructor(detail: BlogLikeDetail) {
    super(BlogLikeEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'blog-comment-submit': BlogCommentSubmitEvent;
    'blog-like': BlogLikeEvent;
  }
  // They bubble and are composed: a page usually listens on the document.
  interface DocumentEventMap {
    'blog-comment-submit': BlogCommentSubmitEvent;
    'blog-like': BlogLikeEvent;
  }
}

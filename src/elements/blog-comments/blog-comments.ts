import { afterPaint } from '../../internal/after-paint.js';
import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Comment, CommentOrder } from '../../data/source.js';
import type { StringKey } from '../../i18n/index.js';
import { BlogElement } from '../../internal/blog-element.js';
import type { BlogLoadEvent } from '../../internal/events.js';
import { heading } from '../../internal/heading.js';
import { SourceConfig } from '../../internal/source-config.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { commentsStyles } from './blog-comments.styles.js';
import { commentsStrings } from './strings.js';
import type * as Thread from './thread.js';

export type { BlogErrorEvent, BlogLoadEvent } from '../../internal/events.js';
/** The `blog-load` event of `<blog-comments>`: `detail.comments` is everything shown so far. */
export type BlogCommentsLoadEvent = BlogLoadEvent<{ readonly comments: readonly Comment[]; readonly total: number }>;

/** `blog-comment`: a comment was posted (fired by `<blog-comment-form>`; the thread shows it). */
export type BlogCommentEvent = CustomEvent<{ readonly comment: Comment }>;

/**
 * The conversation under a post, as on a WordPress.com post page: "3 thoughts on “Her”", the
 * threaded comments with avatars, author links, dates and permalinks, "Reply" (which moves the
 * `<blog-comment-form>` child under the comment), "Load more", and the empty and error states.
 * Comments render in the page (no iframe) and leave a `Comment` JSON-LD trail for search engines.
 * Only the heading and skeleton load with the element; the thread (rendering, paging, replying)
 * loads with the data, and the HTML sanitizer only when a comment body is HTML.
 *
 * Where the comments come from: `source` and `post` (or the page's configuration, see README):
 * a WordPress site, or `static` — an inline `<script type="application/json">` child holding
 * `{"comments": […]}` (a comment: `id`, `parent`, `author: {name, link, avatar}`, `content`,
 * `date`, `status`). Pending comments show only to the reader who wrote them.
 *
 * @summary The threaded comments of a post, with its reply form: static or WordPress.
 *
 * @slot - The `<blog-comment-form>` (and the inline JSON); the form moves under a comment while replying.
 *
 * @csspart base - The `<section>` wrapper.
 * @csspart heading - The "3 thoughts on …" heading.
 * @csspart thread - The top-level list.
 * @csspart comment - Each comment's list item (its replies nest inside).
 * @csspart avatar - A commenter's avatar.
 * @csspart author - A commenter's name (a link when they gave a website).
 * @csspart permalink - The date, linking to the comment.
 * @csspart content - A comment's text.
 * @csspart pending - The "awaiting moderation" note of the reader's own held comment.
 * @csspart reply - A comment's Reply button.
 * @csspart more - The "Load more comments" button.
 * @csspart empty - The text shown when there are no comments.
 * @csspart skeleton - The placeholder shown while comments load.
 * @csspart error - The error box; `retry` is its button.
 * @csspart retry - The "Try again" button in the error box.
 *
 * @cssproperty --blog-comments-gap - Space between comments (default `1.5rem`).
 * @cssproperty --blog-comments-indent - Indent of each reply level (default `1.5rem`; halved on narrow screens).
 * @cssproperty --blog-comments-avatar-size - Size of the avatars (default `2.5rem`).
 * @cssproperty --blog-comments-thread-line - The line beside replies (default `2px solid` the border colour).
 * @cssproperty --blog-color-text - Global text colour (default: inherited).
 * @cssproperty --blog-color-muted - Global secondary text colour.
 * @cssproperty --blog-color-accent - Global link and button colour.
 * @cssproperty --blog-color-border - Global border colour.
 * @cssproperty --blog-radius - Global corner radius.
 * @cssproperty --blog-heading-font - Global headline font.
 *
 * @fires {BlogLoadEvent} blog-load - A page of comments loaded; `detail` holds `comments` (all shown) and `total`.
 * @fires {BlogErrorEvent} blog-error - Loading comments failed; `detail.error` (a `LoadError`) says why.
 * @fires {BlogCommentSubmitEvent} blog-comment-submit - Static source: a reader sent a comment; handle it to save it (see README).
 */
export class BlogComments extends BlogElement {
  static override defaultStrings = commentsStrings;
  static override styles = [themeStyles, commentsStyles];
  /** Lit's reactive properties (not decorators: see BlogElement.properties). */
  static override properties: PropertyDeclarations = {
    source: {},
    post: {},
    postTitle: { attribute: 'post-title' },
    depth: { type: Number },
    order: {},
    perPage: { attribute: 'per-page', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    timeout: { type: Number },
    noStructuredData: { attribute: 'no-structured-data', type: Boolean },
    view: { state: true },
  };

  /** Where comments come from: `static`, `wordpress:https://site/`, or a WordPress `/wp-json/` URL. Default: the page's. */
  source?: string;

  /** The post: its id in the source, or its URL. Default: the page's. */
  post?: string;

  /** The post's title, for the heading ("3 thoughts on “{title}”"). */
  postTitle?: string;

  /** How deep replies nest (WordPress' default: 5); deeper replies join the last level. */
  depth = 5;

  /** `oldest` (default) or `newest` first. */
  order: CommentOrder = 'oldest';

  /** Comments per page ("Load more" fetches the next page); 1–1000, default 50 (WordPress gives at most 100). */
  perPage = 50;

  /** Level of the heading, 1–6 (default 2). */
  headingLevel = 2;

  /** Milliseconds to wait for the source before showing a timeout error (default 15000). */
  timeout = 15_000;

  /** Leaves out the `Comment` JSON-LD trail. */
  noStructuredData = false;

  /** @internal The state the thread module (thread.ts) keeps and renders. */
  view: Thread.ViewState = { comments: [], total: 0, busy: 'first' };

  /** @internal */
  readonly config = new SourceConfig(this, () => void this.load());
  /** @internal The thread module, once loaded. */
  thread?: typeof Thread;

  /** Loads the comments again from the start (or the page after `cursor`). */
  load(cursor?: string): Promise<void> {
    // Registered before the module loads, so `updateComplete` always covers the whole load.
    const work = afterPaint()
      .then(() => import('./thread.js'))
      .then((thread) => (this.thread ??= thread).load(this, cursor));
    this.waitFor(work);
    return work;
  }

  /** @internal */
  t$(key: StringKey, vars?: Readonly<Record<string, string | number>>): string {
    return this.t(key, vars);
  }

  /** @internal */
  get language(): string {
    return this.locale;
  }

  constructor() {
    super();
    this.addEventListener('blog-comment', this.onEvent);
    this.addEventListener('blog-cancel-reply', this.onEvent);
    this.addEventListener('blog-reply-draft', this.onEvent);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onEvent);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view.abort?.abort();
    removeEventListener('hashchange', this.onEvent);
  }

  private readonly onEvent = (event: Event): void => void this.thread?.handle(this, event);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('source') || changed.has('post')) this.config.check();
    else if ((changed.has('order') || changed.has('perPage')) && this.hasUpdated) void this.load();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.thread?.updated(this, changed);
  }

  protected override render(): TemplateResult {
    const { thread, view } = this;
    const first = !thread || (view.busy === 'first' && !view.ready);
    const one = html`<li class="ghost">
      <i class="skeleton face"></i
      ><span class="lines"><i class="skeleton"></i><i class="skeleton"></i><i class="skeleton short"></i></span>
    </li>`;
    return html`<section part="base" class="base" aria-labelledby="heading" aria-busy=${first ? 'true' : 'false'}>
      ${heading(Math.trunc(this.headingLevel) || 2, 'heading', first ? this.t('loadingComments') : thread.title(this))}
      <span class="visually-hidden" role="status">${first ? this.t('loadingComments') : ''}</span>
      ${
        first
          ? html`<ol part="skeleton" class="thread" aria-hidden="true">
              ${one}${one}${one}
            </ol>`
          : thread.body(this)
      }
      <div class="respond"><slot></slot></div>
    </section>`;
  }
}

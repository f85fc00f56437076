import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { BlogSource, LikesSummary } from '../../data/source.js';
import { addFallbackStrings } from '../../i18n/index.js';
import { BlogElement } from '../../internal/blog-element.js';
import type { BlogLoadEvent } from '../../internal/events.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { likesStyles } from './blog-likes.styles.js';
import type * as Likers from './likers.js';
import { likesStrings } from './strings.js';

/** The `blog-load` event of `<blog-likes>`: `detail.likes` is the summary loaded from the source. */
export type BlogLikesLoadEvent = BlogLoadEvent<{ readonly likes: LikesSummary }>;

/**
 * The "Like" button of a WordPress.com post with its "12 bloggers like this:" strip of faces:
 * a star toggle, the count in words (plurals and compact numbers in the reader's language), the
 * first likers' avatars, and "+N" opening the list of everyone (loaded on demand).
 *
 * A click counts at once and rolls back, with a message next to the button, if the source does
 * not save it; clicks while a like is being saved are ignored (a double click sends once). The
 * new count is announced politely. The element keeps its height (55 px, like Jetpack's strip)
 * from before its data arrives, with placeholders in the final sizes, so nothing moves.
 *
 * Where likes come from: `source` and `post` (or the page's configuration, see README). With the
 * static source (the default) they are the `count` and `liked` attributes and an inline
 * `<script type="application/json">{"likes": {"count": 12, "liked": false, "likers": [{"name":
 * "…", "avatar": "https://…", "link": "https://…"}]}}</script>` child (attributes win), and a
 * click fires a cancelable `blog-like` event for the page to save it (`respondWith`, see README);
 * unhandled, the like is rolled back. WordPress has no likes: the element says so in one line.
 *
 * @summary A "Like" button with its count and the likers' faces; static or from a source.
 *
 * @csspart base - The wrapper holding the rows (its minimum height is reserved while loading).
 * @csspart button - The star "Like" toggle button (`aria-pressed`).
 * @csspart text - The sentence: "Be the first to like this.", "12 bloggers like this:"…
 * @csspart strip - The `<ul>` of the likers' faces and "+N".
 * @csspart liker - Each liker in the strip: a link to their site, or a span.
 * @csspart avatar - A liker's round picture (initials under the image).
 * @csspart more - The "+N" button opening the list of every liker.
 * @csspart dialog - The `<dialog>` listing every liker.
 * @csspart list - The list inside the dialog.
 * @csspart close - The dialog's Close button.
 * @csspart error - A failed like next to the button, or the box of a failed load, or the "not available" line.
 * @csspart retry - The "Try again" button of a failed load.
 * @csspart skeleton - Each placeholder shown while loading.
 *
 * @cssproperty --blog-likes-min-height - Height reserved for the element. Default: 55px.
 * @cssproperty --blog-likes-avatar-size - Size of the faces in the strip (and of "+N"). Default: 24px.
 * @cssproperty --blog-likes-star-color - Colour of the pressed button and of hover borders. Default: `--blog-color-accent`.
 * @cssproperty --blog-likes-button-background - Background of the Like and "+N" buttons. Default: transparent.
 * @cssproperty --blog-likes-button-radius - Corner radius of the Like button. Default: 4px.
 *
 * @fires {BlogLikeEvent} blog-like - Static source: the reader likes (`detail.liked` true) or stops liking the post; cancelable, answer with `respondWith` (see README).
 * @fires {BlogLoadEvent} blog-load - The likes loaded from the source; `detail.likes` is the summary shown.
 * @fires {BlogErrorEvent} blog-error - Loading the likes failed; `detail.error` is the LoadError whose sentence is shown.
 */
export class BlogLikes extends BlogElement implements Likers.LikesHost {
  static override defaultStrings = likesStrings;
  static override styles = [themeStyles, likesStyles];
  /** Lit's reactive properties (not decorators: see BlogElement.properties). */
  static override properties: PropertyDeclarations = {
    source: {},
    post: {},
    count: { type: Number },
    liked: { type: Boolean, reflect: true },
    maxAvatars: { attribute: 'max-avatars', type: Number },
    likes: { attribute: false },
    ctl: { state: true },
    offline: { state: true },
  };

  /** Where likes come from: `static` (default), `wordpress:https://site/`, or a `BlogSource` object. Default: the page's. */
  source?: string | BlogSource;

  /** The post: its id in the source, or its URL. Default: the page's. */
  post?: string;

  /** Static data: how many bloggers like the post (over the inline JSON's `count`). */
  count?: number | undefined;

  /** Whether the reader likes the post: static data, and kept in step with what is shown. */
  liked = false;

  /** How many likers' faces the strip shows before "+N" (0–100, default 10). */
  maxAvatars = 10;

  /**
   * The likes shown: `count`, the first `likers` (`{ name, avatar?, link? }`) and whether the
   * reader `liked`. Set it to show data you have (the source is then not asked; a click still
   * goes to it); set `undefined` to load from the source again.
   */
  get likes(): LikesSummary | undefined {
    return this.ctl?.data ?? this.given;
  }
  set likes(value: LikesSummary | undefined) {
    if (!value && !this.given) return;
    this.given = value;
    void this.ctl?.load();
  }

  /** @internal The summary the page set as `likes`. */
  given?: LikesSummary | undefined;

  /** The state and behaviour, from likers.ts once it has loaded. */
  private ctl?: Likers.Likes | undefined;
  /** Set when likers.ts did not load (offline?): no endless skeleton. */
  private offline = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.ctl)
      this.later(() =>
        import('./likers.js').then(
          (m) => {
            addFallbackStrings(m.strings);
            this.ctl ??= new m.Likes(this, (work) => this.waitFor(work));
          },
          (error: unknown) => {
            this.offline = true;
            throw error;
          },
        ),
      );
  }

  /** Loads the likes from the source again (what "Try again" does). */
  load(): Promise<void> {
    return this.ctl?.load() ?? Promise.resolve();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('source') || changed.has('post')) this.ctl?.config.check();
    this.ctl?.changed(changed.has('count'), changed.has('liked'));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  protected override render(): TemplateResult {
    const { ctl, offline } = this;
    // The likes, the errors and the dialog render in likes-view.ts, which loads with them.
    const view = ctl?.view(this.renderRoot, (key, vars) => this.t(key, vars), this.locale);
    const loading = !view?.body && !offline;
    const skeleton = html`<span part="skeleton" class="skeleton face"></span>`;
    return html`<span class="visually-hidden" role="status">${loading ? this.t('loadingLikes') : view?.status}</span>
      <div part="base" class="base" aria-busy=${loading ? 'true' : 'false'}>
        ${
          view?.body ??
          (loading
            ? html`<div class="row">
                  <span part="skeleton" class="skeleton like"></span><span part="skeleton" class="skeleton text"></span>
                </div>
                <div class="strip">${[1, 2, 3, 4, 5].map(() => skeleton)}</div>`
            : nothing)
        }
      </div>
      ${view?.dialog ?? nothing}`;
  }
}

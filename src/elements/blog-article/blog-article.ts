import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { toLoadError, type LoadError } from '../../data/load-error.js';
import type { Post } from '../../data/types.js';
import { BlogElement } from '../../internal/blog-element.js';
import type { sanitize } from '../../internal/sanitize.js';
import { syncStructuredData } from '../../internal/structured-data.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { headingLevelOf, positive, str, type ArticleLayout } from './attributes.js';
import { articleStyles } from './blog-article.styles.js';
import { BlogErrorEvent, BlogLoadEvent } from './events.js';
import { CONTENT, EXCERPT, scanLightDom, syncOwnedHtml, type LightDomScan } from './light-dom.js';
import { blogPostingJson } from './structured-data.js';
import { header, skeleton, tagLine, type RenderContext } from './templates.js';
import { viewOf, type View } from './view.js';

export type { ArticleLayout } from './attributes.js';
export { BlogErrorEvent, BlogLoadEvent, type BlogArticleLoadEvent } from './events.js';

type Sanitize = typeof sanitize;
let sanitizer: Sanitize | undefined;
/**
 * The HTML sanitizer and the WordPress client load on first use (DESIGN.md §7): a page that only
 * writes attributes and children never downloads them.
 */
const loadSanitizer = (): Promise<Sanitize> =>
  import('../../internal/sanitize.js').then((module) => (sanitizer = module.sanitize));

const absolute = (src: string): URL | undefined => {
  try {
    return new URL(src, document.baseURI);
  } catch {
    return undefined;
  }
};

/**
 * A blog post as a card, a full article or a compact list entry: "Posted in …", the headline,
 * date, byline and reading time, the featured image, the body from light DOM (indexable) and
 * the tags. Give it attributes and children, or point `src` at a WordPress REST post.
 *
 * @summary A blog post: card, full article or compact entry, from attributes or WordPress.
 *
 * @slot - The body of the post (stays in light DOM, so search engines index it and page CSS styles it).
 * @slot excerpt - A short summary shown instead of the body in `excerpt` mode.
 *
 * @csspart base - The `<article>` wrapper.
 * @csspart header - Categories, headline, meta line and image.
 * @csspart categories - The "Posted in …" line.
 * @csspart headline - The heading (its link, if any, is inside).
 * @csspart meta - The date, byline and reading time line.
 * @csspart image - The featured `<img>`.
 * @csspart body - The wrapper of the default slot.
 * @csspart excerpt - The wrapper of the `excerpt` slot.
 * @csspart continue - The "Continue reading" link (or button, when there is no permalink).
 * @csspart tags - The "Tagged …" line.
 * @csspart skeleton - The placeholder shown while `src` loads.
 * @csspart error - The error box shown when `src` fails.
 * @csspart retry - The "Try again" button in the error box.
 *
 * @cssproperty --blog-article-padding - Inner padding of the card (default `1.5rem`, from `--blog-space`).
 * @cssproperty --blog-article-gap - Space between the pieces of the header and body (default `1rem`).
 * @cssproperty --blog-article-background - Background of the card (default `--blog-color-surface`).
 * @cssproperty --blog-article-border - Border of the card (default `1px solid` `--blog-color-border`).
 * @cssproperty --blog-article-radius - Corner radius of the card and image (default `--blog-radius`).
 * @cssproperty --blog-article-headline-font - Font of the headline (default `--blog-heading-font`, else the page's).
 * @cssproperty --blog-article-headline-size - Font size of the headline (depends on the layout).
 * @cssproperty --blog-article-headline-color - Colour of the headline (default `--blog-color-text`).
 * @cssproperty --blog-article-meta-color - Colour of the categories, meta and tags lines (default `--blog-color-muted`).
 * @cssproperty --blog-article-link-color - Colour of links (default `--blog-color-accent`).
 * @cssproperty --blog-article-body-size - Font size of the body (depends on the layout).
 * @cssproperty --blog-article-body-line-height - Line height of the body (default `1.7`).
 * @cssproperty --blog-article-excerpt-lines - Lines of the body shown in excerpt mode without an excerpt (default `4`).
 * @cssproperty --blog-article-thumbnail-size - Width of the image in the compact layout (default `8rem`).
 * @cssproperty --blog-color-text - Global text colour (default: inherited).
 * @cssproperty --blog-color-muted - Global secondary text colour.
 * @cssproperty --blog-color-accent - Global link and button colour.
 * @cssproperty --blog-color-border - Global border colour.
 * @cssproperty --blog-color-surface - Global card background.
 * @cssproperty --blog-radius - Global corner radius.
 * @cssproperty --blog-space - Global spacing unit.
 * @cssproperty --blog-font - Global font (default: inherited from the page).
 * @cssproperty --blog-heading-font - Global headline font.
 *
 * @fires {BlogLoadEvent} blog-load - The post from `src` loaded and rendered; `detail.post` holds it.
 * @fires {BlogErrorEvent} blog-error - Loading `src` failed; `detail.error` (a `LoadError`) says why.
 */
export class BlogArticle extends BlogElement {
  static override styles = [themeStyles, articleStyles];

  /** The title of the post (plain text). */
  @property() headline?: string;

  /** The URL of the post; the headline and "Continue reading" link to it. */
  @property() permalink?: string;

  /** Category names, comma-separated (`Articles, Reviews`), shown as "Posted in …". */
  @property() categories?: string;

  /** Tag names, comma-separated (`Film, Spike Jonze`), shown as "Tagged …". */
  @property() tags?: string;

  /** Publication date, ISO 8601 (`2013-12-18` or `2013-12-18T09:30:00Z`), shown localized. */
  @property() published?: string;

  /** Last update, ISO 8601; shown as "Updated …" when it is another day than `published`. */
  @property() modified?: string;

  /** URL of the featured image (http or https). */
  @property() image?: string;

  /** Text alternative of the featured image (empty: decorative). */
  @property({ attribute: 'image-alt' }) imageAlt?: string;

  /** Intrinsic width of the featured image in pixels, so its space is reserved before it loads. */
  @property({ attribute: 'image-width', type: Number }) imageWidth?: number;

  /** Intrinsic height of the featured image in pixels, so its space is reserved before it loads. */
  @property({ attribute: 'image-height', type: Number }) imageHeight?: number;

  /** `srcset` of the featured image (`photo-768.jpg 768w, photo-1200.jpg 1200w`). */
  @property({ attribute: 'image-srcset' }) imageSrcset?: string;

  /** `sizes` of the featured image (a default matching the layout is used otherwise). */
  @property({ attribute: 'image-sizes' }) imageSizes?: string;

  /** The author's name, shown as "by {name}". */
  @property() author?: string;

  /** URL of the author's page or profile; the byline links to it. */
  @property({ attribute: 'author-link' }) authorLink?: string;

  /** `card` (default), `full` (the article page) or `compact` (a list entry with a thumbnail). */
  @property({ reflect: true }) layout: ArticleLayout = 'card';

  /** Level of the headline's heading, 1–6 (default 2; use 1 for the page's main article). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Excerpt mode: shows the `excerpt` slot (or the start of the body) and a "Continue reading" link. */
  @property({ type: Boolean }) excerpt = false;

  /** Reading time in minutes (0 hides it); computed from the body when not set. */
  @property({ attribute: 'reading-time', type: Number }) readingTime?: number;

  /** A WordPress REST post URL (`…/wp-json/wp/v2/posts/ID` or `…?rest_route=/wp/v2/posts/ID`) to load. */
  @property() src?: string;

  /** Milliseconds to wait for `src` before showing a timeout error (default 15000). */
  @property({ type: Number }) timeout = 15_000;

  /** Leaves out the `BlogPosting` JSON-LD and the `h-entry` class. */
  @property({ attribute: 'no-structured-data', type: Boolean }) noStructuredData = false;

  /** The post shown: loaded from `src`, or set directly; attributes override its fields. */
  @property({ attribute: false }) post?: Post;

  @state() private status: 'idle' | 'loading' | 'loaded' | 'error' = 'idle';
  @state() private error?: LoadError;
  @state() private expanded = false;
  @state() private scan: LightDomScan = { pageBody: false, pageExcerpt: false, hasExcerpt: false, minutes: 0 };

  private controller?: AbortController;
  private pendingSanitizer?: Promise<unknown>;
  private postFromSrc = false;
  private focusRetry = false;
  private addedEntryClass = false;
  private observer?: MutationObserver;
  private view!: View;

  override connectedCallback(): void {
    super.connectedCallback();
    // Children added, removed or edited later (a CMS, a framework) update reading time and slots.
    this.observer ??= new MutationObserver(() => this.rescan());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['slot'] });
    this.rescan();
    // Reconnected after a disconnect aborted the load: start it again.
    if (this.hasUpdated && this.status === 'loading' && !this.controller) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.controller?.abort();
    this.controller = undefined;
  }

  private rescan(): void {
    const next = scanLightDom(this);
    const now = this.scan;
    const keys = Object.keys(next) as (keyof LightDomScan)[];
    if (keys.some((key) => next[key] !== now[key])) this.scan = next;
  }

  /** Starts (or restarts) loading `src`, aborting the previous load. Never rejects. */
  private load(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.error = undefined;
    if (this.postFromSrc) {
      this.post = undefined;
      this.postFromSrc = false;
    }
    const src = str(this.src);
    if (!src) {
      this.status = 'idle';
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'loading';
    this.expanded = false;
    const timeout = positive(this.timeout) ?? 15_000;
    Promise.all([import('../../data/wordpress.js'), loadSanitizer()])
      .then(([{ loadWordPressPost }]) => {
        controller.signal.throwIfAborted();
        return loadWordPressPost(src, { signal: controller.signal, timeout });
      })
      .then(
        (post) => {
          if (controller !== this.controller) return;
          this.controller = undefined;
          this.post = post;
          this.postFromSrc = true;
          this.status = 'loaded';
          void this.updateComplete.then(() => this.dispatchEvent(new BlogLoadEvent({ post })));
        },
        (error: unknown) => {
          if (controller !== this.controller || controller.signal.aborted) return;
          this.controller = undefined;
          const host = absolute(src)?.host ?? '';
          const loadError = toLoadError(error, host.length > 0 ? host : src);
          this.error = loadError;
          this.status = 'error';
          void this.updateComplete.then(() => this.dispatchEvent(new BlogErrorEvent(loadError)));
        },
      );
  }

  private retry(): void {
    this.focusRetry = true;
    this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) this.load();
    if (changed.has('excerpt')) this.expanded = false;
    // Loaded HTML goes into light-DOM children we own, so it stays indexable and page-styled;
    // a body or excerpt the page wrote itself wins over the loaded one.
    const post = this.post;
    const src = str(this.src);
    const base = str(post?.link) ?? (src ? absolute(src)?.href : undefined);
    const html = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
    const contentHtml = this.scan.pageBody ? undefined : html(post?.contentHtml);
    const excerptHtml = this.excerpt && !this.scan.pageExcerpt ? html(post?.excerptHtml) : undefined;
    const clean = sanitizer;
    if (clean) {
      let moved = syncOwnedHtml(this, CONTENT, contentHtml, base, clean);
      moved = syncOwnedHtml(this, EXCERPT, excerptHtml, base, clean) || moved;
      if (moved) this.scan = scanLightDom(this);
    } else if (contentHtml !== undefined || excerptHtml !== undefined) {
      // A post given directly: fetch the sanitizer, then render again (updateComplete waits).
      this.pendingSanitizer ??= loadSanitizer()
        .catch((error: unknown) => console.warn('blog-widgets: the HTML sanitizer failed to load.', error))
        .finally(() => {
          this.pendingSanitizer = undefined;
          this.requestUpdate();
        });
    }
    this.view = viewOf(this, post);
    this.syncStructuredData();
  }

  private syncStructuredData(): void {
    const view = this.view;
    const wanted = !this.noStructuredData;
    // The microformats root must be the host itself (parsers read light DOM): the one class the
    // element touches, and it only ever removes the class it added, never the page's own.
    if (wanted && !this.classList.contains('h-entry')) {
      // eslint-disable-next-line wc/no-self-class
      this.classList.add('h-entry');
      this.addedEntryClass = true;
    } else if (!wanted && this.addedEntryClass) {
      // eslint-disable-next-line wc/no-self-class
      this.classList.remove('h-entry');
      this.addedEntryClass = false;
    }
    const json =
      wanted && view.headline && this.status !== 'loading'
        ? blogPostingJson({
            headline: view.headline,
            url: view.permalink,
            published: view.published?.iso,
            modified: view.modified?.iso,
            author: view.author && { name: view.author.name, url: view.author.link },
            image: view.image && { url: view.image.src, width: view.image.width, height: view.image.height },
            categories: view.categories.map((term) => term.name),
            tags: view.tags.map((term) => term.name),
          })
        : undefined;
    syncStructuredData(this, json);
  }

  /** Also waits for the sanitizer when a post's HTML is waiting for it, so tests and callers see the content. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.pendingSanitizer) {
      await this.pendingSanitizer;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Aspect ratios through CSSOM, not a style attribute: no CSP 'unsafe-inline' needed.
    for (const box of this.renderRoot.querySelectorAll<HTMLElement>('[data-ratio]')) {
      box.style.setProperty('--_ratio', box.dataset.ratio ?? '');
    }
    if (this.focusRetry && this.status !== 'loading') {
      this.focusRetry = false;
      this.renderRoot.querySelector<HTMLElement>('[part="retry"]')?.focus();
    }
  }

  private get context(): RenderContext {
    const set = this.readingTime;
    return {
      t: (key, vars) => this.t(key, vars),
      formatDate: (date, options) => this.formatDate(date, options),
      headingLevel: headingLevelOf(this.headingLevel),
      minutes: typeof set === 'number' && Number.isFinite(set) && set >= 0 ? Math.round(set) : this.scan.minutes,
    };
  }

  private renderContinue(view: View): TemplateResult | typeof nothing {
    if (!this.excerpt) return nothing;
    if (view.permalink) {
      const label = view.headline ? this.t('continueReadingLabel', { title: view.headline }) : undefined;
      return html`<p class="more">
        <a part="continue" class="continue" href=${view.permalink} aria-label=${ifDefined(label)}
          >${this.t('continueReading')}</a
        >
      </p>`;
    }
    // No page to go to: the rest of the post opens in place.
    return html`<p class="more">
      <button
        part="continue"
        class="continue as-link"
        type="button"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls="body"
        @click=${(): void => {
          this.expanded = !this.expanded;
        }}
      >
        ${this.t(this.expanded ? 'showLess' : 'continueReading')}
      </button>
    </p>`;
  }

  protected override render(): TemplateResult {
    const view = this.view;
    const ctx = this.context;
    const loading = this.status === 'loading';
    const error = this.status === 'error' ? this.error : undefined;
    const collapsed = this.excerpt && !this.expanded;
    const showExcerpt = collapsed && this.scan.hasExcerpt;
    return html`<article
      part="base"
      class="base layout-${view.layout}"
      aria-busy=${loading ? 'true' : 'false'}
      aria-labelledby=${ifDefined(!loading && view.headline ? 'headline' : undefined)}
    >
      ${loading ? skeleton(ctx, view, !this.scan.pageBody) : header(ctx, view)}
      ${
        error
          ? html`<div part="error" class="error" role="alert">
              <p class="error-text">${this.t(error.messageKey, error.vars)}</p>
              <button part="retry" class="button" type="button" @click=${(): void => this.retry()}>
                ${this.t('retry')}
              </button>
            </div>`
          : nothing
      }
      ${showExcerpt ? html`<div part="excerpt" class="excerpt"><slot name="excerpt"></slot></div>` : nothing}
      <div part="body" id="body" class="body ${collapsed && !showExcerpt ? 'clamped' : ''}" ?hidden=${showExcerpt}>
        <slot></slot>
      </div>
      ${loading ? nothing : this.renderContinue(view)} ${loading ? nothing : tagLine(ctx, view)}
    </article>`;
  }
}

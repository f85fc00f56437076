import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Post, Term } from '../../data/types.js';
import type { StringKey } from '../../i18n/index.js';
import { BlogElement } from '../../internal/blog-element.js';
import type { BlogLoadEvent } from '../../internal/events.js';
import { heading } from '../../internal/heading.js';
import type { ArticleRemote } from '../../internal/remote.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { articleStyles } from './blog-article.styles.js';
import { articleStrings } from './strings.js';
import { str, viewOf, type ArticleLayout, type ParsedDate, type View } from './view.js';

export type { ArticleLayout } from './view.js';
export type { BlogErrorEvent, BlogLoadEvent } from '../../internal/events.js';
/** The `blog-load` event of `<blog-article>`: `detail.post` is the post it shows. */
export type BlogArticleLoadEvent = BlogLoadEvent<{ readonly post: Post }>;

/**
 * A placeholder bar standing for a line of text while `src` loads: as tall as its capitals,
 * centred in a line of it (see `i.skeleton` in the styles), so its box is the line's.
 */
const bar = html`<i part="skeleton" class="skeleton"></i>`;

/** Han, kana and the CJK compatibility blocks: read per character, not per space-separated word. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/g;

/** Minutes to read `text` (~230 words or ~500 CJK characters a minute), at least 1; 0 for no text. */
function readingMinutes(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text
    .replace(CJK, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return cjk || words ? Math.max(1, Math.round(words / 230 + cjk / 500)) : 0;
}

/**
 * A blog post as a card, a full article or a compact list entry: "Posted in …", the headline,
 * date, byline and reading time, the featured image, the body from light DOM (indexable) and
 * the tags. Give it attributes and children, or point `src` at a WordPress REST post.
 *
 * Only what the first render needs loads with the element: loading `src` (with the HTML
 * sanitizer and the error box) and the JSON-LD load on first use (DESIGN.md §7).
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
 * @csspart skeleton - Each placeholder shown while `src` loads (a bar per line of text, the image's box).
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
  static override defaultStrings = articleStrings;
  static override styles = [themeStyles, articleStyles];
  /** Lit's reactive properties (not decorators: see BlogElement.properties). */
  static override properties: PropertyDeclarations = {
    headline: {},
    permalink: {},
    categories: {},
    tags: {},
    published: {},
    modified: {},
    image: {},
    imageAlt: { attribute: 'image-alt' },
    imageWidth: { attribute: 'image-width', type: Number },
    imageHeight: { attribute: 'image-height', type: Number },
    imageSrcset: { attribute: 'image-srcset' },
    imageSizes: { attribute: 'image-sizes' },
    author: {},
    authorLink: { attribute: 'author-link' },
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    excerpt: { type: Boolean },
    readingTime: { attribute: 'reading-time', type: Number },
    src: {},
    timeout: { type: Number },
    noStructuredData: { attribute: 'no-structured-data', type: Boolean },
    post: { attribute: false },
  };

  /** The title of the post (plain text). */
  headline?: string;

  /** The URL of the post; the headline and "Continue reading" link to it. */
  permalink?: string;

  /** Category names, comma-separated (`Articles, Reviews`), shown as "Posted in …". */
  categories?: string;

  /** Tag names, comma-separated (`Film, Spike Jonze`), shown as "Tagged …". */
  tags?: string;

  /** Publication date, ISO 8601 (`2013-12-18` or `2013-12-18T09:30:00Z`), shown localized. */
  published?: string;

  /** Last update, ISO 8601; shown as "Updated …" when it is another day than `published`. */
  modified?: string;

  /** URL of the featured image (http or https). */
  image?: string;

  /** Text alternative of the featured image (empty: decorative). */
  imageAlt?: string;

  /** Intrinsic width of the featured image in pixels, so its space is reserved before it loads. */
  imageWidth?: number;

  /** Intrinsic height of the featured image in pixels, so its space is reserved before it loads. */
  imageHeight?: number;

  /** `srcset` of the featured image (`photo-768.jpg 768w, photo-1200.jpg 1200w`). */
  imageSrcset?: string;

  /** `sizes` of the featured image (a default matching the layout is used otherwise). */
  imageSizes?: string;

  /** The author's name, shown as "by {name}". */
  author?: string;

  /** URL of the author's page or profile; the byline links to it. */
  authorLink?: string;

  /** `card` (default), `full` (the article page) or `compact` (a list entry with a thumbnail). */
  layout: ArticleLayout = 'card';

  /** Level of the headline's heading, 1–6 (default 2; use 1 for the page's main article). */
  headingLevel = 2;

  /** Excerpt mode: shows the `excerpt` slot (or the start of the body) and a "Continue reading" link. */
  excerpt = false;

  /** Reading time in minutes (0 hides it); computed from the body when not set. */
  readingTime?: number;

  /** A WordPress REST post URL (`…/wp-json/wp/v2/posts/ID` or `…?rest_route=/wp/v2/posts/ID`) to load. */
  src?: string;

  /** Milliseconds to wait for `src` before showing a timeout error (default 15000). */
  timeout = 15_000;

  /** Leaves out the `BlogPosting` JSON-LD and the `h-entry` class. */
  noStructuredData = false;

  /** The post shown: loaded from `src`, or set directly; attributes override its fields. */
  post?: Post;

  /** The excerpt opened in place (no permalink to go to); its button asks for the update. */
  #expanded = false;

  /**
   * What the page put in the element (see `rescan`). Set in connectedCallback, which always runs
   * before the first update (Lit updates only connected elements), so it needs no initial value.
   */
  #scan!: { body: boolean; pageExcerpt: boolean; hasExcerpt: boolean; minutes: number };
  /** Loading `src` and the post's content, once its lazy module is in (internal/remote.ts). */
  #remote?: ArticleRemote;
  /** Set when the module of `remote` failed to load. */
  #offline?: boolean;
  /** Watches the children (see `rescan`). */
  #observer?: MutationObserver;
  #view!: View;

  override connectedCallback(): void {
    super.connectedCallback();
    // Children added, removed or edited later (a CMS, a framework) update reading time and slots.
    this.#observer ??= new MutationObserver(() => this.#rescan());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['slot'] });
    this.#rescan();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /** Reads the children (never their attributes' values: nothing here is trusted). */
  #rescan(): void {
    const scan = { body: false, pageExcerpt: false, hasExcerpt: false, minutes: 0 };
    let text = '';
    for (const node of this.childNodes) {
      const element = node instanceof Element ? node : undefined;
      const owned = element?.matches('[data-blog-content],[data-blog-excerpt]');
      if (element?.slot === 'excerpt') {
        scan.hasExcerpt = true;
        scan.pageExcerpt ||= !owned;
      } else if (
        element
          ? !element.slot && !/^(script|style|template)$/.test(element.localName)
          : node.nodeType === 3 /* Node.TEXT_NODE */
      ) {
        scan.body ||= element ? !owned : !!node.textContent?.trim();
        text += ` ${node.textContent}`;
      }
    }
    scan.minutes = readingMinutes(text);
    if (JSON.stringify(scan) !== JSON.stringify(this.#scan)) {
      this.#scan = scan;
      this.requestUpdate();
    }
  }

  get #loading(): boolean {
    return this.#remote ? this.#remote.loading : !this.#offline && !!str(this.src);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) this.#offline = false;
    if (!this.#remote && !this.#offline && (str(this.src) || this.post)) {
      this.later(() =>
        import('../../internal/remote.js').then(
          (m) => {
            this.#remote ??= new m.ArticleRemote(this);
          },
          (error: unknown) => {
            // The module did not arrive (offline?): no endless skeleton; a new `src` tries again.
            this.#offline = true;
            this.requestUpdate();
            throw error;
          },
        ),
      );
    }
    if (changed.has('excerpt') || changed.has('src')) this.#expanded = false;
    if (this.#remote?.sync(this.#scan.body, this.#scan.pageExcerpt)) this.#rescan();
    const view = viewOf(this);
    this.#view = this.#remote?.merge(view) ?? view;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The JSON-LD and the h-entry class are invisible: they load after the first render.
    this.later(() =>
      import('../../internal/structured-data.js').then((m) =>
        m.syncPosting(this, this.#loading ? undefined : this.#view),
      ),
    );
  }

  /** A translated sentence with a live piece (a link, a date) where `{key}` is: translators keep the word order. */
  #sentence(key: StringKey, name: string, piece: unknown): TemplateResult {
    const [before, after] = this.t(key, { [name]: '\u{E000}' }).split('\u{E000}');
    return html`${before}${piece}${after}`;
  }

  #terms(key: StringKey, list: readonly Term[], rel: string): TemplateResult {
    const separator = this.t('listSeparator');
    return this.#sentence(
      key,
      'list',
      list.map(
        ({ name, link }, i) =>
          html`${i ? separator : ''}${
            link
              ? html`<a class="p-category" href=${link} rel=${rel}>${name}</a>`
              : html`<span class="p-category">${name}</span>`
          }`,
      ),
    );
  }

  /** A date, localized (`December 18, 2013`): only valid ones get here (`parseDate`, `postView`). */
  #time({ date, iso, dateOnly }: ParsedDate, className: string): TemplateResult {
    // A plain date names a day, not an instant: formatted in UTC, no time zone moves it.
    return html`<time class=${className} datetime=${iso}
      >${new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: dateOnly ? 'UTC' : undefined }).format(date)}</time
    >`;
  }

  /**
   * The header; while `src` loads (`loading`), the same boxes with a bar (`skeleton` part) in
   * place of each piece the page did not give, so the placeholder has the geometry of the
   * loaded header, and a status for screen readers.
   */
  #header(v: View, loading: boolean): TemplateResult | typeof nothing {
    const { headline, permalink, published, author, image, layout } = v;
    const full = layout === 'full';
    // Shown only when it is another day than the publication.
    const modified = v.modified?.iso.slice(0, 10) !== published?.iso.slice(0, 10) ? v.modified : undefined;
    const set = this.readingTime;
    const minutes = typeof set === 'number' && set >= 0 && set < Infinity ? Math.round(set) : this.#scan.minutes;
    const date = published && this.#time(published, 'dt-published');
    const meta = [
      // In the full layout the headline is not a link: the date carries the permalink, as in WordPress.
      date && permalink && full ? html`<a class="u-url" href=${permalink} rel="bookmark">${date}</a>` : date,
      modified && this.#sentence('updatedOn', 'date', this.#time(modified, 'dt-updated')),
      author &&
        this.#sentence(
          'byline',
          'name',
          author.link
            ? html`<a class="p-author h-card" href=${author.link} rel="author">${author.name}</a>`
            : html`<span class="p-author h-card">${author.name}</span>`,
        ),
      minutes && this.t('readingTime', { count: minutes }),
    ].filter(Boolean);
    if (!loading && !headline && !v.categories.length && !meta.length && !image) return nothing;
    // The full layout's image is the page's largest paint: loaded at once; cards load lazily.
    return html`<header part="header" class="header">
      ${loading ? html`<span class="visually-hidden" role="status">${this.t('loadingPost')}</span>` : nothing}
      <div class="heading">
        ${
          v.categories.length
            ? html`<p part="categories" class="categories">${this.#terms('postedIn', v.categories, 'category tag')}</p>`
            : loading
              ? html`<p class="categories">${bar}</p>`
              : nothing
        }
        ${
          headline
            ? heading(
                // heading() makes anything but 1–6 (0, NaN…) a level 2.
                this.headingLevel,
                'headline',
                permalink && !full ? html`<a class="u-url" href=${permalink} rel="bookmark">${headline}</a>` : headline,
              )
            : loading
              ? // Two lines of it; not a heading element: an empty one would be a heading without a name.
                html`<p class="headline">${bar}${bar}</p>`
              : nothing
        }
        ${
          meta.length
            ? // Separators are elements of their own (hidden from screen readers), so each item takes
              // its direction from its own text without carrying a separator to the wrong side.
              html`<p part="meta" class="meta">
                ${meta.map(
                  (item, i) =>
                    html`${i ? html`<span class="sep" aria-hidden="true">·</span>` : nothing}<span class="item"
                        >${item}</span
                      >`,
                )}
              </p>`
            : loading
              ? html`<p class="meta">${bar}</p>`
              : nothing
        }
      </div>
      ${
        image
          ? html`<img
              part="image"
              class="image u-photo"
              src=${image.src}
              srcset=${image.srcset ?? nothing}
              sizes=${
                image.sizes ??
                (image.srcset && / \d+w(,|$)/.test(image.srcset)
                  ? layout === 'compact'
                    ? '8rem'
                    : `(min-width: ${full ? 60 : 45}rem) ${full ? 60 : 45}rem, 100vw`
                  : nothing)
              }
              alt=${image.alt}
              width=${
                // `nothing` leaves the attribute out (what ifDefined does, without a call); lit-analyzer
                // types it as a symbol it cannot bind, hence `never`, which ESLint finds unneeded.
                // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- see above
                image.width ?? (nothing as never)
              }
              height=${
                // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- as for width
                image.height ?? (nothing as never)
              }
              loading=${full ? 'eager' : 'lazy'}
              fetchpriority=${full ? 'high' : nothing}
              decoding="async"
            />`
          : loading
            ? // A 16:9 box where the image will be (the loaded post's image has its own ratio).
              html`<div part="skeleton" class="skeleton image"></div>`
            : nothing
      }
    </header>`;
  }

  #more({ permalink, headline }: View): TemplateResult {
    if (permalink) {
      return html`<a
        part="continue"
        class="continue"
        href=${permalink}
        aria-label=${headline ? this.t('continueReadingLabel', { title: headline }) : nothing}
        >${this.t('continueReading')}</a
      >`;
    }
    // No page to go to: the rest of the post opens in place.
    return html`<button
      part="continue"
      class="continue"
      type="button"
      aria-expanded=${this.#expanded}
      aria-controls="body"
      @click=${(): void => {
        this.#expanded = !this.#expanded;
        this.requestUpdate();
      }}
    >
      ${this.t(this.#expanded ? 'showLess' : 'continueReading')}
    </button>`;
  }

  protected override render(): TemplateResult {
    const v = this.#view;
    const loading = this.#loading;
    const collapsed = this.excerpt && !this.#expanded;
    const showExcerpt = collapsed && this.#scan.hasExcerpt;
    return html`<article
      part="base"
      class="base layout-${v.layout}"
      aria-busy=${loading}
      aria-labelledby=${!loading && v.headline ? 'headline' : nothing}
    >
      ${this.#header(v, loading)} ${this.#remote?.errorBox(html, (key, vars) => this.t(key, vars), 'retry')}
      ${showExcerpt ? html`<div part="excerpt" class="excerpt"><slot name="excerpt"></slot></div>` : nothing}
      ${
        // Four lines of text (the last one short) for a body that is not on the page yet. Not in
        // the body's box: that one stays empty until the post fills it, so it moves nothing seen.
        loading && !this.#scan.body ? html`<p class="body">${[bar, bar, bar, bar]}</p>` : nothing
      }
      <div part="body" id="body" class="body ${collapsed && !showExcerpt ? 'clamped' : ''}" ?hidden=${showExcerpt}>
        <slot></slot>
      </div>
      ${loading || !this.excerpt ? nothing : html`<p class="more">${this.#more(v)}</p>`}
      ${
        loading || !v.tags.length
          ? nothing
          : html`<p part="tags" class="tags">${this.#terms('taggedWith', v.tags, 'tag')}</p>`
      }
    </article>`;
  }
}

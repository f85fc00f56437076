import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type LoadError, toLoadError } from '../../data/load-error.js';
import type { Author } from '../../data/types.js';
import { avatarSrcset, avatarStyles, avatarUrl, gravatarUrl, renderAvatar } from '../../internal/avatar.js';
import { BlogElement } from '../../internal/blog-element.js';
import { BlogErrorEvent, BlogLoadEvent } from '../../internal/events.js';
import { syncStructuredData } from '../../internal/structured-data.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { safeUrl } from '../../internal/url.js';
import { authorStyles } from './blog-author.styles.js';
import { OBSERVE, personJson, readChildren, relevant } from './light-dom.js';
import type { SocialLink } from './social.js';
import { errorTemplate, nameTemplate, skeleton, socialTemplate } from './templates.js';

export type AuthorLayout = 'box' | 'inline';
/** The `blog-load` event of `<blog-author>`: `detail.author` is the author loaded from `src`. */
export type BlogAuthorLoadEvent = BlogLoadEvent<{ readonly author: Author }>;
type Status = 'idle' | 'loading' | 'loaded' | 'error';

const WEB = new Set(['http:', 'https:']);
const hostOf = (src: string): string => {
  try {
    return new URL(src, document.baseURI).host || src;
  } catch {
    return src;
  }
};
/** The first non-empty string: page attributes win over loaded values, but an empty attribute does not. */
const first = (...values: (string | null | undefined)[]): string | undefined => values.find((v) => v) ?? undefined;
const text = (node: Node): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * An author bio box, like the one under a WordPress.com post: avatar (image or coloured
 * initials), name (a pen name, with an optional real name), tagline, bio and social links.
 * Works from attributes and children alone, or loads a WordPress user with `src`. Adds the
 * `h-card` class to itself and keeps a `Person` JSON-LD script in its light DOM.
 *
 * Social links are plain `<a href>` children, each on a line of its own; they are recognized by
 * URL (X/Twitter, Facebook, Instagram, YouTube, LinkedIn, GitHub, Mastodon, Bluesky, RSS,
 * else a personal site) and shown as icon links named for assistive technology ("Liah Qureshi
 * on Mastodon"). The originals stay in the light DOM (for search engines and Mastodon's
 * `rel="me"` verification) but are not rendered a second time. Links with unsafe URLs
 * (`javascript:`, `data:`) are dropped. In browsers without manual slot assignment (before
 * Chrome 86, Firefox 92, Safari 16.4) the element gives those links `slot="blog-social"`,
 * which keeps them out of the bio the same way.
 *
 * @summary An author bio box: avatar with initials fallback, name, real name, tagline, bio, social links.
 *
 * @slot - The bio, in light DOM so search engines index it (paragraphs or plain text). `<a href>`
 *   children on lines of their own are social links instead; a link inside a line of text stays in the bio.
 *
 * @csspart base - The box (or the row, in the inline layout).
 * @csspart avatar - The round avatar holding the initials and the image.
 * @csspart avatar-image - The avatar `<img>` (removed when it fails to load).
 * @csspart initials - The initials under the image, shown when there is no image.
 * @csspart name - The name: a heading in the box layout, text in the inline one.
 * @csspart real-name - The "Real name: …" line.
 * @csspart tagline - The tagline line.
 * @csspart bio - The wrapper of the slotted bio.
 * @csspart social - The `<ul>` of social links.
 * @csspart social-link - Each social link.
 * @csspart social-icon - The icon inside each social link.
 * @csspart all-posts - The "View all posts by …" link.
 * @csspart skeleton - Each placeholder shown while loading.
 * @csspart error - The error box with its "Try again" button.
 *
 * @cssproperty --blog-author-background - Background of the box. Default: a light tint of the text colour (`--blog-color-surface`).
 * @cssproperty --blog-author-border - Border of the box. Default: `1px solid` `--blog-color-border`.
 * @cssproperty --blog-author-radius - Corner radius of the box. Default: `--blog-radius` (8px).
 * @cssproperty --blog-author-padding - Padding of the box. Default: 1.5 × `--blog-space`.
 * @cssproperty --blog-author-gap - Space between avatar and text. Default: `--blog-space` (1rem).
 * @cssproperty --blog-author-name-size - Font size of the name in the box layout. Default: 1.25rem.
 * @cssproperty --blog-author-avatar-radius - Corner radius of the avatar. Default: 50% (a circle).
 * @cssproperty --blog-author-icon-size - Size of the social icons. Default: 1.25rem.
 * @cssproperty --blog-author-link-color - Colour of the links. Default: `--blog-color-accent`.
 *
 * @fires {BlogLoadEvent} blog-load - The WordPress user at `src` loaded and is shown; `detail.author` is the mapped Author.
 * @fires {BlogErrorEvent} blog-error - Loading `src` failed; `detail.error` is the LoadError whose sentence is shown.
 */
export class BlogAuthor extends BlogElement {
  static override shadowRootOptions: ShadowRootInit = { ...BlogElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [themeStyles, avatarStyles, authorStyles];

  /** Display name (a pen name when `real-name` is set); overrides the loaded one. */
  @property() name?: string;

  /** Real name, shown as a secondary line ("Real name: …") and as `alternateName` in JSON-LD. */
  @property({ attribute: 'real-name' }) realName?: string;

  /** Avatar image URL (http or https); wins over `email` and the loaded avatar. */
  @property() avatar?: string;

  /** Email (or its SHA-256 hash) for a Gravatar; hashed in the browser, never rendered. Set it as a property to keep it out of the HTML. */
  @property() email?: string;

  /** Avatar size in CSS pixels (default 72 in the box layout, 40 inline). */
  @property({ attribute: 'avatar-size', type: Number }) avatarSize?: number;

  /** The author's page (all their posts): the name links to it, and a "View all posts" link is added. */
  @property() link?: string;

  /** A short line under the name ("Film critic, Brooklyn"). */
  @property() tagline?: string;

  /** `box` (default): a bordered bio box; `inline`: one row with a small avatar, no bio. */
  @property({ reflect: true }) layout: AuthorLayout = 'box';

  /** Level (1–6) of the name's heading in the box layout; default 2, like "About the author" sections. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** A WordPress REST user URL (`…/wp-json/wp/v2/users/2` or `…?rest_route=/wp/v2/users/2`) to load. */
  @property() src?: string;

  /** Do not add the `Person` JSON-LD script to the light DOM. */
  @property({ attribute: 'no-structured-data', type: Boolean }) noStructuredData = false;

  @state() private status: Status = 'idle';
  @state() private loaded?: Author;
  @state() private error?: LoadError;
  @state() private links: readonly SocialLink[] = [];
  /** Text of the bio the page gave (empty when it gave none). */
  @state() private pageBio = '';
  @state() private gravatar?: string;
  @state() private failed: ReadonlySet<string> = new Set();

  private bioNodes: (Element | Text)[] = [];
  private ownedBio?: HTMLParagraphElement;
  private observer?: MutationObserver;
  private controller?: AbortController;
  private reloadOnConnect = false;
  private gravatarKey = '';

  /** The author as shown: page attributes and children over the values loaded from `src`. */
  get author(): Author {
    const loaded = this.loaded;
    const name = first(this.name?.trim(), loaded?.name) ?? '';
    const link = first(this.link && safeUrl(this.link, undefined, WEB), loaded?.link);
    const realName = first(this.realName?.trim(), loaded?.realName);
    const tagline = first(this.tagline?.trim(), loaded?.tagline);
    const description = first(this.pageBio, loaded?.description);
    const avatar = this.avatarSource;
    return {
      name,
      ...(this.loaded?.id ? { id: this.loaded.id } : {}),
      ...(realName ? { realName } : {}),
      ...(link ? { link } : {}),
      ...(tagline ? { tagline } : {}),
      ...(description ? { description } : {}),
      ...(avatar ? { avatar: { src: avatar.src, alt: '', ...(avatar.srcset ? { srcset: avatar.srcset } : {}) } } : {}),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The microformats root (DESIGN.md §2): added once, never removed, so the page's classes are untouched.
    // eslint-disable-next-line wc/no-self-class
    this.classList.add('h-card');
    this.observer ??= new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this, OBSERVE);
    this.readChildren();
    if (this.reloadOnConnect) {
      this.reloadOnConnect = false;
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    if (this.controller) {
      this.reloadOnConnect = this.status === 'loading';
      this.controller.abort();
      this.controller = undefined;
    }
  }

  /** Loads `src` again (what "Try again" does). */
  retry(): Promise<void> {
    return this.load();
  }

  private get size(): number {
    const size = this.avatarSize;
    if (typeof size === 'number' && Number.isFinite(size) && size > 0)
      return Math.min(Math.max(Math.round(size), 16), 512);
    return this.layout === 'inline' ? 40 : 72;
  }

  private get avatarSource(): { src: string; srcset?: string | undefined } | undefined {
    const loaded = this.loaded?.avatar;
    const candidates = [
      { src: avatarUrl(this.avatar) },
      { src: this.gravatar ?? null },
      { src: avatarUrl(loaded?.src), srcset: avatarSrcset(loaded?.srcset) },
    ];
    const found = candidates.find((c) => c.src && !this.failed.has(c.src));
    return found?.src ? { src: found.src, srcset: found.srcset } : undefined;
  }

  private get manualSlots(): boolean {
    return this.shadowRoot?.slotAssignment === 'manual';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) void this.load();
    if (changed.has('email') || changed.has('avatarSize') || changed.has('layout')) void this.updateGravatar();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.assignSlot();
    this.syncLightDom();
  }

  /** Reads the light DOM: social links, bio nodes and the bio's text. */
  private readChildren(): void {
    const legacy = this.shadowRoot !== null && !this.manualSlots;
    const { links, bio, pageBio } = readChildren(this, this.ownedBio, legacy);
    this.bioNodes = bio;
    if (pageBio !== this.pageBio) this.pageBio = pageBio;
    if (JSON.stringify(links) !== JSON.stringify(this.links)) this.links = links;
  }

  private onMutations(records: MutationRecord[]): void {
    if (!relevant(records, this)) return;
    this.readChildren();
    this.assignSlot();
  }

  private assignSlot(): void {
    const slot = this.renderRoot.querySelector('slot');
    if (!slot || !this.manualSlots || typeof slot.assign !== 'function') return;
    const nodes = this.bioNodes.filter((node) => node.parentNode === this);
    const current = slot.assignedNodes();
    if (current.length === nodes.length && current.every((node, i) => node === nodes[i])) return;
    slot.assign(...nodes);
  }

  /** The bio paragraph it owns (for a loaded bio when the page gave none) and the JSON-LD. */
  private syncLightDom(): void {
    const description = this.pageBio ? undefined : this.loaded?.description;
    if (description) {
      if (!this.ownedBio) {
        this.ownedBio = document.createElement('p');
        this.ownedBio.setAttribute('data-blog-bio', '');
        this.ownedBio.className = 'p-note';
      }
      if (this.ownedBio.textContent !== description) this.ownedBio.textContent = description;
      if (this.ownedBio.parentNode !== this) {
        this.insertBefore(this.ownedBio, this.firstChild);
        this.readChildren();
        this.assignSlot();
      }
    } else if (this.ownedBio?.parentNode === this) {
      this.ownedBio.remove();
      this.readChildren();
      this.assignSlot();
    }
    syncStructuredData(this, this.noStructuredData ? undefined : personJson(this.author, this.links));
  }

  private async updateGravatar(): Promise<void> {
    const email = this.email?.trim() ?? '';
    const key = `${email}\n${this.size}`;
    if (key === this.gravatarKey) return;
    this.gravatarKey = key;
    const url = email ? await gravatarUrl(email, this.size) : undefined;
    if (this.gravatarKey === key) this.gravatar = url;
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    this.controller = undefined;
    this.error = undefined;
    this.loaded = undefined;
    const src = this.src?.trim();
    if (!src) {
      this.status = 'idle';
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'loading';
    let author: Author;
    try {
      // The data layer (fetch, WordPress mapping, HTML-to-text) loads on first use: pages that
      // only use attributes never download it.
      const { loadWordPressUser } = await import('../../data/wordpress.js');
      author = await loadWordPressUser(src, { signal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.controller = undefined;
      this.error = toLoadError(error, hostOf(src));
      this.status = 'error';
      await this.updateComplete;
      this.dispatchEvent(new BlogErrorEvent(this.error));
      return;
    }
    if (controller.signal.aborted) return;
    this.controller = undefined;
    this.loaded = author;
    this.status = 'loaded';
    await this.updateComplete;
    this.dispatchEvent(new BlogLoadEvent({ author }));
  }

  private readonly onRetry = (): void => {
    void this.load().then(() => {
      // The button is gone or new: keep focus in the element instead of dropping it on <body>.
      const button = this.renderRoot.querySelector<HTMLElement>('[part~="error"] button');
      (button ?? this.renderRoot.querySelector<HTMLElement>('[part~="base"]'))?.focus();
    });
  };

  private errorMessage(error: LoadError): string {
    if (error.code === 'rest_user_cannot_view' || error.status === 401 || error.status === 403) {
      return this.t('errorAuthorPrivate', error.vars);
    }
    return this.t(error.messageKey, error.vars);
  }

  /** The accessible name of a social link: "Liah Qureshi on Mastodon", "RSS feed of …". */
  private linkLabel(link: SocialLink, name: string): string {
    if (!name) return link.label;
    if (link.network === 'website') return this.t('website', { name });
    if (link.network === 'rss') return this.t('rssFeed', { name });
    return this.t('onNetwork', { name, network: link.label });
  }

  override render(): TemplateResult {
    const inline = this.layout === 'inline';
    const loading = this.status === 'loading';
    const author = this.author;
    const { name, link, realName, tagline } = author;
    const avatar = this.avatarSource;
    const hasBio = this.bioNodes.some((node) => text(node));
    const level = Number.isInteger(this.headingLevel) ? Math.min(Math.max(this.headingLevel, 1), 6) : 2;
    const onError = (src: string): void => {
      this.failed = new Set([...this.failed, src]);
    };
    const avatarPart =
      name || avatar
        ? renderAvatar({ name, src: avatar?.src, srcset: avatar?.srcset, size: this.size, onError })
        : loading
          ? skeleton('avatar-skeleton', this.size)
          : nothing;
    const namePart = name
      ? nameTemplate(name, link, inline ? undefined : level)
      : loading
        ? skeleton('name-skeleton')
        : nothing;
    const bioSkeleton =
      loading && !hasBio && !inline
        ? html`<span class="bio-skeleton">${skeleton('line')}${skeleton('line')}${skeleton('line short')}</span>`
        : nothing;
    // The live region sits outside the busy container: content inside aria-busy may go unannounced.
    return html`<span class="visually-hidden" role="status">${loading ? this.t('loadingAuthor') : ''}</span>
      <div part="base" class="base" aria-busy=${loading ? 'true' : 'false'} tabindex="-1">
        ${avatarPart}
        <div class="content">
          <div class="heading">
            ${namePart}
            ${realName ? html`<p part="real-name" class="real-name">${this.t('realName', { name: realName })}</p>` : nothing}
            ${tagline ? html`<p part="tagline" class="tagline">${tagline}</p>` : nothing}
          </div>
          <div part="bio" class="bio p-note" ?hidden=${!hasBio}><slot></slot></div>
          ${bioSkeleton} ${socialTemplate(this.links, (l) => this.linkLabel(l, name))}
          ${
            link && name && !inline
              ? html`<a part="all-posts" class="all-posts" href=${link} rel="author"
                  >${this.t('viewAllPosts', { name })}</a
                >`
              : nothing
          }
          ${this.error ? errorTemplate(this.errorMessage(this.error), this.t('retry'), this.onRetry) : nothing}
        </div>
      </div>`;
  }
}

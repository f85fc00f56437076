import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Author } from '../../data/types.js';
import { avatarColor, initials } from '../../internal/avatar.js';
import { addFallbackStrings } from '../../i18n/index.js';
import { BlogElement } from '../../internal/blog-element.js';
import type { BlogLoadEvent } from '../../internal/events.js';
import { heading } from '../../internal/heading.js';
import type { AuthorRemote } from '../../internal/remote.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { safeUrl, WEB } from '../../internal/url.js';
import { authorStyles } from './blog-author.styles.js';
import type * as Social from './social.js';
import { authorStrings } from './strings.js';

export type AuthorLayout = 'box' | 'inline';
/** The `blog-load` event of `<blog-author>`: `detail.author` is the author loaded from `src`. */
export type BlogAuthorLoadEvent = BlogLoadEvent<{ readonly author: Author }>;

/** The social links' networks, names and icons, loaded with the first link (boxes of their size show meanwhile). */
let social: typeof Social | undefined;

/**
 * Whether a child `<a>` is a social link rather than a link inside running text: a link on a
 * line of its own (or next to other elements) is a social link; one with text on the same line
 * before or after it (`…she writes for <a>Wired</a>.`) stays in the bio.
 */
const standalone = ({ previousSibling: prev, nextSibling: next }: Element): boolean =>
  !(prev instanceof Text && prev.data.split('\n').at(-1)?.trim()) &&
  !(next instanceof Text && next.data.split('\n')[0]?.trim());

const INLINE = /^(a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)$/;
/** A trimmed non-empty string, else undefined. */
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() || undefined : undefined);

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
 * Only what the first render needs loads with the element: loading `src`, Gravatar hashing and
 * the JSON-LD load on first use (DESIGN.md §7).
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
  static override defaultStrings = authorStrings;
  static override styles = [themeStyles, authorStyles];
  /** Lit's reactive properties (not decorators: see BlogElement.properties). */
  static override properties: PropertyDeclarations = {
    name: {},
    realName: { attribute: 'real-name' },
    avatar: {},
    email: {},
    avatarSize: { attribute: 'avatar-size', type: Number },
    link: {},
    tagline: {},
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    src: {},
    noStructuredData: { attribute: 'no-structured-data', type: Boolean },
    gravatar: { state: true },
  };

  /** Display name (a pen name when `real-name` is set); overrides the loaded one. */
  name?: string;

  /** Real name, shown as a secondary line ("Real name: …") and as `alternateName` in JSON-LD. */
  realName?: string;

  /** Avatar image URL (http or https); wins over `email` and the loaded avatar. */
  avatar?: string;

  /** Email (or its SHA-256 hash) for a Gravatar; hashed in the browser, never rendered. Set it as a property to keep it out of the HTML. */
  email?: string;

  /** Avatar size in CSS pixels (default 72 in the box layout, 40 inline). */
  avatarSize?: number;

  /** The author's page (all their posts): the name links to it, and a "View all posts" link is added. */
  link?: string;

  /** A short line under the name ("Film critic, Brooklyn"). */
  tagline?: string;

  /** `box` (default): a bordered bio box; `inline`: one row with a small avatar, no bio. */
  layout: AuthorLayout = 'box';

  /** Level (1–6) of the name's heading in the box layout; default 2, like "About the author" sections. */
  headingLevel = 2;

  /** A WordPress REST user URL (`…/wp-json/wp/v2/users/2` or `…?rest_route=/wp/v2/users/2`) to load. */
  src?: string;

  /** Do not add the `Person` JSON-LD script to the light DOM. */
  noStructuredData = false;

  private gravatar?: string | undefined;

  /** From the children (see `readChildren`): social links, bio nodes, the page's bio as text. */
  #links: readonly Social.Anchor[] = [];
  #bio: (Element | Text)[] = [];
  #pageBio = '';
  #hasBio = false;
  /** Avatar URLs that failed to load: the next candidate shows instead. */
  #failed = new Set<string>();
  /** The avatar URL shown, and a flag that flips each time it changes (see `render`). */
  #shownAvatar?: string | undefined;
  #flip = false;
  #gravatarKey = '';
  #observer?: MutationObserver;
  /** Loading `src`, once its lazy module is in (internal/remote.ts). */
  #remote?: AuthorRemote;
  /** Set when the module of `remote` failed to load. */
  #offline = false;
  /** Lazy work that `updateComplete` waits for. */

  /** The author as shown: page attributes and children over the values loaded from `src`. */
  get author(): Author {
    const loaded = this.#remote?.data;
    const avatar = this.#avatarSource;
    return {
      id: loaded?.id,
      name: str(this.name) ?? loaded?.name ?? '',
      realName: str(this.realName) ?? loaded?.realName,
      link: safeUrl(this.link, undefined, WEB) ?? loaded?.link,
      tagline: str(this.tagline) ?? loaded?.tagline,
      description: this.#pageBio || loaded?.description,
      avatar: avatar && { src: avatar.src, alt: '', srcset: avatar.srcset },
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Children added, removed or edited later: links' href/rel/type, bio text.
    this.#observer ??= new MutationObserver(() => this.#readChildren());
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['href', 'rel', 'type'],
    });
    this.#readChildren();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /** Loads `src` again (what "Try again" does). */
  retry(): Promise<void> {
    return this.#remote?.load() ?? Promise.resolve();
  }

  get #loading(): boolean {
    return this.#remote ? this.#remote.loading : !this.#offline && !!str(this.src);
  }

  get #size(): number {
    const size = this.avatarSize;
    return typeof size === 'number' && size > 0 && size < Infinity
      ? Math.min(Math.max(Math.round(size), 16), 512)
      : this.layout === 'inline'
        ? 40
        : 72;
  }

  get #avatarSource(): { src: string; srcset?: string | undefined } | undefined {
    const loaded = this.#remote?.data?.avatar;
    return [
      { src: safeUrl(this.avatar, undefined, WEB) },
      { src: this.gravatar },
      { src: loaded?.src, srcset: loaded?.srcset },
    ].find(
      (candidate): candidate is { src: string; srcset?: string } => !!candidate.src && !this.#failed.has(candidate.src),
    );
  }

  /**
   * Sorts the children into social links and bio. Where manual slot assignment is missing, social
   * links get `slot="blog-social"`, a slot that does not exist, so the bio does not show them twice.
   */
  #readChildren(): void {
    const legacy = !!this.shadowRoot && this.shadowRoot.slotAssignment !== 'manual';
    const links: Social.Anchor[] = [];
    const bio: (Element | Text)[] = [];
    let text = '';
    for (const node of Array.from(this.childNodes)) {
      if (node instanceof Text) {
        bio.push(node);
        text += node.data;
      } else if (!(node instanceof Element)) {
        continue; // comments
      } else if (node.localName === 'a' && node.hasAttribute('href') && standalone(node)) {
        // Links with unsafe URLs (`javascript:`, `data:`) are dropped.
        const href = safeUrl(node.getAttribute('href'), undefined, WEB);
        const rel = node.getAttribute('rel')?.toLowerCase() ?? '';
        if (href && !href.startsWith('#')) links.push({ href, rel, type: node.getAttribute('type') ?? '' });
        if (legacy) node.slot = 'blog-social';
      } else if (!/^(script|style|template|link|meta)$/.test(node.localName)) {
        bio.push(node);
        // The loaded bio (data-blog-bio) is ours, not the page's.
        if (!node.hasAttribute('data-blog-bio'))
          text += INLINE.test(node.localName) ? node.textContent : ` ${node.textContent} `;
      }
    }
    if (links.length && !social) {
      this.later(() =>
        import('./social.js').then((m) => {
          addFallbackStrings(m.socialStrings);
          social = m;
          this.requestUpdate();
        }),
      );
    }
    const pageBio = text.replace(/\s+/g, ' ').trim();
    const hasBio = bio.some((node) => node.textContent.trim());
    if (
      JSON.stringify([links, pageBio, hasBio]) !== JSON.stringify([this.#links, this.#pageBio, this.#hasBio]) ||
      bio.length !== this.#bio.length ||
      bio.some((node, i) => node !== this.#bio[i])
    ) {
      [this.#links, this.#bio, this.#pageBio, this.#hasBio] = [links, bio, pageBio, hasBio];
      this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) this.#offline = false;
    if (!this.#remote && !this.#offline && str(this.src)) {
      this.later(() =>
        import('../../internal/remote.js').then(
          (m) => {
            this.#remote ??= new m.AuthorRemote(this);
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
    if (this.#remote?.sync(!!this.#pageBio)) this.#readChildren();
    // Gravatar: hashed lazily, only when there is an email.
    const email = str(this.email) ?? '';
    const size = this.#size;
    const key = `${email}\n${size}`;
    if (key !== this.#gravatarKey) {
      this.#gravatarKey = key;
      const done = (url?: string): void => {
        if (this.#gravatarKey === key) this.gravatar = url;
      };
      if (!email) done();
      else
        void import('../../internal/gravatar.js').then(
          (m) => m.gravatarUrl(email, size).then(done),
          () => done(),
        );
    }
    const avatar = this.#avatarSource?.src;
    if (avatar !== this.#shownAvatar) {
      this.#shownAvatar = avatar;
      this.#flip = !this.#flip;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Size and colour of the avatar through CSSOM, not a style attribute: no CSP 'unsafe-inline' needed.
    const base = this.renderRoot.querySelector<HTMLElement>('.base')?.style;
    base?.setProperty('--_as', `${this.#size}px`);
    base?.setProperty('--_ac', avatarColor(this.author.name));
    if (this.shadowRoot?.slotAssignment === 'manual') {
      this.renderRoot.querySelector('slot')?.assign(...this.#bio.filter((node) => node.parentNode === this));
    }
    // The JSON-LD and the h-card class are invisible: they load after the first render.
    this.later(() =>
      import('../../internal/structured-data.js').then((m) =>
        m.syncPerson(this, this.noStructuredData ? undefined : this.author, social?.socialLinks(this.#links) ?? []),
      ),
    );
  }

  #onAvatarLoad(event: Event): void {
    (event.target as HTMLImageElement).setAttribute('data-loaded', '');
  }

  #onAvatarError(event: Event): void {
    // The URL is not tried again; the next candidate (or the initials alone) shows instead.
    this.#failed.add((event.target as HTMLImageElement).getAttribute('src') ?? '');
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const inline = this.layout === 'inline';
    const loading = this.#loading;
    const { name, link, realName, tagline } = this.author;
    const avatar = this.#avatarSource;
    const size = this.#size;
    const level = this.headingLevel;
    const nameLink = link ? html`<a class="u-url" href=${link} rel="author">${name}</a>` : name;
    const skeleton = (kind: string): TemplateResult => html`<span part="skeleton" class="skeleton ${kind}"></span>`;
    const image =
      avatar &&
      html`<img
        part="avatar-image"
        class="u-photo"
        src=${avatar.src}
        srcset=${avatar.srcset ?? nothing}
        sizes=${avatar.srcset ? `${size}px` : nothing}
        width=${size}
        height=${size}
        alt=""
        loading="lazy"
        decoding="async"
        @load=${this.#onAvatarLoad}
        @error=${this.#onAvatarError}
      />`;
    // The live region sits outside the busy container: content inside aria-busy may go unannounced.
    return html`<span class="visually-hidden" role="status">${loading ? this.t('loadingAuthor') : ''}</span>
      <div part="base" class="base" aria-busy=${loading ? 'true' : 'false'} tabindex="-1">
        ${
          name || avatar
            ? html`<span part="avatar" class="avatar"
                ><span part="initials" class="initials" aria-hidden="true">${initials(name)}</span>${
                  // Its own <img> per URL, so one that failed never shows again, nor broken: each new
                  // URL flips between the image and a list holding it, and Lit replaces what it
                  // rendered when a value changes kind. This is what `keyed()` does, without the
                  // directive modules it would add to every page's first download (DESIGN.md §7).
                  image ? (this.#flip ? [image] : image) : nothing
                }</span
              >`
            : loading
              ? skeleton('avatar-skeleton')
              : nothing
        }
        <div class="content">
          <div class="heading">
            ${
              name
                ? inline
                  ? html`<span part="name" id="name" class="name p-name">${nameLink}</span>`
                  : heading(Number.isInteger(level) ? Math.min(Math.max(level, 1), 6) : 2, 'name', nameLink)
                : loading
                  ? skeleton('name-skeleton')
                  : nothing
            }
            ${realName ? html`<p part="real-name" class="real-name">${this.t('realName', { name: realName })}</p>` : nothing}
            ${tagline ? html`<p part="tagline" class="tagline">${tagline}</p>` : nothing}
          </div>
          <div part="bio" class="bio p-note" ?hidden=${!this.#hasBio}><slot></slot></div>
          ${
            loading && !this.#hasBio && !inline
              ? html`<span class="lines">${skeleton('line')}${skeleton('line')}${skeleton('line short')}</span>`
              : nothing
          }
          ${
            this.#links.length
              ? html`<ul part="social" class="social">
                  ${
                    // Until the networks are known (social.ts loads with the first link), boxes of the links' size.
                    social?.renderLinks(html, svg, this.#links, name, (key, vars) => this.t(key, vars)) ??
                    this.#links.map(() => html`<li class="social-link"></li>`)
                  }
                </ul>`
              : nothing
          }
          ${
            link && name && !inline
              ? html`<a part="all-posts" class="all-posts" href=${link} rel="author"
                  >${this.t('viewAllPosts', { name })}</a
                >`
              : nothing
          }
          ${this.#remote?.errorBox(html, (key, vars) => this.t(key, vars)) ?? nothing}
        </div>
      </div>`;
  }
}

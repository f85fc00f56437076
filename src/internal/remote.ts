/**
 * Everything an element needs only once it has a `src` (or a `post` given as a property), loaded
 * lazily with `import()` on first use, so a page that only writes attributes and children never
 * downloads it (DESIGN.md §7): the fetch, the WordPress mapping and the HTML sanitizer (through
 * `data/wordpress.ts`), loading with abort and retry, the `blog-load`/`blog-error` events, the
 * English of the errors, and the light-DOM children holding loaded content.
 *
 * It imports nothing the elements load at once (not even Lit: the elements render the error
 * box from `error`), so bundlers keep their eager code in one piece instead of splitting shared
 * modules into chunks of their own.
 */
import type { html as Html, ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import { LoadError } from '../data/load-error.js';
import type { Author, Post, Term } from '../data/types.js';
import { loadWordPressPost, loadWordPressUser } from '../data/wordpress.js';
import type { ArticleFields, ParsedDate, PostView, View } from '../elements/blog-article/view.js';
import type { StringKey } from '../i18n/types.js';
import { articleErrorCss, buttonCss, dangerCss, errorCss } from './error.styles.js';
import { BlogErrorEvent, BlogLoadEvent } from './events.js';
import { adopt } from './lazy-styles.js';
import { IMAGE_PROTOCOLS, safeSrcset, safeUrl, sanitize } from './sanitize.js';

import { sharedStrings } from '../data/load-error.js';

export { sharedStrings };

type Host<T> = ReactiveElement & { src?: string | undefined } & T;

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim()) || undefined;
const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && value > 0 && value < Infinity ? value : undefined;

/**
 * Loads the element's `src` and keeps the result: one load at a time (a new `src` aborts the
 * last one), aborted on disconnect and started again on reconnect, never rejecting. The element
 * reads `loading`, `data` and `error` (and renders the error box with a "Try again" that calls
 * `retry()`).
 */
abstract class Remote<D, T = object> implements ReactiveController {
  loading = false;
  data?: D | undefined;
  error?: LoadError | undefined;
  private src = '';
  private abort?: AbortController | undefined;
  private focus = false;
  /** Styles of the element's own for its error box, adopted with it. */
  protected boxCss: string[] = [];

  constructor(protected readonly host: Host<T>) {
    host.addController(this);
    host.requestUpdate();
  }

  protected abstract fetch(src: string, signal: AbortSignal): Promise<D>;
  protected abstract detail(data: D): object;
  protected set(data: D | undefined): void {
    this.data = data;
  }

  hostConnected(): void {
    // Reconnected after a disconnect aborted the load: start it again.
    if (this.loading && !this.abort) void this.load();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Starts loading when `src` changed (called from the element's `willUpdate`). */
  protected check(): void {
    const src = str(this.host.src) ?? '';
    if (src !== this.src) {
      this.src = src;
      void this.load();
    }
  }

  /** (Re)loads `src`, aborting the load before; resolves once the result is shown and announced. */
  async load(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = this.src ? new AbortController() : undefined);
    this.error = undefined;
    this.set(undefined);
    this.loading = !!abort;
    this.host.requestUpdate();
    if (!abort) return;
    let event: Event;
    try {
      const data = await this.fetch(new URL(this.src, document.baseURI).href, abort.signal);
      if (abort.signal.aborted) return;
      this.set(data);
      event = new BlogLoadEvent(this.detail(data));
    } catch (error) {
      if (abort.signal.aborted) return;
      let host = this.src;
      try {
        host = new URL(host, document.baseURI).host || host;
      } catch {
        // not a URL at all: name it as written
      }
      this.error = error instanceof LoadError ? error : new LoadError('invalid', host);
      event = new BlogErrorEvent(this.error);
    }
    this.abort = undefined;
    this.loading = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (this.focus) {
      // "Try again" is gone or new: keep focus in the element instead of dropping it on <body>.
      this.focus = false;
      const root = this.host.renderRoot;
      (root.querySelector<HTMLElement>('.error button') ?? root.querySelector<HTMLElement>('[part~="base"]'))?.focus();
    }
    this.host.dispatchEvent(event);
  }

  /** What "Try again" does: loads again, then keeps the focus in the element. */
  retry(): Promise<void> {
    this.focus = true;
    return this.load();
  }

  /**
   * The error box of a failed load (its sentence and "Try again"), with its styles; nothing
   * otherwise. `html` and the translation come from the element (this module imports no Lit).
   */
  errorBox(
    html: typeof Html,
    t: (key: StringKey, vars?: Record<string, string | number>) => string,
    retryPart = '',
  ): TemplateResult | undefined {
    const { error } = this;
    if (!error) return undefined;
    adopt(this.host.renderRoot, buttonCss, dangerCss, errorCss, ...this.boxCss);
    // The element's `t` gives back a key no translation, page string or English of its own has:
    // such a key gets the English that comes with this module, so the element need not register
    // it (`addFallbackStrings`) before it can show it.
    const say = (key: StringKey, vars: Record<string, string | number> = {}): string => {
      const text = t(key, vars);
      const english = sharedStrings[key];
      return text === key && typeof english === 'string'
        ? english.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole))
        : text;
    };
    return html`<div part="error" class="error" role="alert">
      <p class="error-text">${say(error.messageKey, error.vars)}</p>
      <button part=${retryPart} class="button" type="button" @click=${() => void this.retry()}>${say('retry')}</button>
    </div>`;
  }
}

// ---------------------------------------------------------------------------------------------
// <blog-article>

const date = (value: unknown): ParsedDate | undefined =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? { date: value, iso: value.toISOString() } : undefined;

/** The post's terms, names as text and links checked again. */
const terms = (list: unknown): Term[] =>
  (Array.isArray(list) ? (list as Partial<Term>[]) : []).flatMap((term) => {
    const name = str(term.name);
    const link = safeUrl(term.link);
    return name ? [link ? { name, link } : { name }] : [];
  });

/** A post (loaded, or set from script: untrusted either way) with every value checked. */
function postView(post: Post): PostView {
  const { image, author } = post;
  const src = safeUrl(image?.src, undefined, IMAGE_PROTOCOLS);
  const name = str(author?.name);
  return {
    headline: str(post.title),
    permalink: safeUrl(post.link),
    categories: terms(post.categories),
    tags: terms(post.tags),
    published: date(post.published),
    modified: date(post.modified),
    author: name ? { name, link: safeUrl(author?.link) } : undefined,
    image:
      image && src
        ? {
            src,
            alt: str(image.alt) ?? '',
            width: positive(image.width),
            height: positive(image.height),
            srcset: safeSrcset(image.srcset),
            sizes: str(image.sizes),
          }
        : undefined,
  };
}

/** Content images and code blocks must not overflow the column (the page's CSS cannot be assumed). */
function fitMedia(fragment: DocumentFragment): DocumentFragment {
  for (const media of Array.from(fragment.querySelectorAll<HTMLElement>('img, pre, table'))) {
    // CSSOM, not a style attribute: allowed under a strict style-src CSP.
    media.style.maxInlineSize = '100%';
    if (media.localName === 'img') media.style.blockSize = 'auto';
    else media.style.overflowX = 'auto';
  }
  return fragment;
}

const CONTENT = 'data-blog-content';
const EXCERPT = 'data-blog-excerpt';
const rendered = new WeakMap<Element, string>();

/**
 * Keeps one owned child `<div {marker}>` of `host` holding `html` sanitized (none when `html` is
 * not a string). The sanitizer returns nodes, never a string, so no markup sink is touched.
 * Returns true when the light DOM changed.
 */
function own(host: HTMLElement, marker: string, html: unknown, baseUrl: string | undefined): boolean {
  const [current, ...extra] = Array.from(host.querySelectorAll(`:scope > [${marker}]`));
  for (const duplicate of extra) duplicate.remove();
  if (typeof html !== 'string') {
    current?.remove();
    return !!current || extra.length > 0;
  }
  if (current && rendered.get(current) === html) return extra.length > 0;
  const box = current ?? document.createElement('div');
  if (!current) {
    box.setAttribute(marker, '');
    box.className = marker === EXCERPT ? 'p-summary' : 'e-content';
    if (marker === EXCERPT) box.slot = 'excerpt';
  }
  box.replaceChildren(fitMedia(sanitize(html, baseUrl ? { baseUrl } : {})));
  rendered.set(box, html);
  if (!current) host.append(box);
  return true;
}

interface ArticleHost extends ArticleFields {
  post?: Post | undefined;
  timeout: number;
  excerpt: boolean;
}

/** `<blog-article src>`: the post loaded from WordPress, or the one set as `post`, and its content. */
export class ArticleRemote extends Remote<Post, ArticleHost> {
  /** The post shown, checked (see `postView`). */
  view?: PostView | undefined;
  private shown?: Post | undefined;
  protected override boxCss = [articleErrorCss];

  /**
   * The element's view (`viewOf`: its attributes, checked) with the post's fields where no
   * attribute is set: an attribute that is set wins field by field, even when its value was
   * refused (an unsafe URL shows none, not the post's).
   */
  merge(v: View): View {
    const { view: p, host: a } = this;
    if (!p) return v;
    const alt = typeof a.imageAlt === 'string' ? a.imageAlt : undefined;
    return {
      ...v,
      headline: v.headline || (p.headline ?? ''),
      permalink: str(a.permalink) ? v.permalink : p.permalink,
      categories: str(a.categories) ? v.categories : (p.categories ?? []),
      tags: str(a.tags) ? v.tags : (p.tags ?? []),
      published: str(a.published) ? v.published : p.published,
      modified: str(a.modified) ? v.modified : p.modified,
      author:
        v.author ??
        (p.author && { name: p.author.name, link: str(a.authorLink) ? safeUrl(a.authorLink) : p.author.link }),
      // The page's image comes with its own size and srcset only: the post's describe another file.
      image: v.image ?? (p.image && { ...p.image, alt: alt ?? p.image.alt, sizes: str(a.imageSizes) ?? p.image.sizes }),
    };
  }

  protected fetch(src: string, signal: AbortSignal): Promise<Post> {
    return loadWordPressPost(src, { signal, timeout: positive(this.host.timeout) });
  }

  protected detail(post: Post): object {
    return { post };
  }

  protected override set(post: Post | undefined): void {
    // A post loaded from `src` is the element's `post`; a new `src` clears it (not one set from script).
    if (post || this.host.post === this.data) this.host.post = post;
    this.data = post;
  }

  /**
   * Starts a load when `src` changed, checks a new `post`, and keeps its content and excerpt in
   * light-DOM children (indexable, styled by the page) unless the page wrote its own. Returns
   * true when the children changed.
   */
  sync(pageBody: boolean, pageExcerpt: boolean): boolean {
    this.check();
    const { post, excerpt } = this.host;
    if (post !== this.shown) {
      this.shown = post;
      this.view = post && postView(post);
    }
    const base = safeUrl(post?.link) ?? safeUrl(this.host.src);
    const body = own(this.host, CONTENT, pageBody ? undefined : post?.contentHtml, base);
    return own(this.host, EXCERPT, excerpt && !pageExcerpt ? post?.excerptHtml : undefined, base) || body;
  }
}

// ---------------------------------------------------------------------------------------------
// <blog-author>

/** `<blog-author src>`: the WordPress user, and the bio paragraph it owns. */
export class AuthorRemote extends Remote<Author> {
  private bio?: HTMLParagraphElement;

  protected fetch(src: string, signal: AbortSignal): Promise<Author> {
    return loadWordPressUser(src, { signal });
  }

  protected detail(author: Author): object {
    return { author };
  }

  /**
   * Starts a load when `src` changed, and keeps a `<p data-blog-bio>` child holding the loaded
   * bio when the page wrote none. Returns true when the children changed.
   */
  sync(pageBio: boolean): boolean {
    this.check();
    const text = pageBio ? undefined : this.data?.description;
    const { bio = document.createElement('p'), host } = this;
    this.bio = bio;
    const shown = bio.parentNode === host;
    if (!text) {
      bio.remove();
      return shown;
    }
    bio.setAttribute('data-blog-bio', '');
    bio.className = 'p-note';
    if (bio.textContent !== text) bio.textContent = text;
    if (!shown) host.prepend(bio);
    return !shown;
  }
}

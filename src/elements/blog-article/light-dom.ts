import type { sanitize } from '../../internal/sanitize.js';
import { isStructuredData } from '../../internal/structured-data.js';
import { readingMinutes } from './reading-time.js';

/**
 * The light-DOM children `<blog-article>` creates and owns: loaded content and excerpt stay in
 * light DOM (indexable, styled by the page), each marked with one of these attributes.
 */
export const CONTENT = 'data-blog-content';
export const EXCERPT = 'data-blog-excerpt';

const isOwned = (node: Element): boolean =>
  node.hasAttribute(CONTENT) || node.hasAttribute(EXCERPT) || isStructuredData(node);

/** What the page put in the element, and how long its body takes to read. */
export interface LightDomScan {
  /** The page gave a body of its own (any child other than ours and named-slot children). */
  readonly pageBody: boolean;
  /** The page gave its own `slot="excerpt"` child. */
  readonly pageExcerpt: boolean;
  /** Some `slot="excerpt"` child exists (the page's or ours). */
  readonly hasExcerpt: boolean;
  /** Minutes to read the body (the page's or the loaded content). */
  readonly minutes: number;
}

/** Reads the host's children (never their attributes' values: nothing here is trusted). */
export function scanLightDom(host: HTMLElement): LightDomScan {
  let pageBody = false;
  let pageExcerpt = false;
  let hasExcerpt = false;
  let text = '';
  for (const node of Array.from(host.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = node.textContent ?? '';
      if (data.trim()) pageBody = true;
      text += ` ${data}`;
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    const slot = element.getAttribute('slot');
    if (slot === 'excerpt') {
      hasExcerpt = true;
      if (!isOwned(element)) pageExcerpt = true;
      continue;
    }
    if (slot || /^(script|style|template)$/.test(element.localName)) continue;
    if (!isOwned(element)) pageBody = true;
    text += ` ${element.textContent}`;
  }
  return { pageBody, pageExcerpt, hasExcerpt, minutes: readingMinutes(text) };
}

/** Content images and code blocks must not overflow the column (the page's CSS cannot be assumed). */
function fitMedia(fragment: DocumentFragment): DocumentFragment {
  for (const media of Array.from(fragment.querySelectorAll<HTMLElement>('img'))) {
    // CSSOM, not a style attribute: allowed under a strict style-src CSP.
    media.style.maxInlineSize = '100%';
    media.style.blockSize = 'auto';
  }
  for (const pre of Array.from(fragment.querySelectorAll<HTMLElement>('pre, table'))) {
    pre.style.maxInlineSize = '100%';
    pre.style.overflowX = 'auto';
  }
  return fragment;
}

const rendered = new WeakMap<Element, string>();

/**
 * Keeps one owned child `<div {marker}>` holding `html` sanitized by `clean` (or none when `html`
 * is undefined). The sanitizer returns nodes, never a string, so no markup sink is touched.
 * Returns true when the light DOM changed.
 */
export function syncOwnedHtml(
  host: HTMLElement,
  marker: typeof CONTENT | typeof EXCERPT,
  html: string | undefined,
  baseUrl: string | undefined,
  clean: typeof sanitize,
): boolean {
  const [current, ...extra] = Array.from(host.children).filter((child) => child.hasAttribute(marker));
  for (const duplicate of extra) duplicate.remove();
  if (html === undefined) {
    current?.remove();
    return current !== undefined || extra.length > 0;
  }
  if (current && rendered.get(current) === html) return extra.length > 0;
  const container = current ?? document.createElement('div');
  if (!current) {
    container.setAttribute(marker, '');
    if (marker === EXCERPT) {
      container.setAttribute('slot', 'excerpt');
      container.className = 'p-summary';
    } else {
      container.className = 'e-content';
    }
  }
  container.replaceChildren(fitMedia(clean(html, baseUrl ? { baseUrl } : {})));
  rendered.set(container, html);
  if (!current) host.append(container);
  return true;
}

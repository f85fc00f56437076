import type { BlogSource, PostRef } from './source.js';

/**
 * One source (and post) for every element of a page, set once in any of four places; for each
 * of `source` and `post` separately, the first that has a value wins:
 *
 * 1. the element's own attribute (`<blog-comments source="…" post="…">`, passed to `resolveConfig`);
 * 2. the closest wrapping element with `blog-source` / `blog-post` (also across shadow roots);
 * 3. `configure({ source, post })` from a script;
 * 4. `<meta name="blog-widgets:source" content="…">` / `<meta name="blog-widgets:post" content="…">`.
 *
 * A source is `wordpress:https://site/` (or any URL with `/wp-json` or `rest_route`), `static`
 * (or nothing: the element's own attributes, children and inline JSON), or a `BlogSource` object.
 * A post is its id in the source, or its URL.
 */
export interface BlogConfig {
  readonly source?: string | BlogSource | undefined;
  readonly post?: string | undefined;
}

export interface ResolvedConfig {
  readonly source?: string | BlogSource;
  readonly post?: PostRef;
}

let page: BlogConfig = {};
const listeners = new Set<() => void>();

/**
 * Sets the page's source and post (a key given as `undefined` clears it). Elements that
 * subscribed with `onConfigChange` load again, so the order of scripts does not matter.
 */
export function configure(config: BlogConfig): void {
  page = { ...page, ...config };
  for (const listener of listeners) listener();
}

/** Calls `listener` after every `configure()`; returns the unsubscribe function. */
export function onConfigChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A source or post given as text: trimmed, and nothing when empty. */
const given = <T>(value: T | string | null | undefined): T | string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : (value ?? undefined);

/** The value of `name` on the element or its closest ancestor, crossing shadow roots outwards. */
function inherited(element: Element, name: string): string | undefined {
  for (let node: Element | null = element; node;) {
    const value = given(node.getAttribute(name));
    if (value) return value;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return undefined;
}

const meta = (name: string): string | undefined =>
  given(document.querySelector<HTMLMetaElement>(`meta[name="blog-widgets:${name}"]`)?.content);

/** A post given as text → PostRef: a URL (anything with `/` or `:`, resolved on the page) or an id. */
export function toPostRef(post: string): PostRef {
  if (!/[/:]/.test(post)) return { id: post };
  try {
    return { url: new URL(post, document.baseURI).href };
  } catch {
    return { id: post };
  }
}

/**
 * The source and post for `element`; `own` holds the element's own attribute (or property)
 * values. Empty values count as not set.
 */
export function resolveConfig(element: Element, own: BlogConfig = {}): ResolvedConfig {
  const source = given(own.source) ?? inherited(element, 'blog-source') ?? given(page.source) ?? meta('source');
  const post = given(own.post) ?? inherited(element, 'blog-post') ?? given(page.post) ?? meta('post');
  return { ...(source ? { source } : {}), ...(post ? { post: toPostRef(post) } : {}) };
}

import { LoadError } from './load-error.js';
import type { BlogSource } from './source.js';

/*
 * Turning a source spec (config.ts) into a BlogSource. Apart from config.ts so that elements can
 * resolve their configuration at once and load this — and the source itself — with their data.
 */

/** One source per spec for the whole page; static sources belong to their element. */
const shared = new Map<string, Promise<BlogSource>>();
const statics = new WeakMap<Element, Promise<BlogSource>>();

/**
 * The BlogSource for a spec (see `BlogConfig`), shared by every element that names the same
 * spec. Implementations load on first use, so a page downloads only the one it needs. Rejects
 * with a LoadError `invalid` for a spec no source understands.
 */
export function sourceFor(spec: string | BlogSource | undefined, element: Element): Promise<BlogSource> {
  if (typeof spec === 'object') return Promise.resolve(spec);
  const key = spec?.trim() ?? '';
  if (!key || key === 'static') {
    let source = statics.get(element);
    if (!source) {
      source = import('./static-source.js').then(({ StaticSource }) => StaticSource.fromElement(element));
      statics.set(element, source);
    }
    return source;
  }
  let source = shared.get(key);
  if (!source) {
    source = create(key);
    shared.set(key, source);
    // A module that failed to load (offline) may load on the next try.
    void source.catch(() => shared.delete(key));
  }
  return source;
}

async function create(spec: string): Promise<BlogSource> {
  const prefixed = /^wordpress:/i.test(spec);
  if (prefixed || /\/wp-json(\/|\?|$)|[?&]rest_route=/i.test(spec)) {
    const { WordPressSource } = await import('./wordpress-source.js');
    return new WordPressSource(prefixed ? spec.slice('wordpress:'.length) : spec);
  }
  // Any other http(s) URL is the companion service.
  if (/^https?:\/\/[^/?#]+/i.test(spec)) {
    const { ServerSource } = await import('./server-source.js');
    return new ServerSource(spec);
  }
  const error = new LoadError('invalid', spec, 0, 'errorSourceUnsupported', 'blog_widgets_unknown_source');
  error.message =
    `blog-widgets: unknown source "${spec}". Use "static", "wordpress:<site URL>", a WordPress /wp-json/ URL, ` +
    'or the https:// URL of a companion service.';
  throw error;
}

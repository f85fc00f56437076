import type { LoadError } from '../data/load-error.js';

/**
 * Events shared by every element that loads from a data source (`src`). Both bubble and are
 * composed (they leave shadow roots), per DESIGN.md §9, and are fired only for loads the element
 * made, never for values a page set programmatically.
 *
 * ```ts
 * author.addEventListener('blog-load', (e) => console.log((e as BlogLoadEvent<{ author: Author }>).detail.author));
 * ```
 *
 * Each element documents its `detail` shape (`{ post }` for `<blog-article>`, `{ author }` for
 * `<blog-author>`).
 */

/** `blog-load`: the element loaded its data from `src` and shows it; `detail` carries it. */
export class BlogLoadEvent<T extends object = object> extends CustomEvent<T> {
  static readonly eventName = 'blog-load';
  constructor(detail: T) {
    super(BlogLoadEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

/** `blog-error`: loading `src` failed; `detail.error` says why (and is the sentence shown). */
export class BlogErrorEvent extends CustomEvent<{ readonly error: LoadError }> {
  static readonly eventName = 'blog-error';
  constructor(error: LoadError) {
    super(BlogErrorEvent.eventName, { bubbles: true, composed: true, detail: { error } });
  }
}

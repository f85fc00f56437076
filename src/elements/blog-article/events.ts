import type { Post } from '../../data/types.js';
import { BlogErrorEvent, BlogLoadEvent } from '../../internal/events.js';

/**
 * `<blog-article>` fires the library's shared events (src/internal/events.ts): `blog-load` with
 * `detail.post` once a post from `src` has loaded and rendered, `blog-error` with `detail.error`
 * (a `LoadError`) when it could not.
 */
export { BlogErrorEvent, BlogLoadEvent };

/** The `blog-load` event of `<blog-article>`: `detail.post` is the post it shows. */
export type BlogArticleLoadEvent = BlogLoadEvent<{ readonly post: Post }>;

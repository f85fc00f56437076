import { BlogLikes } from './elements/blog-likes/blog-likes.js';
import { define } from './internal/define.js';

define('blog-likes', BlogLikes);

export { BlogLikes };

declare global {
  interface HTMLElementTagNameMap {
    'blog-likes': BlogLikes;
  }
}

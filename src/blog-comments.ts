import { BlogComments } from './elements/blog-comments/blog-comments.js';
import { define } from './internal/define.js';

define('blog-comments', BlogComments);

export { BlogComments };

declare global {
  interface HTMLElementTagNameMap {
    'blog-comments': BlogComments;
  }
}

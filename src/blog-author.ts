import { BlogAuthor } from './elements/blog-author/blog-author.js';
import { define } from './internal/define.js';

define('blog-author', BlogAuthor);

export { BlogAuthor };

declare global {
  interface HTMLElementTagNameMap {
    'blog-author': BlogAuthor;
  }
}

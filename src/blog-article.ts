import { BlogArticle } from './elements/blog-article/blog-article.js';
import { define } from './internal/define.js';

define('blog-article', BlogArticle);

export { BlogArticle };

declare global {
  interface HTMLElementTagNameMap {
    'blog-article': BlogArticle;
  }
}

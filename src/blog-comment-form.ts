import { BlogCommentForm } from './elements/blog-comment-form/blog-comment-form.js';
import { define } from './internal/define.js';

define('blog-comment-form', BlogCommentForm);

export { BlogCommentForm };

declare global {
  interface HTMLElementTagNameMap {
    'blog-comment-form': BlogCommentForm;
  }
}

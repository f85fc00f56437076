/**
 * The script-tag entry: registers every element, and exports what `index.ts` does but the
 * sign-in seam (`setIdentity`/`getIdentity`), which script-tag pages import from
 * `dist/esm/identity/seam.js` (package export `blog-widgets/identity.js`): it shares the page's one
 * session with this bundle (the store sits on globalThis) and keeps its bytes out of the first download.
 */
import './blog-article.js';
import './blog-author.js';
import './blog-comments.js';
import './blog-comment-form.js';
import './blog-likes.js';

export {
  BlogArticle,
  BlogAuthor,
  BlogComments,
  BlogCommentForm,
  BlogLikes,
  BlogElement,
  define,
  VERSION,
  setStrings,
  builtInLocales,
  configure,
} from './index.js';
export type * from './index.js';

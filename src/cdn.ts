/**
 * The entry of the script-tag bundle, `dist/blog-widgets.js` (vite.config.ts): registers every
 * element and exports what `blog-widgets.ts` (the npm entry) does.
 *
 * It is one file with everything the first render needs, and its lazy chunks import that code
 * back as `../blog-widgets.js`: no facade in between, so the first render waits for one request
 * less. A page may load it under another URL (WordPress enqueues `blog-widgets.js?ver=6.7`); the
 * browser keeps one module per URL, so this copy and the plain URL the lazy chunks import would
 * be two, with elements from one and lazy parts (their language, settings) from the other. So a
 * copy under another URL defines nothing: it loads the plain URL, which does; its functions
 * forward there and its classes become that copy's, so `configure()` or `setStrings()` imported
 * from either URL reach the same elements. That case alone downloads the bundle twice (README,
 * "Paste it into any page"). Should the plain URL fail (a link that only works with its query),
 * this copy does the work itself.
 */
import type * as Copy from './blog-widgets.js';
import {
  BlogArticle as Article,
  BlogAuthor as Author,
  BlogCommentForm as CommentForm,
  BlogComments as Comments,
  BlogElement as Base,
  BlogLikes as Likes,
  builtInLocales,
  configure as ownConfigure,
  define as ownDefine,
  setStrings as ownSetStrings,
  VERSION,
} from './index.js';

export type * from './index.js';
export { VERSION, builtInLocales };

export let BlogArticle = Article;
export let BlogAuthor = Author;
export let BlogComments = Comments;
export let BlogCommentForm = CommentForm;
export let BlogLikes = Likes;
export let BlogElement = Base;

const register = (): void => {
  ownDefine('blog-article', Article);
  ownDefine('blog-author', Author);
  ownDefine('blog-comments', Comments);
  ownDefine('blog-comment-form', CommentForm);
  ownDefine('blog-likes', Likes);
};

const plain = import.meta.url.replace(/[?#].*/, '');
/** The plain URL's copy, when this one was loaded under another URL (undefined if it failed). */
const other =
  plain != import.meta.url &&
  (import(/* @vite-ignore */ plain) as Promise<typeof Copy>).then(
    (copy) => ({ BlogArticle, BlogAuthor, BlogComments, BlogCommentForm, BlogLikes, BlogElement } = copy),
    register,
  );
if (!other) register();

/** A function of the copy in charge: this one's, or the plain copy's once it is in. */
const forward =
  <A extends unknown[]>(own: (...args: A) => void, key: 'configure' | 'setStrings' | 'define') =>
  (...args: A): void => {
    if (other) void other.then((copy) => (copy ? (copy[key] as unknown as (...args: A) => void) : own)(...args));
    else own(...args);
  };

/** See `configure` in data/config.ts. */
export const configure: typeof ownConfigure = forward(ownConfigure, 'configure');
/** See `setStrings` in i18n/index.ts. */
export const setStrings: typeof ownSetStrings = forward(ownSetStrings, 'setStrings');
/** See `define` in internal/define.ts. */
export const define: typeof ownDefine = forward(ownDefine, 'define');

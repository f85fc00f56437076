/**
 * The element classes and helpers, without registering any tag: for scoped registries and for
 * subclassing. To register, import `blog-widgets/blog-widgets.js` or one `blog-<tag>.js`.
 */
export { BlogArticle, type ArticleLayout, type BlogArticleLoadEvent } from './elements/blog-article/blog-article.js';
export { BlogAuthor, type AuthorLayout, type BlogAuthorLoadEvent } from './elements/blog-author/blog-author.js';
export {
  BlogComments,
  type BlogCommentEvent,
  type BlogCommentsLoadEvent,
} from './elements/blog-comments/blog-comments.js';
export { BlogCommentForm } from './elements/blog-comment-form/blog-comment-form.js';
export { BlogLikes, type BlogLikesLoadEvent } from './elements/blog-likes/blog-likes.js';
export { BlogElement, type Theme } from './internal/blog-element.js';
export { define } from './internal/define.js';
export { VERSION } from './internal/version.js';
export { setStrings, builtInLocales, type Strings, type StringKey, type PluralString } from './i18n/index.js';
export type { Author, Image, Post, Term } from './data/types.js';
export { configure, type BlogConfig } from './data/config.js';
// Types only: the classes load lazily with the sources, not with the elements.
export type { BlogCommentSubmitEvent, BlogLikeEvent, BlogLikeDetail } from './data/events.js';
export type { BlogSignInEvent, BlogSignOutEvent } from './identity/events.js';
export { setIdentity, getIdentity } from './identity/seam.js';
// The events every loading element fires (each element's own `blog-load` type is above).
export type { BlogErrorEvent, BlogLoadEvent } from './internal/events.js';
export type { WriteError, WriteErrorKind, CommentField } from './data/write-error.js';
export type { LoadError, LoadErrorKind } from './data/load-error.js';
export type {
  BlogSource,
  Comment,
  CommentOrder,
  CommentPage,
  CommentStatus,
  Identity,
  Liker,
  LikesSummary,
  NewComment,
  PostRef,
  Session,
  SignInProvider,
} from './data/source.js';

/**
 * The element classes and helpers, without registering any tag: for scoped registries and for
 * subclassing. To register, import `blog-widgets/blog-widgets.js` or one `blog-<tag>.js`.
 */
export { BlogArticle } from './elements/blog-article/blog-article.js';
export { BlogAuthor } from './elements/blog-author/blog-author.js';
export { BlogElement, type Theme } from './internal/blog-element.js';
export { define } from './internal/define.js';
export { VERSION } from './internal/version.js';
export { setStrings, builtInLocales, type Strings, type StringKey, type PluralString } from './i18n/index.js';
export type { Author, Image, Post, Term } from './data/types.js';

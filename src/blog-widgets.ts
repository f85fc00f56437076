/** The script-tag entry: registers every element. */
import './blog-article.js';
import './blog-author.js';
import './blog-comments.js';
import './blog-comment-form.js';
import './blog-likes.js';

export * from './index.js';

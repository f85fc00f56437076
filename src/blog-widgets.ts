/** The script-tag entry: registers every element. */
import './blog-article.js';
import './blog-author.js';

export * from './index.js';

import { articleSpareStrings, articleStrings } from '../../elements/blog-article/strings.js';
import { socialStrings } from '../../elements/blog-author/social-strings.js';
import { authorSpareStrings, authorStrings } from '../../elements/blog-author/strings.js';
import { formMessages } from '../../elements/blog-comment-form/messages.js';
import { formStrings } from '../../elements/blog-comment-form/strings.js';
import { signInStrings } from '../../identity/strings.js';
import { commentsStrings } from '../../elements/blog-comments/strings.js';
import { threadStrings } from '../../elements/blog-comments/thread-strings.js';
import { likersStrings } from '../../elements/blog-likes/likers-strings.js';
import { likesStrings } from '../../elements/blog-likes/strings.js';
import { dataStrings } from '../data-strings.js';
import { sharedStrings } from '../shared-strings.js';
import type { Strings } from '../types.js';

/**
 * All of English in one object, for translators, tests and docs. Elements do not import it:
 * each carries its own English (`defaultStrings`), so a page pays only for the elements it uses.
 */
const en = {
  ...sharedStrings,
  ...dataStrings,
  ...articleStrings,
  ...articleSpareStrings,
  ...authorStrings,
  ...socialStrings,
  ...authorSpareStrings,
  ...commentsStrings,
  ...threadStrings,
  ...formStrings,
  ...formMessages,
  ...likesStrings,
  ...likersStrings,
  ...signInStrings,
} as Strings;

export default en;

import type { Strings } from '../../i18n/types.js';

/**
 * The English `<blog-likes>` shows with the likes, registered when likers.ts (which loads them)
 * arrives; translations are in `src/i18n/locales/`.
 */
export const likersStrings = {
  like: 'Like',
  likeFirst: 'Be the first to like this.',
  likesCount: { one: 'One blogger likes this.', other: '{count} bloggers like this:' },
  youLikeThis: 'You like this.',
  youAndOthersLike: { one: 'You and one other blogger like this:', other: 'You and {count} other bloggers like this:' },
  moreLikers: '{count} more',
  likersTitle: 'Bloggers who like this',
  close: 'Close',
} satisfies Partial<Strings>;

import type { Strings } from '../../i18n/types.js';

/**
 * The English `<blog-likes>` shows before likers.ts loads (the loading state); translations are
 * in `src/i18n/locales/`. Everything shown with the likes is in `likers-strings.ts`, which loads
 * with them.
 */
export const likesStrings = {
  loadingLikes: 'Loading likes…',
} satisfies Partial<Strings>;

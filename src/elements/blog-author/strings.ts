import type { Strings } from '../../i18n/types.js';

/**
 * The English text of `<blog-author>`; translations are in `src/i18n/locales/`. Its load errors
 * (`errorNotAuthor`, `errorAuthorPrivate`) are in `src/i18n/shared-strings.ts`, which loads with
 * the code that raises them.
 */
export const authorStrings = {
  aboutAuthor: 'About the author',
  realName: 'Real name: {name}',
  onNetwork: '{name} on {network}',
  website: '{name}’s website',
  rssFeed: 'RSS feed of {name}',
  viewAllPosts: 'View all posts by {name}',
  loadingAuthor: 'Loading the author…',
} satisfies Partial<Strings>;

import type { Strings } from '../../i18n/types.js';

/**
 * The English text of `<blog-author>`; translations are in `src/i18n/locales/`. Its load errors
 * (`errorNotAuthor`, `errorAuthorPrivate`) are in `src/i18n/shared-strings.ts`, which loads with
 * the code that raises them.
 */
export const authorStrings = {
  realName: 'Real name: {name}',
  viewAllPosts: 'View all posts by {name}',
  loadingAuthor: 'Loading the author…',
} satisfies Partial<Strings>;

/** Translated, but shown by no element yet: kept for pages (`setStrings`) and translators, not shipped. */
export const authorSpareStrings = {
  aboutAuthor: 'About the author',
} satisfies Partial<Strings>;

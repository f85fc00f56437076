import type { Strings } from '../../i18n/types.js';

/** The English text of `<blog-author>`; translations are in `src/i18n/locales/`. */
export const authorStrings = {
  aboutAuthor: 'About the author',
  realName: 'Real name: {name}',
  onNetwork: '{name} on {network}',
  website: '{name}’s website',
  rssFeed: 'RSS feed of {name}',
  viewAllPosts: 'View all posts by {name}',
  loadingAuthor: 'Loading the author…',
  errorNotAuthor: 'The address did not return an author.',
  errorAuthorPrivate: '{host} does not make this author’s profile public.',
} satisfies Partial<Strings>;

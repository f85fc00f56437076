import type { Strings } from '../types.js';

/** English, the built-in fallback for every other locale. */
const en: Strings = {
  loading: 'Loading…',
  retry: 'Try again',
  errorNotFound: 'Nothing was found at this address (404).',
  errorUnreachable: '{host} could not be reached. Check your connection and try again.',
  errorCors: '{host} does not allow this page to read its data (CORS). The site owner can allow this origin.',
  errorTimeout: '{host} took too long to answer.',
  errorServer: '{host} answered with an error ({status}). Try again in a moment.',
  errorNotJson: '{host} did not answer with data this element can read.',
  errorGone: 'This content is no longer available.',

  postedIn: 'Posted in {list}',
  taggedWith: 'Tagged {list}',
  listSeparator: ', ',
  byline: 'by {name}',
  publishedOn: 'Published {date}',
  updatedOn: 'Updated {date}',
  readingTime: { one: '{count} minute read', other: '{count} minute read' },
  continueReading: 'Continue reading',
  continueReadingLabel: 'Continue reading “{title}”',
  showLess: 'Show less',
  loadingPost: 'Loading the post…',
  errorNotPost: 'The address did not return a blog post.',

  aboutAuthor: 'About the author',
  realName: 'Real name: {name}',
  onNetwork: '{name} on {network}',
  website: '{name}’s website',
  rssFeed: 'RSS feed of {name}',
  viewAllPosts: 'View all posts by {name}',
  loadingAuthor: 'Loading the author…',
  errorNotAuthor: 'The address did not return an author.',
  errorAuthorPrivate: '{host} does not make this author’s profile public.',
};

export default en;

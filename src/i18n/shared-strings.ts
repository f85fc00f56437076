import type { Strings } from './types.js';

/**
 * English for the states every element shares (loading, errors), and for every load error: it
 * is only ever shown once lazily loaded code has run, which registers it (`addFallbackStrings`).
 * Element text lives with each element.
 */
export const sharedStrings: Partial<Strings> = {
  loading: 'Loading…',
  retry: 'Try again',
  errorNotFound: 'Nothing was found at this address (404).',
  errorUnreachable: '{host} could not be reached. Check your connection and try again.',
  errorCors: '{host} does not allow this page to read its data (CORS). The site owner can allow this origin.',
  errorTimeout: '{host} took too long to answer.',
  errorServer: '{host} answered with an error ({status}). Try again in a moment.',
  errorNotJson: '{host} did not answer with data this element can read.',
  errorGone: 'This content is no longer available.',
  errorNotPost: 'The address did not return a blog post.',
  errorNotAuthor: 'The address did not return an author.',
  errorAuthorPrivate: '{host} does not make this author’s profile public.',
};

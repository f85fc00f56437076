import type { Strings } from '../../i18n/types.js';

/**
 * The English text of `<blog-article>`; translations are in `src/i18n/locales/`. Its load errors
 * (`errorNotPost`) are in `src/i18n/shared-strings.ts`, which loads with the code that raises them.
 */
export const articleStrings = {
  postedIn: 'Posted in {list}',
  taggedWith: 'Tagged {list}',
  listSeparator: ', ',
  byline: 'by {name}',
  updatedOn: 'Updated {date}',
  readingTime: { one: '{count} minute read', other: '{count} minute read' },
  continueReading: 'Continue reading',
  continueReadingLabel: 'Continue reading “{title}”',
  showLess: 'Show less',
  loadingPost: 'Loading the post…',
} satisfies Partial<Strings>;

/** Translated, but shown by no element yet: kept for pages (`setStrings`) and translators, not shipped. */
export const articleSpareStrings = {
  publishedOn: 'Published {date}',
} satisfies Partial<Strings>;

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
  publishedOn: 'Published {date}',
  updatedOn: 'Updated {date}',
  readingTime: { one: '{count} minute read', other: '{count} minute read' },
  continueReading: 'Continue reading',
  continueReadingLabel: 'Continue reading “{title}”',
  showLess: 'Show less',
  loadingPost: 'Loading the post…',
} satisfies Partial<Strings>;

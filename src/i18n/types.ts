/** A string with one form per CLDR plural category; `other` is required. `{count}` is replaced. */
export type PluralString = { readonly other: string } & Partial<
  Readonly<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>>
>;

/**
 * Every user-visible string of the library. Placeholders are `{name}`; plural strings choose
 * their form with `Intl.PluralRules` from `{count}`. Each locale file must provide all keys,
 * which TypeScript checks; pages override any of them (see `setStrings` and `strings`).
 */
export interface Strings {
  // shared states
  loading: string;
  retry: string;
  errorNotFound: string;
  errorUnreachable: string;
  errorCors: string;
  errorTimeout: string;
  errorServer: string;
  errorNotJson: string;
  errorGone: string;

  // <blog-article>
  postedIn: string;
  taggedWith: string;
  listSeparator: string;
  byline: string;
  publishedOn: string;
  updatedOn: string;
  readingTime: PluralString;
  continueReading: string;
  continueReadingLabel: string;
  showLess: string;
  loadingPost: string;
  errorNotPost: string;

  // <blog-author>
  aboutAuthor: string;
  realName: string;
  onNetwork: string;
  website: string;
  rssFeed: string;
  viewAllPosts: string;
  loadingAuthor: string;
  errorNotAuthor: string;
  errorAuthorPrivate: string;
}

export type StringKey = keyof Strings;

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

  // the data layer's write errors and sources (src/i18n/data-strings.ts)
  errorSourceUnsupported: string;
  errorLoginRequired: string;
  errorNameEmailRequired: string;
  errorCommentInvalid: string;
  errorTooLong: string;
  errorDuplicate: string;
  errorTooFast: string;
  errorCommentsClosed: string;
  errorCommentPostMissing: string;
  errorCommentForbidden: string;
  errorLikesUnsupported: string;
  errorNoBackend: string;
  errorNotSaved: string;
  errorReplyParentMissing: string;
  errorServiceSiteUnknown: string;
  errorLikeLimit: string;
  errorSessionEnded: string;

  // <blog-comments>
  commentsHeading: PluralString;
  commentsHeadingUntitled: PluralString;
  /** The heading while there is no count to give: no comments yet, or they could not load. */
  commentsTitle: string;
  commentsTitleUntitled: string;
  noComments: string;
  loadingComments: string;
  loadMoreComments: string;
  says: string;
  anonymous: string;
  commentPermalink: string;
  reply: string;
  replyToLabel: string;
  awaitingModeration: string;
  commentsError: string;

  // <blog-comment-form>
  leaveReply: string;
  leaveReplyTo: string;
  cancelReply: string;
  fillDetails: string;
  fillDetailsSignIn: string;
  emailLabel: string;
  emailHint: string;
  nameLabel: string;
  websiteLabel: string;
  commentLabel: string;
  required: string;
  notifyComments: string;
  notifyPosts: string;
  rememberMe: string;
  postComment: string;
  posting: string;
  commentPosted: string;
  commentHeld: string;
  draftRestored: string;
  offline: string;
  fixErrors: PluralString;
  errorNameRequired: string;
  errorEmailRequired: string;
  errorEmailInvalid: string;
  errorUrlInvalid: string;
  errorContentEmpty: string;
  errorContentTooLong: string;
  commentingAs: string;
  logOut: string;
  changeAccount: string;

  // sign-in (src/identity/strings.ts)
  signInOptions: string;
  signInWith: string;
  connecting: string;
  cancel: string;
  signedInAs: string;
  signInBlocked: string;
  signInClosed: string;
  signInCancelled: string;
  signInDenied: string;
  signInUnreachable: string;
  signInFailed: string;
  signedIn: string;
  loggedOut: string;

  // <blog-likes>
  like: string;
  likeFirst: string;
  likesCount: PluralString;
  youLikeThis: string;
  youAndOthersLike: PluralString;
  moreLikers: string;
  likersTitle: string;
  close: string;
  loadingLikes: string;
}

export type StringKey = keyof Strings;

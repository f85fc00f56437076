import type { Strings } from './types.js';

/**
 * English for what the data layer can report when a comment or a like is not saved. It loads with
 * the sources (lazily); elements register it with `addFallbackStrings` when a source arrives.
 */
export const dataStrings = {
  errorSourceUnsupported: 'This page names a comments service this version of blog-widgets does not know.',
  errorLoginRequired: '{host} only accepts comments from readers who are signed in.',
  errorNameEmailRequired: 'Please enter your name and email address to comment.',
  errorCommentInvalid: '{host} did not accept this comment. Check the fields and try again.',
  errorTooLong: 'This is longer than {host} accepts. Shorten it and try again.',
  errorDuplicate: 'You have already said that: {host} already has this comment.',
  errorTooFast: 'You are posting comments too quickly. Wait a moment, then try again.',
  errorCommentsClosed: 'Comments are closed on this post.',
  errorCommentPostMissing: '{host} could not find this post, so the comment was not saved.',
  errorCommentForbidden: '{host} did not allow this comment to be posted.',
  errorLikesUnsupported: 'Likes are not available on this site.',
  errorNoBackend: 'This page cannot save comments yet: the site has not connected a comments service.',
  errorNotSaved: 'It was not saved. Try again in a moment.',
  errorReplyParentMissing:
    'The comment you are replying to is no longer there. Your reply was not posted; copy it and post it as a new comment.',
  errorServiceSiteUnknown:
    '{host} does not keep comments for this site. The site owner can add this site to the service’s configuration.',
  errorLikeLimit: 'Too many likes came from your network for this post; yours was not counted.',
  errorSessionEnded:
    'Your sign-in has ended (you logged out, or it expired). Log in again or fill in your details; your comment is still here.',
} satisfies Partial<Strings>;

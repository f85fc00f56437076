import type { Strings } from '../../i18n/types.js';

/**
 * The English of what `<blog-comment-form>` says once its behaviour (form-logic.ts) has loaded,
 * when the reader starts using the form: sending, validation, outcome and drafts. (The words of
 * sign-in load with the sign-in code: src/identity/strings.ts.)
 */
export const formMessages = {
  posting: 'Posting…',
  commentPosted: 'Your comment was posted.',
  commentHeld: 'Your comment is awaiting moderation.',
  draftRestored: 'Your unsent comment was restored.',
  offline: 'You are offline. Your comment is kept here: post it again once you are back online.',
  fixErrors: {
    one: 'Please fix one field to post your comment.',
    other: 'Please fix {count} fields to post your comment.',
  },
  errorNameRequired: 'Please enter your name.',
  errorEmailRequired: 'Please enter your email address. It is never made public.',
  errorEmailInvalid: 'Please enter a valid email address, like name@example.com.',
  errorUrlInvalid: 'Please enter a web address that starts with http:// or https://, or leave Website empty.',
  errorContentEmpty: 'Please write your comment before posting it.',
  errorContentTooLong: 'Your comment is {count} characters long; the most this site takes is {max}. Please shorten it.',
} satisfies Partial<Strings>;

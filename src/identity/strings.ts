import type { Strings } from '../i18n/types.js';

/**
 * The English of sign-in (the provider buttons, the popup's progress and what can go wrong). It
 * loads with the sign-in code (form-sign-in.ts), only on pages whose source offers providers.
 */
export const signInStrings = {
  fillDetailsSignIn: 'Fill in your details below or click an icon to log in:',
  commentingAs: 'You are commenting using your {provider} account.',
  logOut: 'Log Out',
  changeAccount: 'Change',
  signInOptions: 'Log in with',
  signInWith: 'Log in with {provider}',
  connecting: 'Connecting to {provider}…',
  cancel: 'Cancel',
  signedInAs: 'Signed in as {name}',
  signInBlocked:
    'Your browser blocked the sign-in window. Allow pop-ups for this site and try again, or fill in your details below.',
  signInClosed: 'The sign-in window was closed before you finished. Try again, or fill in your details below.',
  signInCancelled: 'Signing in was cancelled. Your comment is still here.',
  signInDenied: '{provider} did not sign you in. Try again, or fill in your details below.',
  signInUnreachable: '{provider} could not be reached. Try again later, or fill in your details below.',
  signInFailed: 'Signing in with {provider} did not work. Try again, or fill in your details below.',
  signedIn: 'You are signed in as {name}.',
  loggedOut: 'You are logged out. Your comment is still here.',
} satisfies Partial<Strings>;

import type { Strings } from '../../i18n/types.js';

/** The English text of `<blog-comment-form>`; translations are in `src/i18n/locales/`. */
export const formStrings = {
  leaveReply: 'Leave a Reply',
  leaveReplyTo: 'Leave a Reply to {name}',
  cancelReply: 'Cancel reply',
  fillDetails: 'Fill in your details below:',
  fillDetailsSignIn: 'Fill in your details below or click an icon to log in:',
  emailLabel: 'Email',
  emailHint: 'Address never made public',
  nameLabel: 'Name',
  websiteLabel: 'Website',
  commentLabel: 'Comment',
  required: '(required)',
  notifyComments: 'Notify me of new comments via email.',
  notifyPosts: 'Notify me of new posts via email.',
  rememberMe: 'Remember my name, email and website on this device.',
  postComment: 'Post Comment',
  posting: 'Posting…',
  commentingAs: 'You are commenting using your {provider} account.',
  logOut: 'Log Out',
  changeAccount: 'Change',
} satisfies Partial<Strings>;

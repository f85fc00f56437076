import type { Strings } from '../../i18n/types.js';

/**
 * The English `<blog-comment-form>` shows before its behaviour loads; translations are in
 * `src/i18n/locales/`. What it says after that (sending, signed in, messages) is in messages.ts.
 */
export const formStrings = {
  leaveReply: 'Leave a Reply',
  leaveReplyTo: 'Leave a Reply to {name}',
  cancelReply: 'Cancel reply',
  fillDetails: 'Fill in your details below:',
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
} satisfies Partial<Strings>;

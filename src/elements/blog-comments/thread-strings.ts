import type { Strings } from '../../i18n/types.js';

/**
 * The English of the thread of `<blog-comments>` (headings, comments, states), registered by
 * thread.ts when it loads; translations are in `src/i18n/locales/`.
 */
export const threadStrings = {
  commentsHeading: { one: 'One thought on “{title}”', other: '{count} thoughts on “{title}”' },
  commentsHeadingUntitled: { one: 'One thought', other: '{count} thoughts' },
  commentsTitle: 'Comments on “{title}”',
  commentsTitleUntitled: 'Comments',
  noComments: 'No comments yet. Be the first to share your thoughts.',
  loadMoreComments: 'Load more comments',
  says: '{name} says:',
  anonymous: 'Anonymous',
  commentPermalink: 'Link to this comment',
  reply: 'Reply',
  replyToLabel: 'Reply to {name}',
  awaitingModeration: 'Your comment is awaiting moderation.',
  commentsError: 'The comments could not be loaded.',
} satisfies Partial<Strings>;

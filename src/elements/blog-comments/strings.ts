import type { Strings } from '../../i18n/types.js';

/**
 * The English `<blog-comments>` shows before its thread module loads; translations are in
 * `src/i18n/locales/`. Everything else it says is in `thread-strings.ts`, which loads with the
 * thread (thread.ts): a page pays for those words only once it has comments to show.
 */
export const commentsStrings = {
  loadingComments: 'Loading comments…',
} satisfies Partial<Strings>;

import type { Strings } from '../../i18n/types.js';

/**
 * The English names of `<blog-author>`'s social links. They load with the code that shows them
 * (`social.ts`), which the element registers as fallback English when it arrives: a page without
 * social links never downloads them (DESIGN.md §7).
 */
export const socialStrings = {
  onNetwork: '{name} on {network}',
  website: '{name}’s website',
  rssFeed: 'RSS feed of {name}',
} satisfies Partial<Strings>;

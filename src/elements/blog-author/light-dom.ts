import { isStructuredData, scriptJson } from '../../internal/structured-data.js';
import type { Author } from '../../data/types.js';
import { isStandaloneLink, socialLink, type SocialLink } from './social.js';

/** What `<blog-author>` reads from its children. */
export interface Children {
  /** Recognized social links, in document order (unsafe ones already dropped). */
  readonly links: SocialLink[];
  /** Nodes for the bio slot: everything but social links and scripts/styles/templates. */
  readonly bio: (Element | Text)[];
  /** Plain text of the bio the page wrote (not counting `ownedBio`), whitespace collapsed. */
  readonly pageBio: string;
}

const INLINE = /^(a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)$/;
const SKIP = /^(script|style|template|link|meta)$/;

/** Light-DOM changes that matter: children, bio text, and links' href/rel/type. */
export const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['href', 'rel', 'type'],
};

/**
 * Sorts the host's children into social links and bio. Where manual slot assignment is missing
 * (`legacySlots`), social links get `slot="blog-social"`, a slot that does not exist, so the
 * default slot does not render them a second time.
 */
export function readChildren(host: HTMLElement, ownedBio: Element | undefined, legacySlots: boolean): Children {
  const links: SocialLink[] = [];
  const bio: (Element | Text)[] = [];
  let pageBio = '';
  for (const node of Array.from(host.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) {
      bio.push(node as Text);
      pageBio += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || isStructuredData(node)) continue;
    const element = node as Element;
    if (element.localName === 'a' && element.hasAttribute('href') && isStandaloneLink(element)) {
      const link = socialLink(element as HTMLAnchorElement);
      if (link) links.push(link);
      if (legacySlots && element.getAttribute('slot') !== 'blog-social') element.setAttribute('slot', 'blog-social');
      continue;
    }
    if (SKIP.test(element.localName)) continue;
    bio.push(element);
    if (element !== ownedBio) {
      pageBio += INLINE.test(element.localName) ? element.textContent : ` ${element.textContent} `;
    }
  }
  return { links, bio, pageBio: pageBio.replace(/\s+/g, ' ').trim() };
}

/** True when a mutation batch touched more than the structured-data script the element owns. */
export function relevant(records: readonly MutationRecord[], host: Node): boolean {
  const ours = (node: Node): boolean =>
    isStructuredData(node) || (node.parentNode !== null && isStructuredData(node.parentNode));
  return records.some(
    (record) =>
      !ours(record.target) &&
      !(
        record.type === 'childList' &&
        record.target === host &&
        [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)].every(isStructuredData)
      ),
  );
}

/** A schema.org `Person` for the author, safe inside `<script>`; undefined without a name. */
export function personJson(author: Author, links: readonly SocialLink[]): string | undefined {
  if (!author.name) return undefined;
  const sameAs = links.filter((link) => link.network !== 'rss').map((link) => link.href);
  return scriptJson({
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: author.name,
    ...(author.realName ? { alternateName: author.realName } : {}),
    ...(author.description ? { description: author.description } : {}),
    ...(author.avatar ? { image: author.avatar.src } : {}),
    ...(author.link ? { url: author.link } : {}),
    ...(sameAs.length ? { sameAs } : {}),
  });
}

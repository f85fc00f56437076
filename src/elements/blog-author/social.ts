import type { html as Html, svg as Svg, TemplateResult } from 'lit';
import type { StringKey } from '../../i18n/index.js';
/**
 * The social links of `<blog-author>`, loaded lazily with the first link the element finds
 * among its children (it renders boxes of the same size meanwhile): the network of a URL, its
 * name and icon, and the `sameAs` URLs of the JSON-LD. Data only: the element renders it.
 */
import { glyphs, type Glyph } from '../../internal/icons.js';

/** The English of the links' names, which the element registers when this module arrives. */
export { socialStrings } from './social-strings.js';

/** What a social link points at: a network, a feed, or the person's own site. */
export type Network =
  'x' | 'facebook' | 'instagram' | 'youtube' | 'linkedin' | 'github' | 'bluesky' | 'mastodon' | 'rss' | 'website';

/** A standalone `<a>` child with a safe http(s) `href`; its `rel` lower-cased. */
export interface Anchor {
  readonly href: string;
  readonly rel: string;
  readonly type: string;
}

/** A social link as shown: its network's name (brand names are not translated) and icon; `me` for `rel="me"`. */
export interface SocialLink {
  readonly href: string;
  readonly network: Network;
  readonly brand: string;
  readonly me: boolean;
  readonly glyph: Glyph;
}

const BRANDS: Readonly<Record<Network, string>> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  github: 'GitHub',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  rss: 'RSS',
  website: 'Website',
};

/**
 * The hosts of each network (and their subdomains: `mobile.twitter.com`, never
 * `x.com.evil.example`), one capturing group per network in the order of `BRANDS`.
 */
const HOSTS =
  /(^|\.)(?:(x\.com|twitter\.com)|(facebook\.com|fb\.com|fb\.me)|(instagram\.com|instagr\.am)|(youtube\.com|youtu\.be)|(linkedin\.com|lnkd\.in)|(github\.com)|(bsky\.app))$/;

/** Sites that also use `/@user` paths but are not Mastodon (or the fediverse). */
const NOT_FEDIVERSE = /(^|\.)(medium\.com|tiktok\.com|threads\.net|threads\.com|substack\.com|vimeo\.com)$/;

/** The network of an http(s) URL (and the link's `type`/`rel`, which can mark feeds and Mastodon). */
export function networkOf(url: URL, type = '', rel = ''): Network {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const path = url.pathname;
  const known = HOSTS.exec(host)?.slice(2).findIndex(Boolean) ?? -1;
  if (known >= 0) return Object.keys(BRANDS)[known] as Network;
  if (
    /^application\/(rss|atom|feed)\+xml$|^application\/(rss|atom)$/i.test(type.trim()) ||
    /\.(xml|rss|atom)$|(^|\/)(feeds?|rss|atom)(\/|$)/i.test(path) ||
    /^(feeds?|rss)\./.test(host) ||
    /(^|[?&])feed=(rss|atom)/i.test(url.search)
  ) {
    return 'rss';
  }
  // Mastodon (and the fediverse software that copies its URLs): https://host/@user.
  return (!NOT_FEDIVERSE.test(host) &&
    (/^\/@[^/]+\/?$/.test(path) || (/\bme\b/i.test(rel) && path.startsWith('/@')))) ||
    (/(^|\.)mastodon\./.test(host) && /^\/(@|users\/)/.test(path))
    ? 'mastodon'
    : 'website';
}

/**
 * The links with their networks. `me` is kept from `rel="me"`, and set for Mastodon, which
 * verifies profiles with it.
 */
export const socialLinks = (anchors: readonly Anchor[]): SocialLink[] =>
  anchors.map(({ href, rel, type }) => {
    const network = networkOf(new URL(href), type, rel);
    return {
      href,
      network,
      brand: BRANDS[network],
      me: /(^|\s)me(\s|$)/.test(rel) || network === 'mastodon',
      glyph: glyphs[network === 'website' ? 'globe' : network],
    };
  });

/**
 * The `<li>` of each social link: rendered here, in the lazy chunk, with the element's `html` and
 * `svg` tags passed in (importing Lit would split the element's eager bundle). `t` translates the
 * accessible labels ("Liah on GitHub").
 */
export const renderLinks = (
  html: typeof Html,
  svg: typeof Svg,
  anchors: readonly Anchor[],
  name: string,
  t: (key: StringKey, vars: Record<string, string>) => string,
): TemplateResult[] =>
  socialLinks(anchors).map((link) => {
    const { network, brand } = link;
    const label = !name
      ? brand
      : network === 'website'
        ? t('website', { name })
        : network === 'rss'
          ? t('rssFeed', { name })
          : t('onNetwork', { name, network: brand });
    return html`<li>
      <a
        part="social-link"
        class="social-link ${link.me ? 'u-url' : ''}"
        href=${link.href}
        rel=${link.me ? 'me noopener' : 'noopener'}
        aria-label=${label}
        title=${label}
        data-network=${network}
        ><svg
          part="social-icon"
          class="icon"
          viewBox="0 0 24 24"
          width="24"
          height="24"
          fill="currentColor"
          fill-rule="evenodd"
          aria-hidden="true"
        >
          ${link.glyph.map((path) =>
            typeof path === 'string'
              ? svg`<path d=${path}></path>`
              : svg`<path d=${path[0]} fill="none" stroke="currentColor" stroke-width=${path[1]} stroke-linejoin="round"></path>`,
          )}
        </svg></a
      >
    </li>`;
  });

import type { IconName } from '../../internal/icons.js';
import { safeUrl } from '../../internal/url.js';

/** What a social link points at: a network, a feed, or the person's own site. */
export type Network =
  'x' | 'facebook' | 'instagram' | 'youtube' | 'linkedin' | 'github' | 'mastodon' | 'bluesky' | 'rss' | 'website';

export interface SocialLink {
  readonly network: Network;
  /** The network's name as shown to people (`X`, `Mastodon`…); brand names are not translated. */
  readonly label: string;
  readonly icon: IconName;
  /** Safe absolute http(s) URL. */
  readonly href: string;
  /** `rel` for the rendered link: `me` when the page said so or for Mastodon, always `noopener`. */
  readonly rel: string;
}

const WEB = new Set(['http:', 'https:']);

/** Hosts (and their subdomains) per network. */
const HOSTS: readonly (readonly [Network, readonly string[]])[] = [
  ['x', ['x.com', 'twitter.com']],
  ['facebook', ['facebook.com', 'fb.com', 'fb.me']],
  ['instagram', ['instagram.com', 'instagr.am']],
  ['youtube', ['youtube.com', 'youtu.be']],
  ['linkedin', ['linkedin.com', 'lnkd.in']],
  ['github', ['github.com']],
  ['bluesky', ['bsky.app']],
];

/** Sites that also use `/@user` paths but are not Mastodon (or the fediverse). */
const NOT_FEDIVERSE = ['medium.com', 'tiktok.com', 'threads.net', 'threads.com', 'substack.com', 'vimeo.com'];

const LABELS: Record<Network, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  github: 'GitHub',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  rss: 'RSS',
  website: 'Website',
};

const ICONS: Record<Network, IconName> = {
  x: 'x',
  facebook: 'facebook',
  instagram: 'instagram',
  youtube: 'youtube',
  linkedin: 'linkedin',
  github: 'github',
  mastodon: 'mastodon',
  bluesky: 'bluesky',
  rss: 'rss',
  website: 'globe',
};

const onHost = (host: string, domains: readonly string[]): boolean =>
  domains.some((domain) => host === domain || host.endsWith(`.${domain}`));

const FEED_TYPES = /^application\/(rss|atom|feed)\+xml$|^application\/(rss|atom)$/i;

/** The network of an http(s) URL (and the link's `type`/`rel`, which can mark feeds and Mastodon). */
export function networkOf(url: URL, type = '', rel = ''): Network {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  for (const [network, domains] of HOSTS) if (onHost(host, domains)) return network;
  const path = url.pathname.toLowerCase();
  if (
    FEED_TYPES.test(type.trim()) ||
    /\.(xml|rss|atom)$/.test(path) ||
    /(^|\/)(feed|feeds|rss|atom)(\/|$)/.test(path) ||
    /^(feeds?|rss)\./.test(host) ||
    /(^|[?&])feed=(rss|atom)/.test(url.search.toLowerCase())
  ) {
    return 'rss';
  }
  // Mastodon (and the fediverse software that copies its URLs): https://host/@user.
  if (/^\/@[^/]+\/?$/.test(url.pathname) && !onHost(host, NOT_FEDIVERSE)) return 'mastodon';
  if (/(^|\.)mastodon\./.test(host) && /^\/(@|users\/)/.test(url.pathname)) return 'mastodon';
  if (/\bme\b/i.test(rel) && url.pathname.startsWith('/@') && !onHost(host, NOT_FEDIVERSE)) return 'mastodon';
  return 'website';
}

/**
 * A light-DOM `<a>` as a social link, or null when its `href` is missing or unsafe
 * (`javascript:`, `data:`, anything but http and https): such a link is dropped.
 */
export function socialLink(anchor: HTMLAnchorElement): SocialLink | null {
  const href = safeUrl(anchor.getAttribute('href') ?? '', undefined, WEB);
  if (!href || href.startsWith('#')) return null;
  const relTokens = (anchor.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const network = networkOf(new URL(href), anchor.getAttribute('type') ?? '', relTokens.join(' '));
  const me = relTokens.includes('me') || network === 'mastodon';
  return {
    network,
    label: LABELS[network],
    icon: ICONS[network],
    href,
    rel: me ? 'me noopener' : 'noopener',
  };
}

/**
 * Whether a child `<a>` of the element is a social link rather than a link inside running
 * text: a link on a line of its own (or next to other elements) is a social link; one with text
 * on the same line before or after it (`…she writes for <a>Wired</a>.`) stays in the bio.
 */
export function isStandaloneLink(anchor: Element): boolean {
  const prev = anchor.previousSibling;
  const next = anchor.nextSibling;
  const before = prev?.nodeType === Node.TEXT_NODE ? (prev.textContent ?? '').split('\n').at(-1) : '';
  const after = next?.nodeType === Node.TEXT_NODE ? (next.textContent ?? '').split('\n')[0] : '';
  return !before?.trim() && !after?.trim();
}

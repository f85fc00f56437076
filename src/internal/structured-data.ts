/**
 * JSON-LD that an element keeps in its own light DOM, where search engines read it: one
 * `<script type="application/ld+json" data-blog-structured-data>` child per element. Invisible,
 * so it loads lazily after the first render; elements' `updateComplete` waits for it.
 */
import type { Author } from '../data/types.js';
import type { View } from '../elements/blog-article/view.js';

/**
 * Keeps exactly one structured-data child of `host` holding `value` as JSON, or none when
 * `value` is undefined (duplicates, e.g. from server-rendered HTML, are removed). `<` is escaped
 * as `\u003c`, so `</script>` cannot end the script. The script is built with `createElement` and
 * a text node (no string-to-markup sink, so Trusted Types have nothing to object to), and
 * rewritten only when its text changes.
 */
function sync(host: HTMLElement, value: object | undefined): void {
  const [current, ...extra] = Array.from(host.querySelectorAll(':scope > script[data-blog-structured-data]'));
  for (const duplicate of extra) duplicate.remove();
  const json = value && JSON.stringify(value).replace(/</g, '\\u003c');
  if (!json) {
    current?.remove();
    return;
  }
  if (current?.getAttribute('type') === 'application/ld+json' && current.textContent === json) return;
  const script = document.createElement('script');
  script.setAttribute('type', 'application/ld+json');
  script.setAttribute('data-blog-structured-data', '');
  script.append(document.createTextNode(json));
  if (current) current.replaceWith(script);
  else host.append(script);
}

/** Hosts that got the `h-entry` class from us (the only ones we take it from again). */
const entries = new WeakSet<Element>();

/**
 * `<blog-article>`: the `h-entry` microformats root (on the host itself: parsers read light DOM;
 * a class the page set itself is never removed) and a schema.org `BlogPosting` for `view`.
 */
export function syncPosting(host: HTMLElement, wanted: boolean, view: View | undefined): void {
  if (wanted && !host.classList.contains('h-entry')) {
    host.classList.add('h-entry');
    entries.add(host);
  } else if (!wanted && entries.delete(host)) {
    host.classList.remove('h-entry');
  }
  const {
    headline,
    permalink: url,
    published,
    modified = published,
    author,
    image,
    categories = [],
    tags = [],
  } = view ?? {};
  // JSON.stringify leaves out the keys whose value is undefined.
  sync(
    host,
    wanted && headline
      ? {
          '@context': 'https://schema.org',
          '@type': 'BlogPosting',
          headline,
          url,
          mainEntityOfPage: url,
          datePublished: published?.iso,
          dateModified: modified?.iso,
          author: author && { '@type': 'Person', name: author.name, url: author.link },
          image: image && { '@type': 'ImageObject', url: image.src, width: image.width, height: image.height },
          articleSection: categories.length > 1 ? categories.map((term) => term.name) : categories[0]?.name,
          keywords: tags.map((term) => term.name).join(', ') || undefined,
        }
      : undefined,
  );
}

/**
 * `<blog-author>`: the `h-card` microformats root (added once, never removed, so the page's
 * classes are untouched) and a schema.org `Person` (`sameAs`: the profiles among the social
 * links); none without a name.
 */
export function syncPerson(
  host: HTMLElement,
  author: Author | undefined,
  links: readonly { readonly network: string; readonly href: string }[],
): void {
  host.classList.add('h-card');
  const sameAs = links.filter((link) => link.network !== 'rss').map((link) => link.href);
  sync(
    host,
    author?.name
      ? {
          '@context': 'https://schema.org',
          '@type': 'Person',
          name: author.name,
          alternateName: author.realName,
          description: author.description,
          image: author.avatar?.src,
          url: author.link,
          sameAs: sameAs.length ? sameAs : undefined,
        }
      : undefined,
  );
}

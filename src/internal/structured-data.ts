/**
 * JSON-LD that an element keeps in its own light DOM, where search engines read it: one
 * `<script type="application/ld+json" data-blog-structured-data>` child per element. Invisible,
 * so it loads lazily after the first render; elements' `updateComplete` waits for it.
 */
import type { Author } from '../data/types.js';
import type { View } from '../elements/blog-article/view.js';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
let policy: ScriptPolicy | null | undefined;

/**
 * Script text for JSON we serialized ourselves. Under `require-trusted-types-for 'script'` the
 * text of any `<script>` — JSON-LD included — must be a TrustedScript, so it goes through a
 * policy of our own, `blog-widgets#json-ld` (module-private: nothing else can use it). A page
 * whose `trusted-types` directive does not list that name gets no policy; the browser then
 * refuses the JSON-LD, and says so, but nothing else breaks.
 */
function scriptText(json: string): string {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } })
      .trustedTypes;
    try {
      policy = tt ? tt.createPolicy('blog-widgets#json-ld', { createScript: (input: string) => input }) : null;
    } catch {
      policy = null;
    }
  }
  return (policy ? policy.createScript(json) : json) as string;
}

/**
 * Keeps exactly one structured-data child of `host` holding `value` as JSON, or none when
 * `value` is undefined (duplicates, e.g. from server-rendered HTML, are removed). `<` is escaped
 * as `\u003c`, so `</script>` cannot end the script. Rewritten only when its text changes.
 */
export function syncJsonLd(host: HTMLElement, value: object | undefined): void {
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
  script.text = scriptText(json);
  if (current) current.replaceWith(script);
  else host.append(script);
}

/** Hosts that got the `h-entry` class from us (the only ones we take it from again). */
const entries = new WeakSet<Element>();

/**
 * `<blog-article>`: the `h-entry` microformats root (on the host itself: parsers read light DOM;
 * a class the page set itself is never removed) and a schema.org `BlogPosting` for `view`;
 * neither when the host says `noStructuredData`.
 */
export function syncPosting(host: HTMLElement & { noStructuredData: boolean }, view: View | undefined): void {
  const wanted = !host.noStructuredData;
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
  syncJsonLd(
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
  syncJsonLd(
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

// Shared by test/blog-article*.test.ts (not a test file itself).
import { html } from '@open-wc/testing';
import type { BlogArticle } from '../src/blog-article.js';
import type { BlogArticleLoadEvent, BlogErrorEvent } from '../src/elements/blog-article/blog-article.js';
import { fixtureUrl, mockUrl } from './support/env.js';

export const HEADLINE = 'Spike Jonze’s ‘Her’ is a romance between Joaquin Phoenix and an operating system';

/** The seed post of the brief, written as a blogger would paste it. */
export const seed = (attrs: { layout?: string; excerpt?: boolean; permalink?: string | null } = {}) => html`
  <blog-article
    layout=${attrs.layout ?? 'card'}
    ?excerpt=${attrs.excerpt ?? false}
    headline=${HEADLINE}
    permalink=${attrs.permalink === null ? '' : (attrs.permalink ?? 'https://liah.example/2013/12/18/spike-jonzes-her/')}
    categories="Articles"
    tags="Film, Spike Jonze"
    published="2013-12-18"
    author="Liah Qureshi"
    author-link="https://liah.example/author/liah/"
    image="/demo/images/her-featured.svg"
    image-alt="Theodore looking out over Los Angeles"
    image-width="1200"
    image-height="675"
  >
    <p>
      In <em>Her</em>, Spike Jonze imagines a near-future Los Angeles where Theodore Twombly (Joaquin Phoenix), a lonely
      writer of other people’s love letters, falls for Samantha, the voice of his new operating system (Scarlett
      Johansson).
    </p>
    <h2>A love story without a body</h2>
    <p>
      The film never treats the premise as a joke. Samantha is curious, funny and “growing” — and the question it asks
      is not whether she is real, but whether Theodore is ready for a relationship at all.
    </p>
  </blog-article>
`;

export const shadow = (el: BlogArticle): ShadowRoot => el.shadowRoot!;
export const part = (el: BlogArticle, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: BlogArticle, name: string): HTMLElement[] =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`));
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Resolves with the next `blog-load` or `blog-error` anywhere on the page (attach before the fixture). */
export function nextSettle(): Promise<BlogArticleLoadEvent | BlogErrorEvent> {
  return new Promise((resolve) => {
    const done = (event: Event): void => {
      document.removeEventListener('blog-load', done);
      document.removeEventListener('blog-error', done);
      resolve(event as BlogArticleLoadEvent | BlogErrorEvent);
    };
    document.addEventListener('blog-load', done);
    document.addEventListener('blog-error', done);
  });
}

type WpJson = Record<string, unknown> & { id: number };

/** Drops what the element never reads (`_links`, comments) so a post fits in a mock URL. */
function slim(post: WpJson): WpJson {
  const copy = structuredClone(post);
  delete copy._links;
  const embedded = copy._embedded as Record<string, unknown> | undefined;
  if (embedded) {
    delete embedded.replies;
    const strip = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(strip);
      else if (value && typeof value === 'object') delete (value as Record<string, unknown>)._links;
    };
    Object.values(embedded).forEach(strip);
  }
  return copy;
}

/** A post of `posts_embed.json` (an array: 4 is the seed post, 6 the hostile one), as a mock REST URL. */
export async function embeddedPostUrl(id: 4 | 6): Promise<string> {
  const list = (await (await fetch(fixtureUrl('posts_embed.json'))).json()) as WpJson[];
  const post = list.find((p) => p.id === id);
  if (!post) throw new Error(`posts_embed.json has no post ${id}`);
  return mockUrl('json', { body: JSON.stringify(slim(post)) });
}

/** Everything in the element's light and shadow DOM that could run script. */
export function dangers(el: BlogArticle): string[] {
  const found: string[] = [];
  const roots: ParentNode[] = [el, el.shadowRoot!];
  for (const root of roots) {
    for (const node of Array.from(root.querySelectorAll('*'))) {
      const name = node.localName;
      if (name === 'script' && node.getAttribute('type') !== 'application/ld+json') found.push('<script>');
      if (
        ['iframe', 'svg', 'object', 'embed', 'math', 'style', 'frame', 'base', 'meta', 'link', 'form'].includes(name)
      ) {
        found.push(`<${name}>`);
      }
      for (const { name: attr, value } of Array.from(node.attributes)) {
        if (/^on/i.test(attr)) found.push(`${name}[${attr}]`);
        if (attr === 'style' && /url\(|expression/i.test(value)) found.push(`${name}[style]`);
        if (['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'cite'].includes(attr)) {
          if (/^\s*(javascript|data|vbscript):/i.test(value) || /(^|,\s*)(javascript|data):/i.test(value)) {
            found.push(`${name}[${attr}=${value}]`);
          }
        }
      }
    }
  }
  return found;
}

/** Replaces `window.alert` (and friends) with counters; call the returned function to restore. */
export function spyOnDialogs(): { calls: string[]; restore: () => void } {
  const calls: string[] = [];
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  window.alert = (message?: unknown): void => void calls.push(`alert:${String(message)}`);
  window.confirm = (message?: string): boolean => (calls.push(`confirm:${String(message)}`), false);
  window.prompt = (message?: string): string | null => (calls.push(`prompt:${String(message)}`), null);
  return {
    calls,
    restore: () => Object.assign(window, saved),
  };
}

/** The element's JSON-LD scripts (there must only ever be one). */
export const structuredData = (el: BlogArticle): HTMLScriptElement[] =>
  Array.from(el.querySelectorAll<HTMLScriptElement>(':scope > script[data-blog-structured-data]'));

export const jsonLd = (el: BlogArticle): Record<string, unknown> =>
  JSON.parse(structuredData(el)[0]?.textContent ?? 'null') as Record<string, unknown>;

// Shared by test/blog-likes*.test.ts (not a test file). Elements are built with DOM calls: the
// inline `<script type="application/json">` child has to hold text, which a template cannot bind.
import { fixture, html } from '@open-wc/testing';
import '../src/blog-likes.js';
import type { BlogLikes } from '../src/blog-likes.js';
import type { BlogLikeEvent } from '../src/data/events.js';
import type { BlogSource, LikesSummary } from '../src/data/source.js';
import { deferred, eventually } from './comments.helpers.js';

export { deferred, eventually, part, parts, text } from './comments.helpers.js';

/** A liker as a page writes it in the static source's JSON. */
export interface StaticLiker {
  name: unknown;
  avatar?: unknown;
  link?: unknown;
}

/** `n` likers named "Blogger 1"…, without pictures or links. */
export const bloggers = (n: number, from = 1): StaticLiker[] =>
  Array.from({ length: n }, (_, i) => ({ name: `Blogger ${i + from}` }));

export interface LikesOptions {
  /** Attributes of `<blog-likes>`. */
  attrs?: Record<string, string>;
  /** Attributes of a wrapping `<div>` (e.g. `{ lang: 'ar' }`). */
  wrapper?: Record<string, string>;
  /** Raw text of the inline JSON instead of `{"likes": likes}`. */
  json?: string;
}

/** `<blog-likes>` with `{"likes": likes}` as inline JSON (none when `likes` is undefined), not connected. */
export function likesElement(likes?: unknown, options: LikesOptions = {}): BlogLikes {
  const el = document.createElement('blog-likes');
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  if (likes !== undefined || options.json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.json ?? JSON.stringify({ likes });
    el.append(script);
  }
  return el;
}

/** Mounts `<blog-likes>` in a fixture (inside a wrapper when asked) and waits for its updates and data. */
export async function place(el: BlogLikes, wrapper?: Record<string, string>): Promise<BlogLikes> {
  if (wrapper) {
    const div = document.createElement('div');
    for (const [name, value] of Object.entries(wrapper)) div.setAttribute(name, value);
    div.append(el);
    await fixture(div);
  } else {
    await fixture(el);
  }
  return el;
}

/**
 * Mounts `<blog-likes>` whose data has not arrived: `updateComplete` waits for the data, so this
 * waits only until the placeholders show.
 */
export async function placeLoading(el: BlogLikes): Promise<BlogLikes> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.append(el);
  await eventually(() => !!el.shadowRoot?.querySelector('[part~="skeleton"]'), 'no placeholders', { interval: 10 });
  return el;
}

/** Mounts `<blog-likes>` and waits until the likes (or an error) show. */
export async function mountLikes(likes?: unknown, options: LikesOptions = {}): Promise<BlogLikes> {
  const el = await place(likesElement(likes, options), options.wrapper);
  await loaded(el);
  return el;
}

/** Waits until the Like button or an error shows. */
export async function loaded(el: BlogLikes, timeout = 8000): Promise<void> {
  await eventually(
    () => !!el.shadowRoot?.querySelector('[part~="button"], [part~="error"]'),
    'the likes never loaded',
    {
      timeout,
      interval: 20,
    },
  );
  await el.updateComplete;
}

/** The Like button. */
export const likeButton = (el: BlogLikes): HTMLButtonElement =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;

/** Text with the template's line breaks and indents collapsed (no-break spaces are kept: they are part of French text). */
const squash = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

/** The sentence next to the button. */
export const sentence = (el: BlogLikes): string => squash(el.shadowRoot!.querySelector('[part~="text"]'));

/** The polite live region's text. */
export const announced = (el: BlogLikes): string => squash(el.shadowRoot!.querySelector('[role="status"]'));

/** The message of a failed like, next to the button ('' when none). */
export const likeError = (el: BlogLikes): string => squash(el.shadowRoot!.querySelector('.row [part~="error"]'));

/** Every shadow-tree node of the element (elements, text and comments), for DOM-size comparisons. */
export function nodeCount(el: Element): number {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

/** Records `blog-like` events on the document; `answer` decides each one (undefined: not handled). */
export function onLike(answer?: (event: BlogLikeEvent) => void): { events: BlogLikeEvent[]; stop(): void } {
  const events: BlogLikeEvent[] = [];
  const listener = (event: BlogLikeEvent): void => {
    events.push(event);
    answer?.(event);
  };
  document.addEventListener('blog-like', listener);
  return { events, stop: () => document.removeEventListener('blog-like', listener) };
}

/**
 * A `BlogSource` a page could pass as `source`, whose `getLikes` answers only when the test says
 * so (to see the loading state): each `answer`/`fail` settles the oldest waiting call, or the
 * next call when none waits yet. Every other method is unused by `<blog-likes>` and rejects.
 */
export function heldSource(): {
  source: BlogSource;
  calls: () => number;
  answer(likes: LikesSummary): void;
  fail(error: unknown): void;
} {
  const waiting: ReturnType<typeof deferred<LikesSummary>>[] = [];
  const ready: ((call: ReturnType<typeof deferred<LikesSummary>>) => void)[] = [];
  let calls = 0;
  const settle = (how: (call: ReturnType<typeof deferred<LikesSummary>>) => void): void => {
    const call = waiting.shift();
    if (call) how(call);
    else ready.push(how);
  };
  const no = (): Promise<never> => Promise.reject(new Error('not used by <blog-likes>'));
  const source: BlogSource = {
    kind: 'server',
    getPost: no,
    getAuthor: no,
    listComments: no,
    createComment: no,
    getLikes: () => {
      calls++;
      const call = deferred<LikesSummary>();
      const how = ready.shift();
      if (how) how(call);
      else waiting.push(call);
      return call.promise;
    },
    setLike: no,
    session: () => Promise.resolve({}),
  };
  return {
    source,
    calls: () => calls,
    answer: (likes) => settle((call) => call.resolve(likes)),
    fail: (error) => settle((call) => call.reject(error)),
  };
}

/** A number as `<blog-likes>` shows it: grouped, and compact from 10,000. */
export const shown = (n: number, locale = 'en'): string =>
  new Intl.NumberFormat(locale, n >= 10_000 ? { notation: 'compact' } : {}).format(n);

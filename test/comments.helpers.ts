// Shared by test/blog-comments*.test.ts and test/blog-comment-form*.test.ts (not a test file).
// Elements are built with DOM calls rather than Lit templates: the inline
// `<script type="application/json">` child has to hold text, which a template cannot bind.
import { fixture, waitUntil } from '@open-wc/testing';
import '../src/blog-comment-form.js';
import '../src/blog-comments.js';
import type { BlogCommentForm } from '../src/blog-comment-form.js';
import type { BlogComments } from '../src/blog-comments.js';
import type { BlogCommentSubmitEvent } from '../src/data/events.js';
import type { NewComment } from '../src/data/source.js';
import { mockUrl } from './support/env.js';

/** A comment as a page writes it in the static source's JSON. */
export interface StaticComment {
  id: string | number;
  parent?: string | number;
  author?: { name: string; link?: string; avatar?: string } | string;
  content?: string;
  contentHtml?: string;
  date?: string;
  status?: string;
  mine?: boolean;
  link?: string;
}

/** The seed page's thread: a comment, a reply to it, another comment (oldest first). */
export const SEED: StaticComment[] = [
  {
    id: '101',
    author: { name: 'Marcus Webb', link: 'https://example.com/marcus' },
    date: '2013-12-18T14:02:00Z',
    content: 'Saw it last night. The scene on the beach is the best thing Jonze has done.',
  },
  {
    id: '102',
    parent: '101',
    author: { name: 'Liah Qureshi', link: '/author/liah-qureshi/' },
    date: '2013-12-18T15:20:00Z',
    content: 'Agreed.\n\nThanks for reading, Marcus.',
  },
  {
    id: '103',
    author: { name: 'Yuki Tanaka' },
    date: '2013-12-19T08:45:00Z',
    content: 'I found it lonelier than the review suggests.',
  },
];

export interface MountOptions {
  /** Attributes of `<blog-comments>` (default: post="her" post-title="Her"). */
  attrs?: Record<string, string>;
  /** Adds a `<blog-comment-form>` child. */
  form?: boolean;
  /** Raw text of the inline JSON instead of `{"comments": data}`. */
  json?: string;
  /** A wrapper's attributes (e.g. `{ lang: 'fr' }`): the wrapper is returned's parent. */
  wrapper?: Record<string, string>;
}

/** `<blog-comments>` with its inline JSON (and optionally the form), not yet connected. */
export function commentsElement(data: unknown, options: MountOptions = {}): BlogComments {
  const el = document.createElement('blog-comments');
  for (const [name, value] of Object.entries(options.attrs ?? { post: 'her', 'post-title': 'Her' }))
    el.setAttribute(name, value);
  if (data !== undefined || options.json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.json ?? JSON.stringify({ comments: data });
    el.append(script);
  }
  if (options.form) el.append(document.createElement('blog-comment-form'));
  return el;
}

/** Mounts `<blog-comments>` (in a fixture) and waits until its first load settled. */
export async function mount(data: unknown, options: MountOptions = {}): Promise<BlogComments> {
  const el = commentsElement(data, options);
  if (options.wrapper) {
    const wrapper = document.createElement('div');
    for (const [name, value] of Object.entries(options.wrapper)) wrapper.setAttribute(name, value);
    wrapper.append(el);
    await fixture(wrapper);
  } else {
    await fixture(el);
  }
  await settled(el);
  return el;
}

/** Waits until the first load is over (a thread, the empty text or the error box shows). */
export async function settled(el: BlogComments, timeout = 8000): Promise<void> {
  await waitUntil(
    () => !!el.shadowRoot?.querySelector('[part~="thread"], [part~="empty"], [part~="error"]'),
    'the comments never settled',
    { timeout, interval: 20 },
  );
  await el.updateComplete;
  const form = el.querySelector('blog-comment-form');
  if (form) await form.updateComplete;
}

/** The first element of a shadow root with this part. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type
export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Every element of a shadow root with this part. */
export function parts<T extends Element = HTMLElement>(el: Element, name: string): T[] {
  return Array.from(el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`));
}

/** The visible text of an element, whitespace collapsed. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The heading's text. */
export const headingText = (el: BlogComments): string => text(part(el, 'heading'));

/** A comment's `<article>` card by id. */
export function card(el: BlogComments, id: string): HTMLElement | null {
  return el.shadowRoot!.getElementById(`comment-${id}`);
}

/** The ids of the comments shown, in document order. */
export function shownIds(el: BlogComments): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('article.card')).map((a) => a.id.replace(/^comment-/, ''));
}

/** The id of the comment whose reply list holds `id` (undefined at the top level). */
export function parentOf(el: BlogComments, id: string): string | undefined {
  const item = card(el, id)?.closest('li');
  const list = item?.parentElement;
  if (!list || list.matches('[part~="thread"]')) return undefined;
  return list
    .closest('li')
    ?.querySelector(':scope > article')
    ?.id.replace(/^comment-/, '');
}

/** The element focused inside `host`'s shadow root, when `host` (or its shadow tree) has focus. */
export function focusedIn(host: Element): Element | null {
  let active: Element | null = document.activeElement;
  // Walk down from the document through every shadow root on the way to `host`.
  while (active && active !== host && active.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === host ? host.shadowRoot!.activeElement : null;
}

/** The deepest focused element, across shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The `BlogPosting` JSON-LD trail of `<blog-comments>`, parsed (undefined when there is none). */
export function trail(el: BlogComments): Record<string, unknown> | undefined {
  const scripts = el.querySelectorAll(':scope > script[data-blog-structured-data]');
  if (scripts.length > 1) throw new Error(`${scripts.length} JSON-LD trails`);
  const json = scripts[0]?.textContent;
  return json ? (JSON.parse(json) as Record<string, unknown>) : undefined;
}

/** Forgets drafts, guest details and remembered comments of blog-widgets (and nothing else). */
export function clearBlogStorage(): void {
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith('blog-widgets')) storage.removeItem(key);
  }
}

/** A `source` for `<blog-comments>` whose every request lands on one dev-server mock route. */
export function wpMock(route: string, params: Record<string, string | number> = {}): string {
  return mockUrl(route, { ...params, rest_route: '/' });
}

/** The `<blog-comment-form>` of a `<blog-comments>`. */
export const formOf = (el: BlogComments): BlogCommentForm => el.querySelector('blog-comment-form')!;

/** A form control in the form's shadow root, by name (`content`, `email`, `name`, `url`, checkboxes). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type
export function control<T extends HTMLElement = HTMLInputElement>(form: BlogCommentForm, name: string): T {
  const found = form.shadowRoot!.querySelector<T>(`[name="${name}"]`);
  if (!found) throw new Error(`no control named ${name}`);
  return found;
}

/** Sets a control's value as typing would (an `input` event; `change` for checkboxes). */
export function fill(form: BlogCommentForm, name: string, value: string | boolean): void {
  const input = control(form, name);
  if (typeof value === 'boolean') {
    input.checked = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** Fills a valid guest comment. */
export async function fillValid(form: BlogCommentForm, content = 'A thoughtful comment.'): Promise<void> {
  fill(form, 'content', content);
  fill(form, 'email', 'reader@example.com');
  fill(form, 'name', 'Rita Reader');
  await form.updateComplete;
}

/** The form's polite status line ("Your comment is awaiting moderation."). */
export const statusText = (form: BlogCommentForm): string =>
  text(form.shadowRoot!.querySelector('[part~="status"][role="status"]'));

/** The form's alert line (errors). */
export const alertText = (form: BlogCommentForm): string =>
  text(form.shadowRoot!.querySelector('[part~="status"][role="alert"]'));

/** A field's error message ('' when none). */
export const fieldErrorText = (form: BlogCommentForm, name: string): string =>
  text(form.shadowRoot!.getElementById(`${name}-error`));

/** The submit button. */
export const submitButton = (form: BlogCommentForm): HTMLButtonElement => part<HTMLButtonElement>(form, 'submit')!;

/**
 * Handles `blog-comment-submit` on the document, as a page with its own backend would; records
 * every event; `answer` builds the `respondWith` value. Call `stop()` afterwards.
 */
export function handleSubmits(answer: (detail: NewComment) => unknown = () => ({ status: 'pending' })): {
  events: BlogCommentSubmitEvent[];
  stop(): void;
} {
  const events: BlogCommentSubmitEvent[] = [];
  const listener = (event: BlogCommentSubmitEvent): void => {
    events.push(event);
    event.respondWith(Promise.resolve().then(() => answer(event.detail)) as Promise<undefined>);
  };
  document.addEventListener('blog-comment-submit', listener);
  return { events, stop: () => document.removeEventListener('blog-comment-submit', listener) };
}

/** Records `blog-comment-submit` events without handling them. */
export function recordSubmits(): { events: BlogCommentSubmitEvent[]; stop(): void } {
  const events: BlogCommentSubmitEvent[] = [];
  const listener = (event: BlogCommentSubmitEvent): void => void events.push(event);
  document.addEventListener('blog-comment-submit', listener);
  return { events, stop: () => document.removeEventListener('blog-comment-submit', listener) };
}

/** A promise with its resolve and reject functions. */
export function deferred<T = unknown>(): {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Waits for a condition, then for the element's update. */
export async function until(
  el: { updateComplete: Promise<unknown> },
  test: () => boolean,
  message: string,
  timeout = 8000,
): Promise<void> {
  await waitUntil(test, message, { timeout, interval: 20 });
  await el.updateComplete;
}

/** Removes the `#…` from the address without a navigation. */
export function clearHash(): void {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

/** An SVG image served by the dev server (so an avatar really loads). */
export function svgImageUrl(color = 'teal'): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="${color}"/></svg>`;
  return mockUrl('json', { type: 'image/svg+xml', body: svg });
}

/** An ISO date `days` (may be fractional) before now. */
export const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();

/**
 * `waitUntil` with room for a busy machine: 8 s by default instead of 1 s (three browsers on two
 * cores can take seconds for what takes milliseconds alone).
 */
export function eventually(
  test: () => boolean | Promise<boolean>,
  message: string,
  options: { timeout?: number; interval?: number } = {},
): Promise<void> {
  return waitUntil(test, message, { timeout: 8000, interval: 20, ...options });
}

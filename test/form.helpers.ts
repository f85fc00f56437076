// Shared by test/blog-comment-form*.test.ts (not a test file): a `<blog-comment-form>` on its
// own (static source: its writes are `blog-comment-submit` events on the form), and its storage.
import { fixture } from '@open-wc/testing';
import '../src/blog-comment-form.js';
import type { BlogCommentForm } from '../src/blog-comment-form.js';
import { eventually, part, submitButton, text } from './comments.helpers.js';

export * from './comments.helpers.js';

/** A `<blog-comment-form>` with these attributes (default: post="her"), not yet connected. */
export function formElement(attrs: Record<string, string> = { post: 'her' }): BlogCommentForm {
  const form = document.createElement('blog-comment-form');
  for (const [name, value] of Object.entries(attrs)) form.setAttribute(name, value);
  return form;
}

/** Mounts a `<blog-comment-form>` (inside a wrapper with `wrapper` attributes, e.g. lang) and waits for it. */
export async function mountForm(
  attrs: Record<string, string> = { post: 'her' },
  wrapper?: Record<string, string>,
): Promise<BlogCommentForm> {
  const form = formElement(attrs);
  if (wrapper) {
    const div = document.createElement('div');
    for (const [name, value] of Object.entries(wrapper)) div.setAttribute(name, value);
    div.append(form);
    await fixture(div);
  } else {
    await fixture(form);
  }
  await form.updateComplete;
  return form;
}

/**
 * Presses "Post Comment" (a click, as a mouse would) and waits until the try is over: every try
 * ends with a new status (the outcome, a failure, or "please fix…"), the first one after the
 * form's behaviour has loaded.
 */
export async function post(form: BlogCommentForm): Promise<void> {
  const before = form.status;
  submitButton(form).click();
  await settle(form, before);
}

/** Waits until the form shows a status other than `before` (read before the try started) and is not sending. */
export async function settle(form: BlogCommentForm, before: BlogCommentForm['status'], timeout = 8000): Promise<void> {
  await eventually(() => form.status !== before && !form.sending, 'the try never ended', { timeout, interval: 10 });
  await form.updateComplete;
}

/** The heading's text ("Leave a Reply"). */
export const formHeading = (form: BlogCommentForm): string => text(part(form, 'heading'));

/** The drafts kept on this device: their stored values. */
export function drafts(): { content: string; parent?: string }[] {
  return Object.keys(localStorage)
    .filter((key) => key.startsWith('blog-widgets:draft:'))
    .map((key) => JSON.parse(localStorage.getItem(key)!) as { content: string; parent?: string });
}

/** The guest details stored in `storage` (undefined when none). */
export function guest(storage: Storage): { email: string; name: string; url: string; remember?: boolean } | undefined {
  const value = storage.getItem('blog-widgets:guest');
  return value ? (JSON.parse(value) as { email: string; name: string; url: string; remember?: boolean }) : undefined;
}

/** The element focused in the form's shadow root (null when focus is elsewhere). */
export function focusedControl(form: BlogCommentForm): Element | null {
  let active: Element | null = document.activeElement;
  while (active && active !== form && active.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === form ? form.shadowRoot!.activeElement : null;
}

/** The `name` (or part) of the control focused in the form: 'content', 'email', 'submit'… ('' when none). */
export function focusedName(form: BlogCommentForm): string {
  const el = focusedControl(form);
  return el?.getAttribute('name') ?? el?.getAttribute('part') ?? '';
}

/** Pretends the browser went offline (navigator.onLine false + an `offline` event); returns the way back. */
export function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event('offline'));
  return () => {
    delete (navigator as { onLine?: boolean }).onLine;
    window.dispatchEvent(new Event('online'));
  };
}

/** What a page's backend does to refuse a write: reject with `{ text, field }` (the documented contract, not an Error). */
export function refuse(text: string, field?: string): Promise<never> {
  // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
  return Promise.reject(field ? { text, field } : { text });
}

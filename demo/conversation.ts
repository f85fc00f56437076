/**
 * The conversation page's "backend" and its frozen states. Every block with `data-demo` answers
 * its own write events (what any site without a server can do: see the README's static source)
 * and stops them there, so the post page's own handler in demo.ts never sees them. The states
 * that need a reader's action (replying, sending, errors, held) are reached by doing what a
 * reader does — pressing Reply, typing, pressing Post Comment — once the elements have loaded.
 */
import type { BlogComments } from '../src/blog-comments.js';
import type { BlogCommentForm } from '../src/blog-comment-form.js';

const never = new Promise<never>(() => undefined);
const later = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(resolve, ms, value));

/** What each block does when its reader posts. */
const onSubmit: Record<string, (event: HTMLElementEventMap['blog-comment-submit']) => void> = {
  sending: (event) => event.respondWith(never),
  refused: (event) => {
    const text = 'Links to shops are not allowed here. Remove the link and post again.';
    event.respondWith(
      later(400, undefined).then(() => Promise.reject(Object.assign(new Error(text), { text, field: 'content' }))),
    );
  },
};
const held = (event: HTMLElementEventMap['blog-comment-submit']): void =>
  event.respondWith(later(500, { status: 'pending' as const, date: new Date() }));

for (const block of document.querySelectorAll<HTMLElement>('[data-demo]')) {
  const demo = block.dataset.demo ?? '';
  block.addEventListener('blog-comment-submit', (event) => {
    event.stopPropagation();
    (onSubmit[demo] ?? held)(event);
  });
  block.addEventListener('blog-like', (event) => {
    event.stopPropagation();
    // The "unsaved" block leaves the event unhandled: no backend, so the like rolls back.
    if (demo === 'likes') event.respondWith(later(300, { liked: event.detail.liked }));
  });
}

/** The form of a block, with its shadow DOM rendered. */
async function formOf(demo: string): Promise<BlogCommentForm | undefined> {
  const thread = document.querySelector<BlogComments>(`blog-comments[data-demo="${demo}"]`);
  const form = thread?.querySelector<BlogCommentForm>('blog-comment-form');
  if (!thread || !form) return undefined;
  await customElements.whenDefined('blog-comments');
  await thread.updateComplete;
  await form.updateComplete;
  return form;
}

/** Types into a field of the form the way a reader does (an `input` event per value). */
function type(form: BlogCommentForm, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const field = form.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
    if (!field) continue;
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
}

const press = (root: ParentNode | null | undefined, selector: string): void =>
  root?.querySelector<HTMLElement>(selector)?.click();

const guest = { email: 'you@example.com', name: 'You', url: 'example.com' };

/** Fills a form like a reader and presses Post Comment, once its behaviour has loaded. */
async function post(demo: string, values: Record<string, string>): Promise<void> {
  const form = await formOf(demo);
  if (!form) return;
  type(form, values);
  await form.updateComplete; // the form's behaviour (drafts, validation) has loaded
  press(form.shadowRoot, '[part~="submit"]');
  await form.updateComplete;
}

/** One state after another: the forms of a page share the reader's guest details, as they should. */
async function frozenStates(): Promise<void> {
  await post('invalid', { email: 'you@', url: 'javascript:alert(1)' });
  await post('refused', { ...guest, content: 'Buy it at https://shop.example/her — cheapest anywhere!' });
  const heldBlock = document.querySelector<BlogComments>('blog-comments[data-demo="held"]');
  const heldPosted = new Promise((resolve) => heldBlock?.addEventListener('blog-comment', resolve, { once: true }));
  await post('held', { ...guest, content: 'And the score by Arcade Fire does half the work.' });
  await post('sending', { ...guest, content: 'On its way — this page never answers, so it stays “Posting…”.' });
  const replying = document.querySelector<BlogComments>('blog-comments[data-demo="replying"]');
  if (await formOf('replying')) press(replying?.shadowRoot, '#comment-101 [part~="reply"]');
  // Posting and replying move focus (and the page) to the comment and the form: come back up.
  await heldPosted;
  await formOf('held');
  await formOf('replying');
  await new Promise((resolve) => requestAnimationFrame(resolve));
  (document.activeElement as HTMLElement | null)?.blur();
  if (!location.hash) scrollTo(0, 0);
}

// Start every visit from the same states: no drafts or guest details from the last one.
for (const key of Object.keys(localStorage)) if (key.includes('\nher-')) localStorage.removeItem(key);
sessionStorage.removeItem('blog-widgets:guest');
void frozenStates();

import { sourceFor } from '../../data/source-for.js';
import type { Comment } from '../../data/source.js';
import type { CommentField, WriteError } from '../../data/write-error.js';
import { addFallbackStrings } from '../../i18n/index.js';
import { errorStrings } from '../../internal/error-strings.js';
import { draftKey, GUEST_KEY, type BlogCommentForm, type Errors, type Values } from './blog-comment-form.js';
import { formMessages } from './messages.js';

/**
 * The behaviour of `<blog-comment-form>`, loaded when the reader first reaches the form (or at
 * once when a draft is waiting): drafts, validation, sending and what happens after.
 */

addFallbackStrings(formMessages);

/** What the reader typed: kept while typing, across failures and reloads, until it is posted. */
interface Draft {
  content: string;
  parent?: string | undefined;
}
/** The guest details: on this device only with "remember me", else for this tab only. */
interface Guest {
  email: string;
  name: string;
  url: string;
  remember?: boolean | undefined;
}

const FIELDS: readonly CommentField[] = ['content', 'email', 'name', 'url'];
const local = (): Storage => localStorage;
const session = (): Storage => sessionStorage;

/** Storage that may be blocked (privacy modes, sandboxed frames): failures read as nothing. */
function read(storage: () => Storage, key: string): unknown {
  try {
    return JSON.parse(storage().getItem(key) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
}
function write(storage: () => Storage, key: string, value: unknown): void {
  try {
    if (value === undefined) storage().removeItem(key);
    else storage().setItem(key, JSON.stringify(value));
  } catch {
    // Full or blocked: the text is still in the form.
  }
}

/** A website as typed (`example.com` → `https://example.com/`); '' for none; undefined when it is no web address. */
export function normalizeUrl(value: string): string | undefined {
  const text = value.trim();
  if (!text) return '';
  try {
    const url = new URL(/^[a-z][\w+.-]*:/i.test(text) ? text : `https://${text}`);
    return /^https?:$/.test(url.protocol) && url.hostname.includes('.') ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A plausible email address: something@domain.tld, no spaces (the server has the last word). */
export const isEmail = (value: string): boolean => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value.trim());

/** State kept per form outside Lit's: whether a try was made, and whether the last failure may have arrived. */
const tried = new WeakSet<BlogCommentForm>();
const uncertain = new WeakSet<BlogCommentForm>();

/** Fills the form from the draft of this post and the remembered guest details; asks the source who is signed in. */
export function start(form: BlogCommentForm): void {
  // Stored text is read defensively: another script may have written anything under these keys.
  const draft = (read(local, draftKey(form.config)) ?? {}) as Partial<Record<keyof Draft, unknown>>;
  const guest = (read(session, GUEST_KEY) ?? read(local, GUEST_KEY) ?? {}) as Partial<Record<keyof Guest, unknown>>;
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const typed = form.values.content;
  const content = typed ? '' : text(draft.content);
  const parent = content && !form.replyTo ? text(draft.parent) : '';
  form.values = {
    ...form.values,
    email: form.values.email || text(guest.email),
    name: form.values.name || text(guest.name),
    url: form.values.url || text(guest.url),
    remember: form.values.remember ?? guest.remember === true,
    // What is in the box now (typed before this loaded) wins over an older draft.
    ...(content && { content }),
    // A reply stays a reply: `<blog-comments>` moves the form back under its comment.
    ...(parent && { parent }),
  };
  if (content.trim() && !form.status) form.status = { key: 'draftRestored' };
  if (parent) replyAgain(form, parent);
  void sourceFor(form.config.spec, form.config.owner)
    .then((source) => source.session())
    .then(
      // Sign-in, once loaded, keeps the identity (the page's one session) itself.
      ({ identity }) => {
        if (identity && !form.signIn) form.loadSignIn();
      },
      () => undefined,
    );
  save(form);
}

/** Asks the `<blog-comments>` around the form to reopen the reply to `parent` once its comments are shown. */
function replyAgain(form: BlogCommentForm, parent: string): void {
  const thread = form.closest<HTMLElement & { view?: { ready?: boolean } }>('blog-comments');
  const ask = (): void => {
    form.dispatchEvent(new CustomEvent('blog-reply-draft', { bubbles: true, detail: { id: parent } }));
  };
  if (thread?.view?.ready) ask();
  else thread?.addEventListener('blog-load', ask, { once: true });
}

function save(form: BlogCommentForm): void {
  const { content, parent, email, name, url, remember } = form.values;
  write(local, draftKey(form.config), content ? { content, parent } : undefined);
  const guest = email || name || url ? { email, name, url, remember } : undefined;
  write(session, GUEST_KEY, guest);
  write(local, GUEST_KEY, remember ? guest : undefined);
}

/** After every change of a field: saved at once; checked again once a send was tried. */
export function changed(form: BlogCommentForm): void {
  if (form.status && !form.sending) form.status = undefined;
  if (tried.has(form)) form.errors = validate(form);
  save(form);
}

/** The problems of the current values, by field, in the order of the form. */
function validate(form: BlogCommentForm): Errors {
  const { content, email, name, url } = form.values;
  const errors: Errors = {};
  if (!content.trim()) errors.content = 'errorContentEmpty';
  else if (content.length > form.maxLength) errors.content = 'errorContentTooLong';
  if (!form.identity) {
    if (!email.trim()) errors.email = 'errorEmailRequired';
    else if (!isEmail(email)) errors.email = 'errorEmailInvalid';
    if (!name.trim()) errors.name = 'errorNameRequired';
    if (normalizeUrl(url) === undefined) errors.url = 'errorUrlInvalid';
  }
  return errors;
}

async function focusField(form: BlogCommentForm, field: CommentField): Promise<void> {
  await form.updateComplete;
  form.renderRoot.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
}

/** Sends the comment once: a second press while sending does nothing. */
export async function submit(form: BlogCommentForm): Promise<void> {
  if (form.sending) return;
  tried.add(form);
  const errors = (form.errors = validate(form));
  const bad = FIELDS.filter((field) => errors[field]);
  if (bad[0]) {
    form.status = { key: 'fixErrors', vars: { count: bad.length }, bad: true };
    return focusField(form, bad[0]);
  }
  if (!navigator.onLine) {
    form.status = { key: 'offline', bad: true };
    return;
  }
  form.sending = true;
  form.status = { key: 'posting' };
  const { content, email, name, url, notifyComments, notifyPosts, parent } = form.values;
  try {
    const source = await sourceFor(form.config.spec, form.config.owner);
    const comment = await source.createComment(
      {
        post: form.config.post ?? {},
        content,
        ...(parent ? { parent } : {}),
        ...(form.identity
          ? { identity: form.identity }
          : { name: name.trim(), email: email.trim(), url: normalizeUrl(url) ?? '' }),
        ...(form.showNotify ? { notifyComments, notifyPosts } : {}),
      },
      { timeout: form.timeout > 0 ? form.timeout : 20_000 },
    );
    posted(form, comment);
  } catch (error) {
    await failed(form, error as WriteError);
  } finally {
    form.sending = false;
  }
}

function posted(form: BlogCommentForm, comment: Comment | undefined): void {
  uncertain.delete(form);
  tried.delete(form);
  form.errors = {};
  form.values = { ...form.values, content: '' } satisfies Values;
  save(form);
  form.status = { key: comment?.status === 'pending' ? 'commentHeld' : 'commentPosted' };
  if (comment) {
    form.dispatchEvent(
      new CustomEvent('blog-comment', {
        bubbles: true,
        composed: true,
        detail: { comment: { ...comment, mine: true } },
      }),
    );
  } else {
    // An earlier try arrived though its answer was lost: the thread shows it after loading again.
    void form.closest<HTMLElement & { load?: () => Promise<void> }>('blog-comments')?.load?.();
  }
}

async function failed(form: BlogCommentForm, error: Partial<WriteError>): Promise<void> {
  if (error.kind === 'duplicate' && uncertain.has(form)) {
    posted(form, undefined);
    return;
  }
  await errorStrings();
  if (error.kind === 'timeout' || error.kind === 'network') uncertain.add(form);
  else uncertain.delete(form);
  const { field } = error;
  if (field && error.messageKey) {
    // The source's own sentence, with its values: not the bare key ("{host} did not accept…").
    form.errors = {
      ...form.errors,
      [field]: error.text ? { text: error.text } : { key: error.messageKey, vars: error.vars ?? {} },
    };
    void focusField(form, field);
  }
  form.status = !navigator.onLine
    ? { key: 'offline', bad: true }
    : error.text
      ? { text: error.text, bad: true }
      : { key: error.messageKey ?? 'errorNotSaved', vars: error.vars ?? {}, bad: true };
}

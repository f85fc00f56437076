import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';
import { sourceFor } from '../../data/source-for.js';
import { toLoadError, type LoadError } from '../../data/load-error.js';
import type { BlogSource, Comment } from '../../data/source.js';
import { addFallbackStrings, type StringKey } from '../../i18n/index.js';
import { sharedStrings } from '../../i18n/shared-strings.js';
import { errorStrings } from '../../internal/error-strings.js';
import { buttonCss, dangerCss, errorCss } from '../../internal/error.styles.js';
import { BlogErrorEvent, BlogLoadEvent } from '../../internal/events.js';
import { face, faceStyles } from '../../internal/face.js';
import { adopt as adoptBase } from '../../internal/lazy-styles.js';
import { syncJsonLd } from '../../internal/structured-data.js';
import type { SourceConfig } from '../../internal/source-config.js';
import { threadStrings } from './thread-strings.js';
import { threadStyles } from './thread.styles.js';

/**
 * The thread of `<blog-comments>`: threading, one comment's markup, dates, bodies and the
 * indexable trail. It loads with the data (in parallel with the source), never before a page
 * has comments to show; the HTML sanitizer loads only when a comment body is HTML.
 */

// The thread's English, and `loading` ("Load more" while it loads), shown before any error.
addFallbackStrings({ ...sharedStrings, ...threadStrings });

/** What `<blog-comments>` shows, kept on the element (a Lit state) and changed only here. */
export interface ViewState {
  readonly comments: readonly Comment[];
  /** Approved comments in the whole thread (the source's count when it gives one). */
  readonly total: number;
  /** Cursor of the next page, if any. */
  readonly next?: string | undefined;
  readonly busy: 'first' | 'more' | false;
  readonly error?: LoadError | undefined;
  /** Set once the comments loaded: "Load more" failures keep the list. */
  readonly ready?: boolean;
  /** The comment being replied to (the form's slot is under it). */
  readonly replyTo?: string | undefined;
  readonly abort?: AbortController;
  readonly loads?: number;
}

/** What the thread needs from its element (`BlogComments`). */
export interface ThreadHost extends HTMLElement {
  view: ViewState;
  readonly config: SourceConfig;
  readonly language: string;
  readonly depth: number;
  readonly order: string;
  readonly perPage: number;
  readonly timeout: number;
  readonly postTitle?: string | undefined;
  readonly noStructuredData: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  t$(key: StringKey, vars?: Readonly<Record<string, string | number>>): string;
  load(cursor?: string): Promise<void>;
}

/** Comments this reader posted, kept on this device until the source lists them (pending ones). */
const MINE_DAYS = 30;

const set = (host: ThreadHost, change: Partial<ViewState>): void => {
  host.view = { ...host.view, ...change };
};

/** How deep replies nest, 1–10 (5 for anything else). */
const maxDepth = (host: ThreadHost): number => {
  const depth = Math.trunc(host.depth);
  return depth >= 1 ? Math.min(depth, 10) : 5;
};

/** The comments shown: approved ones, and pending ones only to their author. */
const visible = (host: ThreadHost): Comment[] => host.view.comments.filter((c) => c.status === 'approved' || c.mine);

const form = (host: ThreadHost): (HTMLElement & { replyTo?: unknown }) | null =>
  host.querySelector(':scope > blog-comment-form');

const adopted = new WeakSet<ShadowRoot>();

/** Adds the thread's styles to the element's shadow root (they load with this module), after its own; the button and error box before them, as their base. */
function adopt(host: ThreadHost): void {
  const root = host.shadowRoot;
  if (!root || adopted.has(root)) return;
  adopted.add(root);
  adoptBase(root, buttonCss, dangerCss, errorCss);
  const sheets = [faceStyles, threadStyles].map((s: CSSResult) => s.styleSheet).filter((s) => s !== undefined);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}

/** Loads the first page (no cursor) or the next one, into the host's view. */
export async function load(host: ThreadHost, cursor?: string): Promise<void> {
  adopt(host);
  const id = (host.view.loads ?? 0) + 1;
  if (!cursor) host.view.abort?.abort();
  const abort = new AbortController();
  set(host, { loads: id, abort, busy: cursor ? 'more' : 'first', error: undefined });
  const { spec, post, owner } = host.config;
  const current = (): boolean => host.view.loads === id;
  try {
    const source = await sourceFor(spec, owner);
    const page = await source.listComments(post ?? {}, {
      ...(cursor ? { cursor } : {}),
      order: host.order === 'newest' ? 'newest' : 'oldest',
      perPage: Math.min(1000, Math.max(1, Math.trunc(host.perPage) || 50)),
      signal: abort.signal,
      timeout: host.timeout,
    });
    if (!current()) return;
    const known = new Set(page.comments.map((c) => c.id));
    const earlier = cursor ? host.view.comments.filter((c) => !known.has(c.id)) : [];
    const had = new Set(earlier.map((c) => c.id));
    const mine = remembered(host, source).filter((c) => !known.has(c.id) && !had.has(c.id));
    const comments = [...earlier, ...page.comments, ...mine];
    await prepare(comments);
    if (!current()) return;
    const approved = comments.filter((c) => c.status === 'approved').length;
    set(host, { comments, total: Math.max(page.total ?? 0, approved), next: page.next, ready: true, busy: false });
    host.dispatchEvent(new BlogLoadEvent({ comments: visible(host), total: host.view.total }));
    // Not awaited: `updateComplete` waits for this load itself.
    if (!cursor) void host.updateComplete.then(() => onHash(host));
  } catch (error) {
    if (!current() || abort.signal.aborted) return;
    await errorStrings();
    const spec = host.config.spec;
    const where = typeof spec === 'string' ? /\/\/([^/?#]+)/.exec(spec)?.[1] : undefined;
    const failure = toLoadError(error, where ?? location.host);
    set(host, { error: failure, busy: false });
    host.dispatchEvent(new BlogErrorEvent(failure));
  }
}

const mineKey = (host: ThreadHost): string => `blog-widgets:mine:${location.pathname}\n${host.config.storageKey}`;

/** This reader's held comments, remembered on this device (`mine`, pending). */
function remembered(host: ThreadHost, source: BlogSource): Comment[] {
  if (source.kind === 'static' && !host.config.post) return [];
  try {
    const stored = JSON.parse(localStorage.getItem(mineKey(host)) ?? '[]') as (Comment & { date?: string })[];
    return stored
      .filter((c) => Date.now() - Date.parse(c.date ?? '') < MINE_DAYS * 86_400_000)
      .map((c) => ({ ...c, date: new Date(c.date ?? ''), mine: true, status: 'pending' }));
  } catch {
    return [];
  }
}

function remember(host: ThreadHost, comment: Comment): void {
  if (comment.status !== 'pending') return;
  try {
    const stored = JSON.parse(localStorage.getItem(mineKey(host)) ?? '[]') as unknown[];
    const { id, parent, author, contentText, date, link } = comment;
    // The body as text: what the reader sees (the source's HTML is not kept).
    const text = contentText ?? bodies.get(comment)?.textContent ?? '';
    localStorage.setItem(
      mineKey(host),
      JSON.stringify([...stored, { id, parent, author, contentText: text, date, link }].slice(-20)),
    );
  } catch {
    // Storage full or blocked: the comment still shows until the page is left.
  }
}

/** The element's events: a posted comment, "Cancel reply", and `#comment-ID` in the address. */
export async function handle(host: ThreadHost, event: Event): Promise<void> {
  if (event.type === 'hashchange') {
    onHash(host);
  } else if (event.type === 'blog-cancel-reply') {
    endReply(host, true);
  } else if (event.type === 'blog-reply-draft') {
    // The form restored the draft of a reply: back under its comment, without taking the focus.
    const { id } = (event as CustomEvent<{ id: string }>).detail;
    const comment = visible(host).find((c) => c.id === id);
    if (comment && !host.view.replyTo) reply(host, comment, nameOf(host, comment), false);
  } else if (event.type === 'blog-comment') {
    const { comment } = (event as CustomEvent<{ comment: Comment }>).detail;
    await prepare([comment]);
    const { comments, total } = host.view;
    set(host, {
      comments: [...comments.filter((c) => c.id !== comment.id), { ...comment, mine: true }],
      total: total + (comment.status === 'approved' ? 1 : 0),
      ready: true,
    });
    endReply(host, false);
    await host.updateComplete;
    remember(host, comment);
    focusComment(host, comment.id);
  }
}

/** Moves the form under `comment` (in place of its Reply button), and focus into it unless `focus` is false. */
function reply(host: ThreadHost, comment: Comment, name: string, focus = true): void {
  const element = form(host);
  if (!element) return;
  set(host, { replyTo: comment.id });
  element.slot = 'reply';
  element.replyTo = { id: comment.id, name };
  if (focus) void host.updateComplete.then(() => element.focus());
}

/** The name a comment is shown under ("Anonymous" when it has none). */
const nameOf = (host: ThreadHost, c: Comment): string => c.author.name.trim() || host.t$('anonymous');

/** Moves the form back to the end; with `refocus`, focus returns to that comment's Reply button. */
function endReply(host: ThreadHost, refocus: boolean): void {
  const element = form(host);
  const id = host.view.replyTo;
  set(host, { replyTo: undefined });
  if (element) {
    element.removeAttribute('slot');
    element.replyTo = undefined;
  }
  if (refocus && id) {
    void host.updateComplete.then(() =>
      host.renderRoot.querySelector<HTMLElement>(`#comment-${CSS.escape(id)} .reply`)?.focus(),
    );
  }
}

function focusComment(host: ThreadHost, id: string): void {
  const card = host.renderRoot.querySelector<HTMLElement>(`#comment-${CSS.escape(id)}`);
  card?.scrollIntoView({ block: 'nearest' });
  card?.focus({ preventScroll: true });
}

/** `#comment-7` in the address: its target is in the shadow root, so the element scrolls to it. */
function onHash(host: ThreadHost): void {
  const id = /^#comment-(.+)$/.exec(location.hash)?.[1];
  if (id) focusComment(host, decodeURIComponent(id));
}

/** After each render: the JSON-LD trail follows what is shown. */
export function updated(host: ThreadHost, changed: Map<PropertyKey, unknown>): void {
  if (changed.has('view') || changed.has('noStructuredData')) {
    const { post } = host.config;
    syncTrail(
      host,
      !host.noStructuredData,
      visible(host),
      host.view.total,
      post?.url ?? location.href.split('#')[0] ?? '',
    );
  }
}

/** The heading: "3 thoughts on “Her”" (or "3 thoughts" without a title). */
export function title(host: ThreadHost): string {
  const count = host.view.total;
  const name = host.postTitle?.trim();
  // "0 thoughts" reads oddly, and after a failed load the count is unknown: the plain title then.
  if (!count || !host.view.ready)
    return name ? host.t$('commentsTitle', { title: name }) : host.t$('commentsTitleUntitled');
  return name ? host.t$('commentsHeading', { count, title: name }) : host.t$('commentsHeadingUntitled', { count });
}

/** Everything under the heading once loaded: thread or empty text, error, "Load more". */
export function body(host: ThreadHost): TemplateResult {
  const { error, next, busy, ready } = host.view;
  const shown = visible(host);
  return html`${
    shown.length
      ? renderThread(host, shown)
      : ready && !error
        ? html`<p part="empty" class="empty">${host.t$('noComments')}</p>`
        : nothing
  }
  ${
    error
      ? html`<div part="error" class="error" role="alert">
          <p class="error-text">
            ${ready ? '' : `${host.t$('commentsError')} `}${host.t$(error.messageKey, error.vars)}
          </p>
          <button part="retry" class="button" type="button" @click=${() => void host.load(ready ? next : undefined)}>
            ${host.t$('retry')}
          </button>
        </div>`
      : nothing
  }
  ${
    next && ready && !error
      ? html`<p class="more">
          <button
            part="more"
            class="button quiet"
            type="button"
            ?disabled=${busy === 'more'}
            @click=${() => more(host)}
          >
            ${busy === 'more' ? host.t$('loading') : host.t$('loadMoreComments')}
          </button>
        </p>`
      : nothing
  }`;
}

async function more(host: ThreadHost): Promise<void> {
  const before = new Set(host.view.comments.map((c) => c.id));
  await host.load(host.view.next);
  // Focus the first comment that arrived, so keyboard and screen-reader users carry on reading.
  const added = visible(host).find((c) => !before.has(c.id));
  if (added) focusComment(host, added.id);
}

interface ThreadNode {
  readonly comment: Comment;
  readonly children: ThreadNode[];
  readonly level: number;
}

/**
 * Flat comments → a tree. A reply deeper than `depth` joins its deepest allowed ancestor's
 * replies (as WordPress does); a reply whose parent is not (yet) loaded shows at the top level.
 * Replies read oldest first under their parent; top-level comments keep the source's order.
 */
export function thread(comments: readonly Comment[], depth: number): ThreadNode[] {
  const byId = new Map<string, { comment: Comment; children: Comment[] }>();
  for (const comment of comments) byId.set(comment.id, { comment, children: [] });
  const roots: Comment[] = [];
  for (const comment of comments) {
    const parent = comment.parent !== undefined && comment.parent !== comment.id ? byId.get(comment.parent) : undefined;
    if (parent) parent.children.push(comment);
    else roots.push(comment);
  }
  const time = (c: Comment): number => c.date?.getTime() ?? 0;
  const seen = new Set<string>();
  const build = (comment: Comment, level: number, into: ThreadNode[]): void => {
    // A cycle in hostile data (a → b → a) is cut, not followed forever.
    if (seen.has(comment.id)) return;
    seen.add(comment.id);
    const node: ThreadNode = { comment, children: [], level };
    into.push(node);
    const replies = [...(byId.get(comment.id)?.children ?? [])].sort((a, b) => time(a) - time(b));
    for (const reply of replies) build(reply, Math.min(level + 1, depth), level + 1 > depth ? into : node.children);
  };
  const nodes: ThreadNode[] = [];
  for (const root of roots) build(root, 1, nodes);
  // Comments only reachable through a cycle have no root: they still show, at the top.
  for (const comment of comments) if (!seen.has(comment.id)) build(comment, 1, nodes);
  return nodes;
}

/**
 * Renders a node of untrusted HTML sanitized, once per place: the fragment is cloned for each
 * new part, so a comment that moves (its parent arrived on a later page) keeps its body.
 */
class Sanitized extends Directive {
  private last?: DocumentFragment;
  private copy?: Node;
  render(fragment: DocumentFragment): unknown {
    if (fragment !== this.last) {
      this.last = fragment;
      this.copy = fragment.cloneNode(true);
    }
    return this.copy;
  }
}
const sanitized = directive(Sanitized);

/** Sanitized bodies by comment, filled by `prepare` before rendering. */
const bodies = new WeakMap<Comment, DocumentFragment>();

/** Sanitizes the HTML bodies of `comments` (loading the sanitizer only if one has HTML). */
export async function prepare(comments: readonly Comment[]): Promise<void> {
  const html = comments.filter((c) => c.contentHtml !== undefined && !bodies.has(c));
  if (!html.length) return;
  const { sanitize } = await import('../../internal/sanitize.js');
  for (const c of html)
    bodies.set(c, sanitize(c.contentHtml ?? '', { ugc: true, images: false, ...(c.link ? { baseUrl: c.link } : {}) }));
}

/** Plain text as paragraphs: blank lines split them, single newlines break lines. */
function plain(text: string): TemplateResult[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((para) => html`<p>${para.split('\n').map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</p>`);
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
];

/** Date formatters by locale: built once, not once per comment (building one costs more than formatting). */
const formatters = new Map<string, { absolute: Intl.DateTimeFormat; relative: Intl.RelativeTimeFormat }>();
function formats(locale: string): { absolute: Intl.DateTimeFormat; relative: Intl.RelativeTimeFormat } {
  let found = formatters.get(locale);
  if (!found) {
    found = {
      absolute: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }),
      relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
    };
    formatters.set(locale, found);
  }
  return found;
}

/** "3 days ago" for the last month, else the date and time ("December 18, 2013 at 9:30 AM"). */
function when(date: Date, locale: string): { shown: string; full: string } {
  const { absolute, relative } = formats(locale);
  const full = absolute.format(date);
  let amount = (date.getTime() - Date.now()) / 1000;
  if (amount < -30 * 86_400 || amount > 60) return { shown: full, full };
  for (const [unit, size] of UNITS) {
    if (Math.abs(amount) < size) {
      return { shown: relative.format(Math.min(0, Math.round(amount)), unit), full };
    }
    amount /= size;
  }
  return { shown: full, full };
}

function item(host: ThreadHost, node: ThreadNode): TemplateResult {
  const { comment: c, level } = node;
  const id = c.id;
  const name = nameOf(host, c);
  const link = c.author.link;
  const date = c.date && !Number.isNaN(c.date.getTime()) ? when(c.date, host.language) : undefined;
  const pending = c.status === 'pending';
  const body = bodies.get(c);
  const replying = host.view.replyTo === id;
  const depth = maxDepth(host);
  return html`<li part="comment" class="comment depth-${level}${pending ? ' pending' : ''}">
    <article class="card" id="comment-${id}" tabindex="-1" aria-labelledby="by-${id}">
      <header class="head">
        ${face(name, c.author.avatar?.src, 80)}
        <span class="who">
          <span id="by-${id}" class="author"
            >${
              link
                ? html`<a part="author" href=${link} rel="nofollow ugc noopener">${name}</a>`
                : html`<span part="author">${name}</span>`
            }<span class="visually-hidden"> ${host.t$('says', { name: '' }).trim()}</span></span
          >
          ${
            date && c.date
              ? html`<a
                  part="permalink"
                  class="date"
                  href=${c.link ?? `#comment-${id}`}
                  title=${host.t$('commentPermalink')}
                  ><time datetime=${c.date.toISOString()} title=${date.full}>${date.shown}</time></a
                >`
              : nothing
          }
        </span>
      </header>
      ${pending ? html`<p part="pending" class="held">${host.t$('awaitingModeration')}</p>` : nothing}
      <div part="content" class="content" dir="auto">${body ? sanitized(body) : plain(c.contentText ?? '')}</div>
      ${
        form(host) && level < depth && !pending
          ? html`<button
              part="reply"
              class="reply"
              type="button"
              aria-label=${host.t$('replyToLabel', { name })}
              aria-expanded=${replying ? 'true' : 'false'}
              @click=${() => reply(host, c, name)}
            >
              ${host.t$('reply')}
            </button>`
          : nothing
      }
      ${replying ? html`<slot name="reply"></slot>` : nothing}
    </article>
    ${
      node.children.length
        ? html`<ol class="children">
            ${repeat(
              node.children,
              (n) => n.comment.id,
              (n) => item(host, n),
            )}
          </ol>`
        : nothing
    }
  </li>`;
}

/** The thread as an ordered list (each reply list nested in its comment's item). */
export function renderThread(host: ThreadHost, comments: readonly Comment[]): TemplateResult {
  return html`<ol part="thread" class="thread">
    ${repeat(
      thread(comments, maxDepth(host)),
      (n) => n.comment.id,
      (n) => item(host, n),
    )}
  </ol>`;
}

/**
 * The indexable trail: a `BlogPosting` JSON-LD block (same `@id` as the article's, so search
 * engines merge them) whose `comment` lists the approved comments, nested as threaded, in the
 * element's light DOM. Removed when `wanted` is false or there is nothing to say.
 */
export function syncTrail(
  host: HTMLElement,
  wanted: boolean,
  comments: readonly Comment[],
  total: number,
  postUrl: string,
): void {
  const shown = comments.filter((c) => c.status === 'approved');
  if (!wanted || !shown.length) {
    syncJsonLd(host, undefined);
    return;
  }
  const byParent = new Map<string | undefined, Comment[]>();
  const ids = new Set(shown.map((c) => c.id));
  for (const c of shown) {
    const parent = c.parent !== undefined && ids.has(c.parent) ? c.parent : undefined;
    byParent.set(parent, [...(byParent.get(parent) ?? []), c]);
  }
  const seen = new Set<string>();
  const ld = (c: Comment): object => {
    seen.add(c.id);
    const replies = (byParent.get(c.id) ?? []).filter((r) => !seen.has(r.id));
    const text = c.contentText ?? bodies.get(c)?.textContent ?? '';
    return {
      '@type': 'Comment',
      '@id': c.link ?? `${postUrl.split('#')[0] ?? ''}#comment-${c.id}`,
      text: text.replace(/\s+/g, ' ').trim(),
      ...(c.date ? { dateCreated: c.date.toISOString() } : {}),
      author: { '@type': 'Person', name: c.author.name, ...(c.author.link ? { url: c.author.link } : {}) },
      ...(replies.length ? { comment: replies.map(ld) } : {}),
    };
  };
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': postUrl,
    commentCount: total,
    comment: (byParent.get(undefined) ?? []).map(ld),
  };
  // Comments only reachable through a cycle in hostile data have no root: they still count.
  for (const c of shown) if (!seen.has(c.id)) data.comment.push(ld(c));
  syncJsonLd(host, data);
}

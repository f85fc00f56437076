/**
 * Everything `<blog-likes>` does beyond its first paint, loaded with `import()` when the element
 * connects (DESIGN.md §7): resolving the source, loading the likes, the optimistic toggle with
 * its rollback, the English of the likes and of the errors, rendering them (likes-view.ts), and
 * the list of every liker in a native modal `<dialog>` (focus moves in, Escape closes, the page
 * behind is inert).
 *
 * The data sources load lazily anyway, so this costs no extra wait.
 */
import type { TemplateResult } from 'lit';
import { sourceFor } from '../../data/source-for.js';
import type { LoadError } from '../../data/load-error.js';
import type { BlogSource, Liker, LikesSummary } from '../../data/source.js';
import { dataStrings } from '../../i18n/data-strings.js';
import type { StringKey } from '../../i18n/index.js';
import { sharedStrings } from '../../i18n/shared-strings.js';
import { getIdentity, onSessionChange } from '../../identity/session.js';
import { BlogErrorEvent, BlogLoadEvent } from '../../internal/events.js';
import type { face as Face } from '../../internal/face.js';
import { SourceConfig, type SourceHost } from '../../internal/source-config.js';
import { safeUrl, WEB } from '../../internal/url.js';
import { likersStrings } from './likers-strings.js';
import { view, type LikesView } from './likes-view.js';

/** The English shown with the likes, and of load and write errors; the element registers it with `addFallbackStrings`. */
export const strings = { ...likersStrings, ...sharedStrings, ...dataStrings };

/** Likers kept and listed at most; the rest are "{count} more". */
const LIST = 100;

/** What the controller reads and writes on the element. */
export interface LikesHost extends SourceHost {
  count?: number | undefined;
  liked: boolean;
  maxAvatars: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The summary the page set as `likes`, if any: shown instead of asking the source. */
  readonly given?: LikesSummary | undefined;
}

/** A whole number from 0 to 2^53 − 1, whatever came in (negative, NaN, huge, text): never NaN. */
const whole = (value: unknown): number => {
  const n = Math.floor(Number(value));
  return n > 0 ? Math.min(n, Number.MAX_SAFE_INTEGER) : 0;
};

/**
 * The first `n` likers with a name, with http(s)/mailto links and http(s) avatars only. Reads no
 * further than it needs to: 100,000 likers cost what 10 do.
 */
function people(list: readonly Liker[], n = LIST): Liker[] {
  const out: Liker[] = [];
  for (const item of list) {
    if (out.length >= n) break;
    const { name, avatar, link } = (item as Partial<Liker> | null) ?? {};
    if (typeof name === 'string' && name.trim())
      out.push({ name: name.trim(), avatar: safeUrl(avatar, undefined, WEB), link: safeUrl(link) });
  }
  return out;
}

/** A summary safe to render: a whole count that covers the likers and the reader, checked likers. */
function tidy(value: Partial<LikesSummary> | undefined): LikesSummary {
  const likers = Array.isArray(value?.likers) ? value.likers : [];
  const liked = value?.liked === true;
  return { count: Math.max(whole(value?.count), likers.length, +liked), likers: people(likers), liked };
}

/**
 * The dialog's styles, adopted by the shadow root when the dialog first opens (a constructed
 * stylesheet: allowed by a strict CSP, unlike a `<style>` element).
 */
const DIALOG = `.dialog{inline-size:min(24rem,calc(100vw - 2rem));max-block-size:min(32rem,calc(100vh - 4rem));padding:0;\
border:1px solid var(--_border);border-radius:var(--_radius);background:Canvas;color:CanvasText}\
.dialog::backdrop{background:rgb(0 0 0/.45)}.panel{display:grid;gap:.75rem;padding:var(--_space)}\
.head{display:flex;align-items:center;justify-content:space-between;gap:1rem}\
.title{margin:0;font-family:var(--_heading-font);font-size:1.125rem}\
.list{display:grid;gap:.5rem;margin:0;padding:0;list-style:none;--_fs:2rem}\
.list li{display:flex;align-items:center;gap:.75rem}.panel p{margin:0}`;
let sheet: CSSStyleSheet | undefined;

function adoptDialogStyles(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(DIALOG);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const close = (event: Event): void => {
  (event.target as Element).closest('dialog')?.close();
};

/** A click on the dialog box itself, outside its panel, is a click on the backdrop. */
const backdrop = (event: Event): void => {
  if (event.target === event.currentTarget) (event.currentTarget as HTMLDialogElement).close();
};

type Html = (strings: TemplateStringsArray, ...values: unknown[]) => TemplateResult;

/** The dialog's text, in the element's language. */
export interface DialogText {
  readonly title: string;
  readonly close: string;
  readonly loading: string;
  /** "{count} more" for likers beyond the list, or ''. */
  readonly more: string;
  /** The sentence of a failed load of the list. */
  readonly error?: string | undefined;
}

/**
 * The state of one `<blog-likes>`: what is shown (`data`), errors, the announcement and the
 * list. Every change asks the element to render; `wait` makes its `updateComplete` wait too.
 */
export class Likes {
  data?: LikesSummary | undefined;
  loadError?: unknown;
  writeError?: unknown;
  /** The summary to announce, once a like was saved. */
  announce?: LikesSummary | undefined;
  /** The dialog of every liker: undefined while closed, `likers` once loaded. */
  list?: { likers?: readonly Liker[]; error?: unknown } | undefined;
  readonly config: SourceConfig;
  /** Set while a like is being saved: clicks meanwhile are ignored (a double click sends once). */
  private pending = false;
  private loads = 0;

  constructor(
    private readonly host: LikesHost,
    private readonly wait: (work: Promise<unknown>) => void,
  ) {
    // The controller connects (and reports a change) inside its constructor when the element is
    // already connected, before `this.config` is assigned: load once the constructor is done.
    this.config = new SourceConfig(host, () => queueMicrotask(() => void this.load()));
    // One sign-in per page: signing in or out anywhere shows here (whether the reader likes it, their face).
    let stop: (() => void) | undefined;
    host.addController({
      hostConnected: () => {
        stop ??= onSessionChange(() => {
          if (!this.isStatic && !host.given) void this.load();
        });
      },
      hostDisconnected: () => {
        stop?.();
        stop = undefined;
      },
    });
  }

  /** What the element shows for this state, in its language (likes-view.ts). */
  view(
    root: Node,
    t: (key: StringKey, vars?: Readonly<Record<string, string | number>>) => string,
    locale: string,
  ): LikesView {
    return view(this, root, t, locale);
  }

  /** Faces in the strip before "+N": `max-avatars`, 0–100, default 10. */
  get max(): number {
    const n = Math.trunc(this.host.maxAvatars);
    return n >= 0 ? Math.min(n, LIST) : 10;
  }

  private get isStatic(): boolean {
    const spec = this.config.spec;
    return !spec || spec === 'static';
  }

  private set(state: Partial<Pick<Likes, 'data' | 'loadError' | 'writeError' | 'announce' | 'list'>>): void {
    Object.assign(this, state);
    if (state.data) this.host.liked = state.data.liked;
    this.host.requestUpdate();
  }

  /** Static data: the `count` and `liked` attributes over the inline JSON's. */
  private overrides(likes: Partial<LikesSummary>): LikesSummary {
    const { count, liked } = this.host;
    return tidy({ ...likes, liked: liked || likes.liked === true, ...(count == null ? {} : { count }) });
  }

  /** Loads the likes again (a new source or post, "Try again", `likes` set or cleared). */
  load(): Promise<void> {
    const id = ++this.loads;
    const { host, config } = this;
    const { spec, owner, post } = config;
    const given = host.given;
    // Static data given as attributes shows at once; the inline JSON brings the faces.
    this.set({
      loadError: undefined,
      writeError: undefined,
      data: given ? tidy(given) : this.isStatic && host.count != null ? this.overrides({}) : undefined,
    });
    if (given) return Promise.resolve();
    const work = (async (): Promise<void> => {
      try {
        const likes = await (await sourceFor(spec, owner)).getLikes(post ?? {}, { likers: this.max });
        if (id !== this.loads) return;
        this.set({ data: this.isStatic ? this.overrides(likes) : tidy(likes) });
        host.dispatchEvent(new BlogLoadEvent({ likes: this.data }));
      } catch (error) {
        if (id !== this.loads) return;
        this.set({ data: undefined, loadError: error });
        if ((error as Error | undefined)?.name === 'LoadError')
          host.dispatchEvent(new BlogErrorEvent(error as LoadError));
      }
    })();
    this.wait(work);
    return work;
  }

  /** The page changed `count` or `liked` after the static data was shown. */
  changed(count: boolean, liked: boolean): void {
    const { data, host } = this;
    if (!data || !this.isStatic || host.given || this.pending) return;
    const next = tidy({
      ...data,
      ...(count && host.count != null ? { count: host.count } : {}),
      ...(liked ? { liked: host.liked } : {}),
    });
    if (next.count !== data.count || next.liked !== data.liked) this.set({ data: next });
  }

  /** The source that saves a like. A static one is made from what is shown, so it counts from there. */
  private async writer(likes: LikesSummary): Promise<BlogSource> {
    const { spec, owner } = this.config;
    if (!this.isStatic) return sourceFor(spec, owner);
    const { StaticSource } = await import('../../data/static-source.js');
    return new StaticSource({ likes }, owner);
  }

  /** Likes or unlikes at once, then saves; rolls back with a message when that fails. */
  toggle(): void {
    const before = this.data;
    if (this.pending || !before) return;
    const id = this.loads;
    const liked = !before.liked;
    const count = Math.max(0, before.count + (liked ? 1 : -1));
    this.pending = true;
    // A signed-in reader's own face comes first at once (and goes when they unlike); unliking
    // drops a face too when every liker was shown: never more faces than the count.
    const me = getIdentity();
    const others = me ? before.likers.filter((l) => !(l.name === me.name && l.avatar === me.avatar)) : before.likers;
    const faces = liked && me ? [{ name: me.name, avatar: me.avatar, link: me.link }, ...others] : others;
    this.set({
      writeError: undefined,
      announce: undefined,
      data: { ...before, liked, count, likers: faces.slice(0, count) },
    });
    const work = (async (): Promise<void> => {
      try {
        const saved = await (await this.writer(before)).setLike(this.config.post ?? {}, liked);
        if (id !== this.loads) return;
        const data = tidy(saved);
        this.set({ data, announce: data });
      } catch (error) {
        if (id === this.loads) this.set({ data: before, writeError: error });
      } finally {
        this.pending = false;
      }
    })();
    this.wait(work);
  }

  /** Opens the dialog and loads up to 100 likers into it. */
  more(): void {
    if (this.list) return;
    adoptDialogStyles(this.host.renderRoot as ShadowRoot);
    this.set({ list: {} });
    const { spec, owner, post } = this.config;
    const work = (async (): Promise<void> => {
      try {
        const likers = this.host.given
          ? (this.data?.likers ?? [])
          : people((await (await sourceFor(spec, owner)).getLikes(post ?? {}, { likers: LIST })).likers);
        if (this.list) this.set({ list: { likers } });
      } catch (error) {
        if (this.list) this.set({ list: { error } });
      }
    })();
    this.wait(work);
  }

  /** The dialog closed (Close, Escape, the backdrop): focus goes back to "+N". */
  private readonly closed = (): void => {
    this.set({ list: undefined });
    this.host.renderRoot.querySelector<HTMLElement>('[part~="more"]')?.focus();
  };

  /** The dialog listing every liker (with the face of each), while `list` is set. */
  dialog(html: Html, face: typeof Face, text: DialogText): TemplateResult {
    const likers = this.list?.likers;
    // The backdrop click is a pointer shortcut; keyboards have Escape and the Close button.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-labelledby="likers-title"
      @close=${this.closed}
      @click=${backdrop}
    >
      <div class="panel">
        <div class="head">
          <h2 id="likers-title" class="title">${text.title}</h2>
          <button part="close" class="button" type="button" @click=${close}>${text.close}</button>
        </div>
        ${
          text.error
            ? html`<p role="alert">${text.error}</p>`
            : likers
              ? html`<ul part="list" class="list">
                    ${likers.map(
                      ({ name, avatar, link }) =>
                        html`<li>
                          ${face(name, avatar, 64)}${
                            link
                              ? html`<a href=${link} rel="nofollow ugc noopener">${name}</a>`
                              : html`<span>${name}</span>`
                          }
                        </li>`,
                    )}
                  </ul>
                  ${text.more ? html`<p>${text.more}</p>` : ''}`
              : html`<p role="status">${text.loading}</p>`
        }
      </div>
    </dialog>`;
  }
}

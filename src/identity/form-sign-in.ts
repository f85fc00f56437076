/**
 * Sign-in on `<blog-comment-form>`, loaded only when its source offers it (the companion service)
 * or the page is signed in: the providers as labelled icon buttons ("Fill in your details below
 * or click an icon to log in:"), the popup with "Connecting to {provider}…" and Cancel, every
 * failure said in words with the draft untouched, and the signed-in line "You are commenting
 * using your {provider} account. (Log Out / Change)" with the reader's picture. The page's one
 * session (session.ts) is the truth: a sign-in here shows in every element, a Log Out anywhere
 * ends it here.
 *
 * Like the form's other lazy parts it imports nothing the form loads at once (not even Lit: the
 * form hands in `html`), and brings its own styles as a constructed stylesheet (CSP-safe).
 */
import type { TemplateResult } from 'lit';
import { sourceFor } from '../data/source-for.js';
import type { BlogSource, Identity, SignInProvider } from '../data/source.js';
import type { BlogCommentForm } from '../elements/blog-comment-form/blog-comment-form.js';
import { addFallbackStrings, type StringKey } from '../i18n/index.js';
import { initials } from '../internal/avatar.js';
import { errorStrings } from '../internal/error-strings.js';
import { BlogSignInEvent, BlogSignOutEvent } from './events.js';
import { icons } from './icons.js';
import { openSignIn, type SignInAttempt, type SignInFailure } from './popup.js';
import { onSessionChange, pageSession, setPageSession, type PageSession, type SignOutReason } from './session.js';
import { signInStrings } from './strings.js';

addFallbackStrings(signInStrings);

type Html = (strings: TemplateStringsArray, ...values: unknown[]) => TemplateResult;
interface Message {
  readonly key: StringKey;
  readonly vars?: Record<string, string>;
  readonly bad?: boolean;
}

const STYLES = `.providers{display:flex;flex-wrap:wrap;gap:.5rem;margin:0;padding:0;list-style:none}\
.provider{display:inline-grid;place-items:center;inline-size:2.75rem;block-size:2.75rem;padding:0;\
border:1px solid var(--_border);border-radius:var(--_radius);background:var(--blog-form-input-background,transparent);\
color:inherit;cursor:pointer}.provider:hover{border-color:var(--_accent)}\
.provider:focus-visible,.signin .link:focus-visible{outline:var(--blog-focus-ring,2px solid var(--_accent));outline-offset:2px}\
.provider svg{inline-size:1.5rem;block-size:1.5rem}.signin{display:grid;gap:.5rem}\
.connecting{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem}.signin-status:empty{display:none}\
.signin-status{margin:0;font-size:.875rem}.signin-status.bad{color:var(--_danger);font-weight:600}\
.who{display:flex;align-items:center;gap:.75rem;margin:0}.who .pic{position:relative;flex:none;display:inline-grid;\
place-items:center;inline-size:2.5rem;block-size:2.5rem;border-radius:50%;overflow:hidden;background:var(--_border);\
font-weight:700;font-size:.9rem}.who img{position:absolute;inset:0;inline-size:100%;block-size:100%;object-fit:cover}\
.who .name{font-weight:600}.who .actions{white-space:nowrap}`;
let sheet: CSSStyleSheet | undefined;

/** Each failure's sentence. */
const FAILURE: Readonly<Record<SignInFailure, StringKey>> = {
  blocked: 'signInBlocked',
  closed: 'signInClosed',
  denied: 'signInDenied',
  unreachable: 'signInUnreachable',
  failed: 'signInFailed',
};

/** The state of sign-in on one form. The form calls `choices` and `signedIn` from its render. */
export class FormSignIn {
  providers: readonly SignInProvider[] = [];
  /** `connecting`: a popup is open; `changing`: a signed-in reader picked "Change". */
  phase: 'idle' | 'connecting' | 'changing' = 'idle';
  private connectingTo?: SignInProvider | undefined;
  /** Set from "Change" until a new sign-in, Cancel or Log Out: the popup asks for another account. */
  private changeMode = false;
  private attempt?: SignInAttempt | undefined;
  private message?: Message | undefined;
  private source?: BlogSource | undefined;
  private stop?: (() => void) | undefined;

  constructor(private readonly form: BlogCommentForm) {
    const root = form.renderRoot as ShadowRoot;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    // Listening while the form is in the page (a controller: the form brings none of this code).
    form.addController({
      hostConnected: () => {
        this.stop ??= onSessionChange((session, reason) => this.sessionChanged(session, reason));
        form.identity = pageSession()?.identity;
      },
      hostDisconnected: () => {
        this.stop?.();
        this.stop = undefined;
        this.attempt?.cancel();
      },
    });
  }

  /** The form's source or post changed (or it connected): loads the providers and checks the session. */
  async configure(): Promise<void> {
    const { spec, owner } = this.form.config;
    let source: BlogSource;
    try {
      source = await sourceFor(spec, owner);
    } catch {
      return;
    }
    this.source = source;
    const [providers] = await Promise.all([
      source.providers?.().catch(() => []) ?? Promise.resolve([]),
      // Is the session still good with the service? (It may have been revoked elsewhere.)
      pageSession()?.token ? source.session().catch(() => undefined) : undefined,
    ]);
    this.providers = providers;
    this.update();
  }

  /** Whether the form offers sign-in ("…or click an icon to log in:"). */
  get offered(): boolean {
    return this.providers.length > 0;
  }

  private update(): void {
    this.form.requestUpdate();
  }

  private t(key: StringKey, vars?: Record<string, string>): string {
    return this.form.t$(key, vars);
  }

  private sessionChanged(session: PageSession | undefined, reason?: SignOutReason): void {
    const before = this.form.identity;
    this.form.identity = session?.identity;
    if (!session && before && reason === 'ended') {
      this.message = { key: 'errorSessionEnded', bad: true };
      // Its sentence is one of the error strings, which load when something failed.
      void errorStrings().then(() => this.update());
      this.form.dispatchEvent(new BlogSignOutEvent(before, 'ended'));
    }
    if (!session && this.phase === 'changing') {
      this.phase = 'idle';
      this.changeMode = false;
    }
    this.update();
  }

  /** A provider button: opens the popup at once (inside the click), then waits for it. */
  private signIn(provider: SignInProvider, event: Event): void {
    const change = this.changeMode;
    const button = event.currentTarget as HTMLElement;
    this.attempt?.cancel();
    this.message = undefined;
    this.phase = 'connecting';
    this.connectingTo = provider;
    this.attempt = openSignIn(
      provider,
      {
        done: (session) => {
          const previous = pageSession();
          this.attempt = undefined;
          this.phase = 'idle';
          this.changeMode = false;
          if (previous?.token && previous.token !== session.token) {
            // Change: the old session is ended with the service too.
            void this.source?.signOut?.().catch(() => undefined);
          }
          setPageSession(session);
          this.message = { key: 'signedIn', vars: { name: session.identity.name } };
          this.form.dispatchEvent(new BlogSignInEvent(session.identity));
          this.update();
          void this.form.updateComplete.then(() => this.form.focus());
        },
        failed: (reason) => {
          this.attempt = undefined;
          this.phase = this.changeMode && this.form.identity ? 'changing' : 'idle';
          this.message = { key: FAILURE[reason], vars: { provider: provider.name }, bad: true };
          this.update();
          void this.form.updateComplete.then(() => this.focusProvider(provider.id, button));
        },
      },
      change,
    );
    this.update();
  }

  private focusProvider(id: string, fallback?: HTMLElement): void {
    const button = this.form.renderRoot.querySelector<HTMLElement>(`[data-provider="${CSS.escape(id)}"]`);
    (button ?? fallback)?.focus();
  }

  /** Cancel: stops a sign-in under way (back to the choice), or leaves "Change" (back to the signed-in line). */
  private cancel(): void {
    const provider = this.connectingTo;
    if (this.phase === 'connecting') {
      this.attempt?.cancel();
      this.attempt = undefined;
      this.phase = this.changeMode && this.form.identity ? 'changing' : 'idle';
      this.message = { key: 'signInCancelled' };
      this.update();
      if (provider) void this.form.updateComplete.then(() => this.focusProvider(provider.id));
      return;
    }
    this.phase = 'idle';
    this.changeMode = false;
    this.message = undefined;
    this.update();
    void this.form.updateComplete.then(() =>
      this.form.renderRoot.querySelector<HTMLElement>('[part~="change"]')?.focus(),
    );
  }

  /** Log Out: the service forgets the token, every element on the page signs out. */
  private async logOut(): Promise<void> {
    const identity = this.form.identity;
    const session = pageSession();
    this.phase = 'idle';
    this.changeMode = false;
    if (session?.token) await this.source?.signOut?.().catch(() => undefined);
    setPageSession(undefined, 'logout');
    this.message = { key: 'loggedOut' };
    if (identity) this.form.dispatchEvent(new BlogSignOutEvent(identity, 'logout'));
    this.update();
    await this.form.updateComplete;
    this.form.renderRoot.querySelector<HTMLElement>('#email')?.focus();
  }

  private change(): void {
    this.phase = 'changing';
    this.changeMode = true;
    this.message = undefined;
    this.update();
    void this.form.updateComplete.then(() =>
      this.form.renderRoot.querySelector<HTMLElement>('[data-provider]')?.focus(),
    );
  }

  private status(html: Html): TemplateResult {
    const m = this.message;
    return html`<p class="signin-status ${m?.bad ? 'bad' : ''}" role=${m?.bad ? 'alert' : 'status'}>
      ${m ? this.t(m.key, m.vars) : ''}
    </p>`;
  }

  private icon(html: Html, name: string): TemplateResult {
    const { viewBox, paths } = icons[name] ?? icons.openid ?? { viewBox: '', paths: [] };
    const [a, b, c, d] = paths;
    // Four fixed slots: an `html` template cannot nest SVG templates, and this module brings no Lit.
    return html`<svg viewBox=${viewBox} aria-hidden="true" focusable="false">
      <path d=${a?.[0] ?? ''} fill=${a?.[1] ?? 'none'}></path>
      <path d=${b?.[0] ?? ''} fill=${b?.[1] ?? 'none'}></path>
      <path d=${c?.[0] ?? ''} fill=${c?.[1] ?? 'none'}></path>
      <path d=${d?.[0] ?? ''} fill=${d?.[1] ?? 'none'}></path>
    </svg>`;
  }

  /** The intro line, then the provider buttons or "Connecting to {provider}…" with Cancel; and what happened last. */
  choices(html: Html, intro = true): TemplateResult | string {
    // "Fill in your details below or click an icon to log in:" (the form's own line without providers).
    const head = intro
      ? html`<p part="intro" class="intro">${this.t(this.offered ? 'fillDetailsSignIn' : 'fillDetails')}</p>`
      : '';
    if (!this.offered && !this.message) return head;
    const connecting = this.phase === 'connecting' && this.connectingTo;
    return html`${head}
      <div part="sign-in" class="signin">
        ${
          connecting
            ? html`<p class="connecting" role="status">
                <span>${this.t('connecting', { provider: connecting.name })}</span>
                <button part="sign-in-cancel" class="link" type="button" @click=${() => this.cancel()}>
                  ${this.t('cancel')}
                </button>
              </p>`
            : this.offered
              ? html`<ul class="providers" aria-label=${this.t('signInOptions')}>
                  ${this.providers.map((p) => {
                    const label = this.t('signInWith', { provider: p.name });
                    return html`<li>
                      <button
                        part="provider"
                        class="provider"
                        type="button"
                        data-provider=${p.id}
                        aria-label=${label}
                        title=${label}
                        @click=${(event: Event) => this.signIn(p, event)}
                      >
                        ${this.icon(html, p.icon)}
                      </button>
                    </li>`;
                  })}
                </ul>`
              : ''
        }
        ${this.status(html)}
      </div>`;
  }

  /** A link-like button whose text sits tight against the parentheses around it. */
  private action(html: Html, part: string, key: StringKey, run: () => void): TemplateResult {
    return html`<button part=${part} class="link" type="button" @click=${run}>${this.t(key)}</button>`;
  }

  /** The signed-in line with the picture, Log Out and Change; or the choices again after "Change". */
  signedIn(html: Html, identity: Identity): TemplateResult {
    if (this.phase !== 'idle') {
      return html`<div class="details">
        ${this.choices(html, false)}
        ${
          this.phase === 'changing'
            ? html`<p><button class="link" type="button" @click=${() => this.cancel()}>${this.t('cancel')}</button></p>`
            : ''
        }
      </div>`;
    }
    const provider = identity.providerName ?? identity.provider;
    const avatar = identity.avatar;
    return html`<div class="signin">
      <p part="identity" class="identity who">
        <span part="identity-avatar" class="pic" aria-hidden="true"
          >${initials(identity.name)}${avatar ? html`<img src=${avatar} alt="" width="80" height="80" />` : ''}</span
        >
        <span>
          <span class="name">${identity.name}</span><br />
          ${this.t('commentingAs', { provider })}
          <span class="actions"
            >(${this.action(html, 'log-out', 'logOut', () => void this.logOut())} /
            ${this.action(html, 'change', 'changeAccount', () => this.change())})</span
          >
        </span>
      </p>
      ${this.status(html)}
    </div>`;
  }
}

/** Sign-in for a form (made once), checking its source's providers and the page's session. */
export function attach(form: BlogCommentForm): Promise<void> {
  return (form.signIn ??= new FormSignIn(form)).configure();
}

import { html, nothing, unsafeCSS, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { BlogSource, Identity } from '../../data/source.js';
import type { CommentField } from '../../data/write-error.js';
import type { FormSignIn } from '../../identity/form-sign-in.js';
import type { StringKey } from '../../i18n/index.js';
import { BlogElement } from '../../internal/blog-element.js';
import { buttonCss, dangerCss } from '../../internal/error.styles.js';
import { heading } from '../../internal/heading.js';
import { SourceConfig, type SourceHost } from '../../internal/source-config.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { formStyles } from './blog-comment-form.styles.js';
import type * as Logic from './form-logic.js';
import { formStrings } from './strings.js';

const local = (): Storage => localStorage;
const session = (): Storage => sessionStorage;
/** Whether storage holds `key` (false when storage is blocked). */
function stored(storage: () => Storage, key: string): boolean {
  try {
    return storage().getItem(key) !== null;
  } catch {
    return false;
  }
}

/** What is in the form's fields. */
export interface Values {
  content: string;
  email: string;
  name: string;
  url: string;
  notifyComments: boolean;
  notifyPosts: boolean;
  remember?: boolean;
  /** The comment answered, when the draft is a reply. */
  parent?: string | undefined;
}
/** The last outcome, shown under the button: a string key, or a page's own sentence. */
export interface Status {
  key?: StringKey;
  vars?: Record<string, string | number>;
  text?: string;
  bad?: boolean;
}
/** Each field's problem: a validation key, or what the source said about it (its sentence and values). */
export type Errors = Partial<Record<CommentField, StringKey | Status>>;

/** Whether a source is WordPress, which cannot send notifications and offers no sign-in. */
const wordpress = (spec: unknown): boolean => typeof spec === 'string' && /wordpress:|wp-json|rest_route/i.test(spec);

/** Keys of the form's storage; the form's behaviour loads at once when one of them is set. */
export const GUEST_KEY = 'blog-widgets:guest';
export const draftKey = (config: SourceConfig): string =>
  `blog-widgets:draft:${location.pathname}\n${config.storageKey}`;
/** The page's sign-in (src/identity/session.ts): its sessionStorage key and change event. */
const SESSION = 'blog-widgets:session';

/**
 * The "Leave a Reply" form of a WordPress.com post page: the comment, then Email (never made
 * public), Name and Website for guests, the notification choices and "Post Comment". Put it inside
 * `<blog-comments>` (it then posts to that thread's source and moves under a comment to reply),
 * or alone with its own `source` and `post`.
 *
 * Nothing typed is lost: the draft is kept for this post while typing (this device), and
 * survives a failed send, a timeout, going offline and a reload; a send is never doubled. The
 * guest details are kept for this tab only, or on this device when the reader ticks "remember".
 * Errors name the field and the fix; a comment held for moderation says so.
 *
 * @summary The "Leave a Reply" form: guest details, drafts that are never lost, clear errors.
 *
 * When the source offers sign-in (the companion service with providers), the providers show as
 * icon buttons; a click signs in through a popup (the draft stays), and the signed-in reader sees
 * "You are commenting using your {provider} account. (Log Out / Change)". The sign-in is the
 * page's: every element shares it (see README "Sign-in"). That code loads only then.
 *
 * @slot sign-in - A page's own sign-in choices, next to the providers' buttons (see `setIdentity`).
 *
 * @csspart base - The `<form>`.
 * @csspart heading - "Leave a Reply" / "Leave a Reply to {name}".
 * @csspart cancel - The "Cancel reply" button.
 * @csspart intro - "Fill in your details below…".
 * @csspart identity - "You are commenting using your … account" when signed in.
 * @csspart identity-avatar - The signed-in reader's picture.
 * @csspart log-out - The "Log Out" button.
 * @csspart change - The "Change" button (pick another account).
 * @csspart sign-in - The sign-in choices: the provider buttons, "Connecting to …", what happened.
 * @csspart provider - Each provider's icon button ("Log in with Google").
 * @csspart sign-in-cancel - "Cancel" while the sign-in popup is open.
 * @csspart field - Each label + control + message group.
 * @csspart label - Each field's label.
 * @csspart input - Each text input and the textarea.
 * @csspart hint - "Address never made public".
 * @csspart field-error - A field's error message.
 * @csspart checkbox - Each checkbox row.
 * @csspart submit - The "Post Comment" button.
 * @csspart status - The success, draft and error messages under the button.
 *
 * @cssproperty --blog-form-gap - Space between fields (default `1rem`).
 * @cssproperty --blog-form-input-background - Background of inputs (default: transparent over the page).
 * @cssproperty --blog-form-input-border - Border of inputs (default `1px solid` the border colour).
 * @cssproperty --blog-color-accent - Global link and button colour.
 * @cssproperty --blog-color-danger - Colour of error messages and invalid fields.
 * @cssproperty --blog-radius - Global corner radius.
 *
 * @fires {BlogCommentEvent} blog-comment - The comment was posted; `detail.comment` is what the source stored (its `status` says whether it is held).
 * @fires {BlogCommentSubmitEvent} blog-comment-submit - Static source: the comment to save (bubbles from the form, or from its `<blog-comments>`).
 * @fires blog-cancel-reply - "Cancel reply" was pressed (the `<blog-comments>` around it moves it back).
 * @fires {BlogSignInEvent} blog-sign-in - The reader signed in with a provider (or changed account); `detail.identity` is who.
 * @fires {BlogSignOutEvent} blog-sign-out - The reader pressed Log Out (`detail.reason` `logout`) or the service ended the session (`ended`).
 */
export class BlogCommentForm extends BlogElement implements SourceHost {
  static override defaultStrings = formStrings;
  static override styles = [themeStyles, unsafeCSS(buttonCss + dangerCss), formStyles];
  /** Lit's reactive properties (not decorators: see BlogElement.properties). */
  static override properties: PropertyDeclarations = {
    source: {},
    post: {},
    replyTo: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    noNotify: { attribute: 'no-notify', type: Boolean },
    maxLength: { attribute: 'max-length', type: Number },
    timeout: { type: Number },
    values: { state: true },
    errors: { state: true },
    sending: { state: true },
    status: { state: true },
    identity: { state: true },
  };
  static override shadowRootOptions: ShadowRootInit = { ...BlogElement.shadowRootOptions, delegatesFocus: true };

  /** Where to post: `static`, `wordpress:https://site/` or a `/wp-json/` URL. Default: the `<blog-comments>` around it, then the page's. */
  source?: string;

  /** The post: its id in the source, or its URL. Default: as for `source`. */
  post?: string;

  /** The comment being answered (set by `<blog-comments>` when Reply is pressed). */
  replyTo?: { readonly id: string; readonly name: string } | undefined;

  /** Level of the "Leave a Reply" heading, 1–6 (default 3, as in WordPress themes). */
  headingLevel = 3;

  /** Hides "Notify me of new comments / posts via email." (always hidden for WordPress sources, which cannot send them). */
  noNotify = false;

  /** The longest comment accepted, in characters (WordPress stores up to 65,525). */
  maxLength = 65_525;

  /** Milliseconds to wait for the source to save a comment before saying so (default 20000); the draft is kept. */
  timeout = 20_000;

  /** @internal */
  values: Values = {
    content: '',
    email: '',
    name: '',
    url: '',
    notifyComments: false,
    notifyPosts: false,
  };
  /** @internal */
  errors: Errors = {};
  /** @internal */
  sending = false;
  /** @internal */
  status?: Status | undefined;
  /** @internal The signed-in reader, if any (the sign-in feature fills it). */
  identity?: Identity | undefined;
  /** @internal Sign-in (src/identity/form-sign-in.ts), once loaded. */
  signIn?: FormSignIn | undefined;

  private get textarea(): HTMLTextAreaElement | null | undefined {
    return this.shadowRoot?.querySelector('textarea');
  }

  /** @internal */
  readonly config = new SourceConfig(
    this,
    () => this.configured(),
    () => this.closest<SourceHost>('blog-comments'),
  );

  constructor() {
    super();
    // The behaviour loads as soon as the reader reaches the form.
    this.addEventListener('focusin', this.onFirstFocus, { once: true });
    // A page that signs in later (`setIdentity`) is heard before the sign-in code loaded (which
    // then listens itself). Held weakly: a form taken out of the page is not kept alive by it.
    const form = new WeakRef(this);
    addEventListener(SESSION, () => form.deref()?.loadSignIn(), { once: true });
  }

  private readonly onFirstFocus = (): void => void this.loadLogic();

  /**
   * @internal Loads sign-in (once: providers, popup, the signed-in line) and has it check the
   * source's providers. After the first paint (`later`): its buttons need the providers' answer
   * anyway, and on a post page the form is below the fold.
   */
  loadSignIn(): void {
    this.later(() => import('../../identity/form-sign-in.js').then((m) => m.attach(this)));
  }

  override focus(options?: FocusOptions): void {
    // The comment box: where the reader is going to type.
    if (this.textarea) this.textarea.focus(options);
    else super.focus(options);
  }

  /** @internal The form's behaviour (validation, sending, drafts), loaded on first use. */
  logic?: typeof Logic;

  /** @internal */
  loadLogic(): Promise<typeof Logic> {
    const loading = import('./form-logic.js').then((logic) => {
      if (!this.logic) {
        this.logic = logic;
        logic.start(this);
      }
      return logic;
    });
    this.waitFor(loading);
    return loading;
  }

  /** @internal */
  t$(key: StringKey, vars?: Readonly<Record<string, string | number>>): string {
    return this.t(key, vars);
  }

  /** Source or post changed (or first connected): a stored draft or guest details load the behaviour at once. */
  private configured(): void {
    const spec = this.config.spec;
    // Sign-in loads when the source may offer it (a companion service: not WordPress, not
    // static) or the page is signed in (this tab's session; a later sign-in is heard as an event).
    if (
      (spec as Partial<BlogSource> | undefined)?.providers ||
      (/^https?:/i.test(spec as string) && !wordpress(spec)) ||
      stored(session, SESSION)
    )
      this.loadSignIn();
    if (this.logic) this.logic.start(this);
    else if (stored(local, draftKey(this.config)) || stored(session, GUEST_KEY) || stored(local, GUEST_KEY)) {
      void this.loadLogic();
    }
  }

  private onInput(event: Event): void {
    const field = event.target as HTMLInputElement;
    this.values = { ...this.values, [field.name]: field.type === 'checkbox' ? field.checked : field.value };
    if (this.logic) this.logic.changed(this);
    else void this.loadLogic();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    await (this.logic ?? (await this.loadLogic())).submit(this);
  }

  /** Hidden for WordPress sources, which cannot send them, and with `no-notify`. */
  get showNotify(): boolean {
    return !this.noNotify && !wordpress(this.config.spec);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('source') || changed.has('post')) this.config.check();
    if (changed.has('replyTo')) this.values = { ...this.values, parent: this.replyTo?.id };
  }

  private cancelReply(): void {
    this.dispatchEvent(new CustomEvent('blog-cancel-reply', { bubbles: true }));
  }

  private field(
    name: CommentField,
    label: StringKey,
    type: 'email' | 'text' | 'url',
    autocomplete: 'email' | 'name' | 'url',
    required: boolean,
    hint?: StringKey,
  ): TemplateResult {
    const error = this.errors[name];
    const described = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].join(' ').trim();
    return html`<p part="field" class="field ${name}">
      <label part="label" for=${name}
        >${this.t(label)}${required ? html` <span class="req">${this.t('required')}</span>` : nothing}</label
      >
      <input
        part="input"
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        .value=${this.values[name]}
        ?required=${required}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        dir=${type === 'text' ? 'auto' : 'ltr'}
        spellcheck="false"
        @input=${this.onInput}
      />
      ${hint ? html`<span part="hint" class="hint" id="${name}-hint">${this.t(hint)}</span>` : nothing}
      ${this.fieldError(name)}
    </p>`;
  }

  private fieldError(name: CommentField): TemplateResult | typeof nothing {
    const error = this.errors[name];
    if (!error) return nothing;
    const message =
      typeof error === 'string'
        ? this.t(error, { count: this.number(this.values.content.length), max: this.number(this.maxLength) })
        : (error.text ?? this.t(error.key ?? 'errorNotSaved', error.vars));
    return html`<span part="field-error" class="field-error" id="${name}-error">${message}</span>`;
  }

  /** A number in the reader's language ("65,525", "65.525"). */
  private number(n: number): string {
    return new Intl.NumberFormat(this.locale).format(n);
  }

  private checkbox(name: 'notifyComments' | 'notifyPosts' | 'remember', label: StringKey): TemplateResult {
    return html`<p part="checkbox" class="check">
      <input id=${name} name=${name} type="checkbox" .checked=${!!this.values[name]} @change=${this.onInput} />
      <label for=${name}>${this.t(label)}</label>
    </p>`;
  }

  protected override render(): TemplateResult {
    const reply = this.replyTo;
    const identity = this.identity;
    const error = this.errors.content;
    const status = this.status;
    return html`<form part="base" class="base" novalidate aria-labelledby="heading" @submit=${this.onSubmit}>
      <div class="top">
        ${heading(
          Math.trunc(this.headingLevel) || 3,
          'heading',
          reply ? this.t('leaveReplyTo', { name: reply.name }) : this.t('leaveReply'),
        )}
        ${
          reply
            ? html`<button part="cancel" class="link" type="button" @click=${this.cancelReply}>
                ${this.t('cancelReply')}
              </button>`
            : nothing
        }
      </div>
      <p class="field content">
        <label part="label" class="visually-hidden" for="content">${this.t('commentLabel')}</label>
        <textarea
          part="input"
          id="content"
          name="content"
          rows="6"
          required
          autocomplete="off"
          dir="auto"
          placeholder=${this.t('commentLabel')}
          .value=${this.values.content}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'content-error' : nothing}
          @input=${this.onInput}
        ></textarea>
        ${this.fieldError('content')}
      </p>
      ${
        // Sign-in (issue 5) fills the `sign-in` slot; a signed-in reader skips the guest fields.
        // (Only the sign-in code, which loads whenever someone is signed in, sets `identity`.)
        identity
          ? this.signIn?.signedIn(html, identity)
          : html`<div class="details">
              ${this.signIn?.choices(html) ?? html`<p part="intro" class="intro">${this.t('fillDetails')}</p>`}
              <slot name="sign-in"></slot>
              ${this.field('email', 'emailLabel', 'email', 'email', true, 'emailHint')}
              ${this.field('name', 'nameLabel', 'text', 'name', true)}
              ${this.field('url', 'websiteLabel', 'url', 'url', false)}
            </div>`
      }
      ${
        this.showNotify
          ? html`${this.checkbox('notifyComments', 'notifyComments')}${this.checkbox('notifyPosts', 'notifyPosts')}`
          : nothing
      }
      ${identity ? nothing : this.checkbox('remember', 'rememberMe')}
      <p class="actions">
        <button
          part="submit"
          class="button"
          type="submit"
          aria-disabled=${this.sending ? 'true' : 'false'}
          aria-describedby="status"
        >
          ${this.t(this.sending ? 'posting' : 'postComment')}
        </button>
      </p>
      <p part="status" id="status" class="status ${status?.key === 'posting' ? 'visually-hidden' : ''}" role="status">
        ${status && !status.bad ? this.t(status.key ?? 'posting', status.vars) : nothing}
      </p>
      <p part="status" class="status bad" role="alert">
        ${status?.bad ? (status.text ?? this.t(status.key ?? 'errorNotSaved', status.vars)) : nothing}
      </p>
    </form>`;
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import type { LikesSummary } from '../../data/source.js';
import type { StringKey } from '../../i18n/index.js';
import { buttonCss, dangerCss, errorCss } from '../../internal/error.styles.js';
import { face, faceStyles } from '../../internal/face.js';
import { adopt } from '../../internal/lazy-styles.js';
import type { Likes } from './likers.js';

/**
 * What `<blog-likes>` shows once likers.ts has loaded: the star button with its sentence, the
 * strip of faces with "+N", the dialog of every liker, and the errors. It loads with likers.ts,
 * which brings the data, so none of it is in the element's first download (DESIGN.md §7); the
 * element itself renders only the placeholders. The faces', button's and error box's styles are
 * adopted on the first render.
 */

type Translate = (key: StringKey, vars?: Readonly<Record<string, string | number>>) => string;

/** What the element puts on the page: the live region's text, its content and the dialog. */
export interface LikesView {
  /** The sentence to announce after a like was saved, or ''. */
  readonly status: string;
  /** The likes or the error; undefined while the likes load (the element shows placeholders). */
  readonly body?: TemplateResult | undefined;
  readonly dialog?: TemplateResult | undefined;
}

const STAR = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M12 2.7l2.3 7h7.4l-6 4.4 2.3 7.1-6-4.4-6 4.4 2.3-7.1-6-4.4h7.4z"></path>
</svg>`;

/** The number as shown: grouped, and compact from 10,000 ("100K"). */
const number = (locale: string, n: number): string =>
  new Intl.NumberFormat(locale, n >= 10_000 ? { notation: 'compact' } : {}).format(n);

function sentence(t: Translate, locale: string, { count, liked }: LikesSummary): string {
  if (!count) return t('likeFirst');
  if (liked && count === 1) return t('youLikeThis');
  const n = liked ? count - 1 : count;
  return t(liked ? 'youAndOthersLike' : 'likesCount', { count: n, countText: number(locale, n) });
}

/** The sentence of an error: the page's own text (WriteError `text`), else its string key. */
function message(t: Translate, error: unknown, fallback: StringKey): string {
  const { text, messageKey, vars } = (error ?? {}) as {
    text?: unknown;
    messageKey?: StringKey;
    vars?: Record<string, string | number>;
  };
  return typeof text === 'string' && text.trim()
    ? text
    : t(messageKey ?? fallback, vars ?? { host: location.host, status: 0 });
}

function strip(ctl: Likes, t: Translate, locale: string, data: LikesSummary): TemplateResult | typeof nothing {
  const max = ctl.max;
  const faces = data.likers.slice(0, max);
  const rest = data.count - faces.length;
  const more = faces.length >= max && rest > 0;
  return faces.length || more
    ? html`<ul part="strip" class="strip" aria-label=${t('likersTitle')}>
        ${faces.map(({ name, avatar, link }) => {
          const content = html`${face(name, avatar, 48)}<span class="visually-hidden">${name}</span>`;
          return html`<li>
            ${
              link
                ? html`<a part="liker" class="liker" href=${link} rel="nofollow ugc noopener" title=${name}
                    >${content}</a
                  >`
                : html`<span part="liker" class="liker" title=${name}>${content}</span>`
            }
          </li>`;
        })}
        ${
          more
            ? html`<li>
                <button
                  part="more"
                  class="more"
                  type="button"
                  aria-haspopup="dialog"
                  aria-label=${t('moreLikers', { count: number(locale, rest) })}
                  @click=${() => ctl.more()}
                >
                  +${number(locale, rest)}
                </button>
              </li>`
            : nothing
        }
      </ul>`
    : nothing;
}

function dialog(ctl: Likes, t: Translate, locale: string): TemplateResult | undefined {
  const list = ctl.list;
  if (!list) return undefined;
  const rest = (ctl.data?.count ?? 0) - (list.likers?.length ?? 0);
  return ctl.dialog(html, face, {
    title: t('likersTitle'),
    close: t('close'),
    loading: t('loadingLikes'),
    more: list.likers && rest > 0 ? t('moreLikers', { count: number(locale, rest) }) : '',
    error: list.error === undefined ? undefined : message(t, list.error, 'errorNotJson'),
  });
}

/** What `<blog-likes>` shows for the state of `ctl`, in the element's language. */
export function view(ctl: Likes, root: Node, t: Translate, locale: string): LikesView {
  adopt(root, faceStyles, buttonCss, dangerCss, errorCss);
  const { data, loadError: error, writeError } = ctl;
  return {
    status: ctl.announce ? sentence(t, locale, ctl.announce) : '',
    body: data
      ? html`<div class="row">
            <button
              part="button"
              class="like"
              type="button"
              aria-pressed=${data.liked ? 'true' : 'false'}
              @click=${() => ctl.toggle()}
            >
              ${STAR}${t('like')}
            </button>
            <span part="text" class="text">${sentence(t, locale, data)}</span>
            ${
              writeError
                ? html`<p part="error" class="alert" role="alert">${message(t, writeError, 'errorNotSaved')}</p>`
                : nothing
            }
          </div>
          ${strip(ctl, t, locale, data)}`
      : error
        ? (error as { kind?: string }).kind === 'unsupported'
          ? html`<p part="error" class="note">${message(t, error, 'errorNotJson')}</p>`
          : html`<div part="error" class="error" role="alert">
              <p class="error-text">${message(t, error, 'errorNotJson')}</p>
              <button part="retry" class="button" type="button" @click=${() => void ctl.load()}>${t('retry')}</button>
            </div>`
        : undefined,
    dialog: dialog(ctl, t, locale),
  };
}

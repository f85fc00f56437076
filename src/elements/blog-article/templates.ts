import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Term } from '../../data/types.js';
import type { StringKey } from '../../i18n/index.js';
import type { ParsedDate } from './attributes.js';
import type { View } from './view.js';

/** What the templates need from the element: its strings, dates and a few settings. */
export interface RenderContext {
  t(key: StringKey, vars?: Readonly<Record<string, string | number>>): string;
  formatDate(date: Date, options: Intl.DateTimeFormatOptions): string;
  readonly headingLevel: number;
  readonly minutes: number;
}

type Piece = TemplateResult | typeof nothing;
const MARK = '\u{E000}';

/**
 * A translated sentence with one live piece (a link, a date) where `{placeholder}` is, so
 * translators keep control of word order ("by {name}", "Posted in {list}").
 */
function sentence(ctx: RenderContext, key: StringKey, placeholder: string, piece: unknown): TemplateResult {
  const [before = '', after = ''] = ctx.t(key, { [placeholder]: MARK }).split(MARK);
  return html`${before}${piece}${after}`;
}

function termList(ctx: RenderContext, list: readonly Term[], rel: string): TemplateResult[] {
  const separator = ctx.t('listSeparator');
  return list.map(
    (term, i) =>
      html`${i ? separator : ''}${
        term.link
          ? html`<a class="p-category" href=${term.link} rel=${rel}>${term.name}</a>`
          : html`<span class="p-category">${term.name}</span>`
      }`,
  );
}

function time(ctx: RenderContext, date: ParsedDate, className: string): TemplateResult {
  // A plain date names a day, not an instant: formatted in UTC, no time zone moves it.
  const options: Intl.DateTimeFormatOptions = date.dateOnly
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : { dateStyle: 'long' };
  return html`<time class=${className} datetime=${date.iso}>${ctx.formatDate(date.date, options)}</time>`;
}

/** The headline at the requested level (static tags keep the bundle small: no static-html). */
function heading(level: number, content: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part="headline" id="headline" class="headline p-name">${content}</h1>`;
    case 3:
      return html`<h3 part="headline" id="headline" class="headline p-name">${content}</h3>`;
    case 4:
      return html`<h4 part="headline" id="headline" class="headline p-name">${content}</h4>`;
    case 5:
      return html`<h5 part="headline" id="headline" class="headline p-name">${content}</h5>`;
    case 6:
      return html`<h6 part="headline" id="headline" class="headline p-name">${content}</h6>`;
    default:
      return html`<h2 part="headline" id="headline" class="headline p-name">${content}</h2>`;
  }
}

function meta(ctx: RenderContext, view: View): Piece {
  const { published, modified, author, permalink } = view;
  // Shown only when it is another day than the publication.
  const updated = modified?.iso.slice(0, 10) !== published?.iso.slice(0, 10) ? modified : undefined;
  if (!published && !updated && !author && !ctx.minutes) return nothing;
  const date = published && time(ctx, published, 'dt-published');
  // In the full layout the headline is not a link: the date carries the permalink, as in WordPress.
  const dateItem =
    date && permalink && view.layout === 'full'
      ? html`<a class="u-url" href=${permalink} rel="bookmark">${date}</a>`
      : date;
  const byline =
    author &&
    (author.link
      ? html`<a class="p-author h-card" href=${author.link} rel="author">${author.name}</a>`
      : html`<span class="p-author h-card">${author.name}</span>`);
  const items = [
    dateItem,
    updated && sentence(ctx, 'updatedOn', 'date', time(ctx, updated, 'dt-updated')),
    byline && sentence(ctx, 'byline', 'name', byline),
    ctx.minutes ? ctx.t('readingTime', { count: ctx.minutes }) : undefined,
  ].filter((item) => item !== undefined);
  // Separators are elements of their own (hidden from screen readers), so each item can take
  // its direction from its own text without carrying a separator to the wrong side.
  return html`<p part="meta" class="meta">
    ${items.map(
      (item, i) =>
        html`${i ? html`<span class="sep" aria-hidden="true">·</span>` : nothing}<span class="item">${item}</span>`,
    )}
  </p>`;
}

/** `w / h` for the CSS aspect-ratio, or undefined. Set through CSSOM (CSP-safe), see `data-ratio`. */
export const ratioOf = (view: View): string | undefined =>
  view.image?.width && view.image.height ? `${view.image.width} / ${view.image.height}` : undefined;

function image(view: View): Piece {
  const img = view.image;
  if (!img) return nothing;
  const full = view.layout === 'full';
  const sizes =
    img.sizes ??
    (img.srcset && / \d+w(,|$)/.test(img.srcset)
      ? view.layout === 'compact'
        ? '8rem'
        : full
          ? '(min-width: 60rem) 60rem, 100vw'
          : '(min-width: 45rem) 45rem, 100vw'
      : undefined);
  // The full layout's image is the page's largest paint: load it at once; cards load lazily.
  return html`<div class="figure">
    <img
      part="image"
      class="image u-photo"
      data-ratio=${ifDefined(ratioOf(view))}
      src=${img.src}
      srcset=${ifDefined(img.srcset)}
      sizes=${ifDefined(sizes)}
      alt=${img.alt}
      width=${ifDefined(img.width)}
      height=${ifDefined(img.height)}
      loading=${full ? 'eager' : 'lazy'}
      fetchpriority=${ifDefined(full ? 'high' : undefined)}
      decoding="async"
    />
  </div>`;
}

/** Categories, headline (a link in the card and compact layouts), meta line and image. */
export function header(ctx: RenderContext, view: View): Piece {
  const { headline, permalink, categories } = view;
  const metaLine = meta(ctx, view);
  if (!headline && !categories.length && metaLine === nothing && !view.image) return nothing;
  const linked = headline && permalink && view.layout !== 'full';
  return html`<header part="header" class="header">
    <div class="heading">
      ${
        categories.length
          ? html`<p part="categories" class="categories">
              ${sentence(ctx, 'postedIn', 'list', termList(ctx, categories, 'category tag'))}
            </p>`
          : nothing
      }
      ${
        headline
          ? heading(
              ctx.headingLevel,
              linked ? html`<a class="u-url" href=${permalink} rel="bookmark">${headline}</a>` : headline,
            )
          : nothing
      }
      ${metaLine}
    </div>
    ${image(view)}
  </header>`;
}

/** The "Tagged …" line. */
export function tagLine(ctx: RenderContext, view: View): Piece {
  return view.tags.length
    ? html`<p part="tags" class="tags">${sentence(ctx, 'taggedWith', 'list', termList(ctx, view.tags, 'tag'))}</p>`
    : nothing;
}

/** Placeholders in the places (and sizes) of the header, image and body, with a status for screen readers. */
export function skeleton(ctx: RenderContext, view: View, bodyLines: boolean): TemplateResult {
  return html`<div part="skeleton" class="placeholder">
    <span class="visually-hidden" role="status">${ctx.t('loadingPost')}</span>
    <span class="heading">
      <span class="skeleton line categories-line"></span>
      <span class="headline-lines"
        ><span class="skeleton headline-line"></span><span class="skeleton headline-line short"></span
      ></span>
      <span class="skeleton line meta-line"></span>
    </span>
    <span class="skeleton figure-box" data-ratio=${ifDefined(ratioOf(view))}></span>
    ${
      bodyLines
        ? html`<span class="body-lines">
            <span class="skeleton line"></span><span class="skeleton line"></span><span class="skeleton line"></span
            ><span class="skeleton line short"></span>
          </span>`
        : nothing
    }
  </div>`;
}

import { unsafeCSS } from 'lit';

/**
 * `<blog-article>` styles. Logical properties only (RTL), colours from the shared tokens (dark
 * mode and forced colours follow), the page's own font. Every local `--blog-article-*`
 * property falls back to a global `--blog-*` token.
 */
export const articleStyles = unsafeCSS(/* css */ `
  :host {
    --_gap: var(--blog-article-gap, var(--_space));
    --_ar: var(--blog-article-radius, var(--_radius));
    --_meta: var(--blog-article-meta-color, var(--_muted));
    --_hs: clamp(1.375rem, 1.1rem + 1vw, 1.75rem);
    --_bs: 1.0625rem;
    line-height: 1.5;
  }
  :host([layout='full']) {
    --_hs: clamp(1.875rem, 1.3rem + 2.2vw, 2.75rem);
    --_bs: 1.125rem;
  }
  :host([layout='compact']) {
    --_hs: 1.1875rem;
    --_bs: 0.9375rem;
  }
  [hidden] {
    display: none !important;
  }
  a,
  .continue {
    color: var(--blog-article-link-color, var(--_accent));
    text-decoration-thickness: 1px;
    text-decoration-color: color-mix(in srgb, currentColor 45%, transparent);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-color: currentColor;
  }
  p {
    margin: 0;
  }
  .layout-card {
    padding: var(--blog-article-padding, calc(var(--_space) * 1.5));
    border: var(--blog-article-border, 1px solid var(--_border));
    border-radius: var(--_ar);
    background: var(--blog-article-background, var(--_surface));
  }

  /* Header: categories, headline, meta, image */
  .header,
  .heading {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .header {
    margin-block-end: calc(var(--_gap) * 1.25);
  }
  /* A whole post is taller than a screen: while it loads, what follows it stays below the fold,
     so the post arriving moves nothing the reader sees (CLS 0, bench/page.mjs). */
  :host([layout='full']) [aria-busy='true'] {
    min-block-size: 100svh;
  }
  .heading {
    gap: 0.5rem;
  }
  .categories,
  .meta,
  .tags {
    color: var(--_meta);
    font-size: 0.875rem;
  }
  .categories {
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .headline {
    margin: 0;
    color: var(--blog-article-headline-color, var(--_text));
    font-family: var(--blog-article-headline-font, var(--_heading-font));
    font-size: var(--blog-article-headline-size, var(--_hs));
    line-height: 1.2;
    letter-spacing: -0.01em;
    text-wrap: balance;
  }
  .headline a,
  .meta a {
    color: inherit;
  }
  .headline a {
    text-decoration: none;
  }
  .headline a:hover {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }
  /* Each piece takes its direction from its own text: an English fallback string on a
     right-to-left page keeps its number and punctuation in place (the error box's text too:
     articleErrorCss in internal/error.styles.ts, which comes with the box). */
  .item {
    unicode-bidi: plaintext;
  }

  /* Featured image: its width and height attributes give the box its ratio before a byte arrives. */
  .image {
    display: block;
    inline-size: 100%;
    block-size: auto;
    object-fit: cover;
    border-radius: calc(var(--_ar) * 0.75);
    background: var(--_skeleton);
  }
  /* Its placeholder while src loads (a div: no width and height, so 4:3 in the compact layout). */
  div.image {
    aspect-ratio: 16 / 9;
  }
  :host([layout='full']) .image {
    border-radius: var(--_ar);
  }
  :host([layout='compact']) .header {
    display: grid;
    grid-template-columns: minmax(0, 1fr) var(--blog-article-thumbnail-size, 8rem);
    align-items: start;
    margin-block-end: 0.75rem;
  }
  :host([layout='compact']) .image:not([width][height]) {
    aspect-ratio: 4 / 3;
  }

  /* Body: the light-DOM children (styled by the page) */
  .body,
  .excerpt {
    font-size: var(--blog-article-body-size, var(--_bs));
    line-height: var(--blog-article-body-line-height, 1.7);
  }
  ::slotted(:first-child) {
    margin-block-start: 0;
  }
  .clamped {
    max-block-size: calc(var(--blog-article-excerpt-lines, 4) * 1lh);
    overflow: hidden;
    mask-image: linear-gradient(#000 55%, transparent);
  }
  .more {
    margin-block-start: 0.75rem;
  }
  .continue {
    padding: 0;
    border: 0;
    background: none;
    cursor: pointer;
    font-weight: 600;
    text-decoration: underline;
  }
  .continue::after {
    content: ' →';
    content: ' →' / '';
  }
  :host(:dir(rtl)) .continue::after {
    content: ' ←';
    content: ' ←' / '';
  }
  .tags {
    margin-block-start: calc(var(--_gap) * 1.5);
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }

  /* Skeleton: bars in the boxes of the text they stand for (the header's pieces, the body), each
     as tall as capitals and its margin box exactly one line of that text, top-aligned so the line
     is neither taller nor shorter, whatever the font: the loaded post fills the same boxes. */
  i.skeleton {
    display: inline-block;
    vertical-align: top;
    inline-size: 100%;
    block-size: 0.75em;
    margin-block: calc(0.5lh - 0.375em);
  }
  /* The last line of each piece (and a piece of one line) short. */
  i:last-of-type {
    inline-size: 60%;
  }

  @media (forced-colors: active) {
    .skeleton {
      border: 1px solid GrayText;
    }
    .clamped {
      mask-image: none;
    }
    .continue {
      color: LinkText;
    }
  }
`);

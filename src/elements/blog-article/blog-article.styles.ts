import { css } from 'lit';

/**
 * `<blog-article>` styles. Logical properties only (RTL), colours from the shared tokens (dark
 * mode and forced colours follow), the page's own font. Every local `--blog-article-*`
 * property falls back to a global `--blog-*` token.
 */
export const articleStyles = css`
  :host {
    --_gap: var(--blog-article-gap, var(--_space));
    --_pad: var(--blog-article-padding, calc(var(--_space) * 1.5));
    --_a-radius: var(--blog-article-radius, var(--_radius));
    --_meta: var(--blog-article-meta-color, var(--_muted));
    --_link: var(--blog-article-link-color, var(--_accent));
    --_headline-color: var(--blog-article-headline-color, var(--_text));
    --_headline-size: var(--blog-article-headline-size, clamp(1.375rem, 1.1rem + 1vw, 1.75rem));
    --_body-size: var(--blog-article-body-size, 1.0625rem);
    --_thumb: var(--blog-article-thumbnail-size, 8rem);
  }
  :host([layout='full']) {
    --_headline-size: var(--blog-article-headline-size, clamp(1.875rem, 1.3rem + 2.2vw, 2.75rem));
    --_body-size: var(--blog-article-body-size, 1.125rem);
  }
  :host([layout='compact']) {
    --_headline-size: var(--blog-article-headline-size, 1.1875rem);
    --_body-size: var(--blog-article-body-size, 0.9375rem);
  }
  [hidden] {
    display: none !important;
  }
  a {
    color: var(--_link);
    text-decoration-thickness: 1px;
    text-decoration-color: color-mix(in srgb, currentColor 45%, transparent);
  }
  a:hover {
    text-decoration-color: currentColor;
  }
  p {
    margin: 0;
  }

  .base {
    display: block;
    line-height: 1.5;
  }
  .layout-card {
    padding: var(--_pad);
    border: var(--blog-article-border, 1px solid var(--_border));
    border-radius: var(--_a-radius);
    background: var(--blog-article-background, var(--_surface));
  }

  /* Header: categories, headline, meta, image */
  .header,
  .placeholder {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    margin-block-end: calc(var(--_gap) * 1.25);
  }
  .heading {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .categories {
    color: var(--_meta);
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .headline {
    margin: 0;
    color: var(--_headline-color);
    font-family: var(--blog-article-headline-font, var(--_heading-font));
    font-size: var(--_headline-size);
    font-weight: 700;
    line-height: 1.2;
    letter-spacing: -0.01em;
    text-wrap: balance;
  }
  .headline a {
    color: inherit;
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
    color: var(--_meta);
    font-size: 0.875rem;
  }
  .meta a {
    color: inherit;
  }
  /* Each piece takes its direction from its own text: an English fallback string on a
     right-to-left page keeps its number and punctuation in place. */
  .item,
  .error-text {
    unicode-bidi: plaintext;
  }

  /* Featured image: its box has the image's ratio before a byte arrives. */
  .figure {
    margin: 0;
  }
  .image {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: var(--_ratio, auto);
    object-fit: cover;
    border-radius: calc(var(--_a-radius) * 0.75);
    background: var(--_skeleton);
  }
  :host([layout='full']) .image {
    border-radius: var(--_a-radius);
  }
  :host([layout='compact']) .header {
    display: grid;
    grid-template-columns: minmax(0, 1fr) var(--_thumb);
    align-items: start;
    gap: var(--_gap);
    margin-block-end: 0.75rem;
  }
  :host([layout='compact']) .image {
    aspect-ratio: var(--_ratio, 4 / 3);
  }

  /* Body: the light-DOM children (styled by the page) */
  .body {
    font-size: var(--_body-size);
    line-height: var(--blog-article-body-line-height, 1.7);
  }
  ::slotted(:first-child) {
    margin-block-start: 0;
  }
  .clamped {
    max-block-size: calc(var(--blog-article-excerpt-lines, 4) * 1lh);
    overflow: hidden;
    mask-image: linear-gradient(to bottom, #000 55%, transparent);
  }
  .excerpt {
    font-size: var(--_body-size);
    line-height: var(--blog-article-body-line-height, 1.7);
  }
  .more {
    margin-block-start: 0.75rem;
  }
  .continue {
    color: var(--_link);
    font-weight: 600;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .continue::after {
    content: ' →';
    content: ' →' / '';
  }
  :host(:dir(rtl)) .continue::after {
    content: ' ←';
    content: ' ←' / '';
  }
  .as-link {
    padding: 0;
    border: 0;
    background: none;
    cursor: pointer;
  }
  .tags {
    margin-block-start: calc(var(--_gap) * 1.5);
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
    color: var(--_meta);
    font-size: 0.875rem;
  }
  .error {
    margin-block: var(--_gap);
  }

  /* Skeleton: the same boxes the loaded post will fill. */
  .line {
    block-size: 1rem;
  }
  .categories-line {
    inline-size: min(8rem, 40%);
    block-size: 0.8125rem;
  }
  .headline-lines {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_headline-size) * 0.2);
  }
  .headline-line {
    block-size: var(--_headline-size);
  }
  .meta-line {
    inline-size: min(16rem, 70%);
    block-size: 0.875rem;
  }
  .short {
    inline-size: 60%;
  }
  .figure-box {
    aspect-ratio: var(--_ratio, 16 / 9);
    border-radius: calc(var(--_a-radius) * 0.75);
  }
  :host([layout='compact']) .figure-box {
    display: none;
  }
  .body-lines {
    display: flex;
    flex-direction: column;
    gap: 0.7em;
    font-size: var(--_body-size);
  }
  .body-lines .line {
    block-size: 1em;
  }

  @media (forced-colors: active) {
    .skeleton {
      border: 1px solid GrayText;
    }
    .clamped {
      mask-image: none;
    }
    .as-link {
      color: LinkText;
    }
  }
`;

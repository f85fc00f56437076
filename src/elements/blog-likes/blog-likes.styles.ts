import { unsafeCSS } from 'lit';

/**
 * `<blog-likes>`: the WordPress.com "Like" strip. Two rows in a reserved block (55 px, like
 * Jetpack's iframe): the star button with the sentence, then the likers' faces. Loading shows
 * the same rows as placeholders, so nothing moves when the data arrives. Logical properties
 * only (RTL), colours from the shared tokens (dark mode, forced colours).
 */
export const likesStyles = unsafeCSS(/* css */ `
  :host {
    --_fs: var(--blog-likes-avatar-size, 24px);
    --_star: var(--blog-likes-star-color, var(--_accent));
    line-height: 1.5;
  }
  .base {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 3px;
    min-block-size: var(--blog-likes-min-height, 55px);
  }
  .row,
  .strip {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin: 0;
    padding: 0;
  }
  .row {
    gap: 0.25rem 0.75rem;
    font-size: 0.875rem;
  }
  .strip {
    gap: 2px;
    list-style: none;
  }
  /* Flex, not list-item: an inline "+N" button in a line box made the strip 2px taller than reserved. */
  .strip li {
    display: flex;
  }
  .strip:empty {
    display: none;
  }
  .text,
  .note {
    margin: 0;
    color: var(--_muted);
  }

  /* The star button: outlined, then filled in the accent colour when pressed. */
  .like,
  .more {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.3em;
    border: 1px solid var(--_border);
    color: inherit;
    background: var(--blog-likes-button-background, transparent);
    cursor: pointer;
    line-height: 1;
  }
  .like {
    block-size: 28px;
    padding: 0 0.7em 0 0.55em;
    border-radius: var(--blog-likes-button-radius, 4px);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .like:hover,
  .more:hover {
    border-color: var(--_star);
  }
  .like[aria-busy='true'] {
    cursor: progress;
  }
  .like svg {
    inline-size: 1.15em;
    block-size: 1.15em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linejoin: round;
  }
  [aria-pressed='true'] {
    border-color: var(--_star);
    color: var(--_star);
  }
  [aria-pressed='true'] svg {
    fill: currentColor;
  }
  .more {
    min-inline-size: var(--_fs);
    block-size: var(--_fs);
    padding: 0 0.4em;
    border-radius: calc(var(--_fs) / 2);
    font-size: 0.75rem;
    font-weight: 600;
  }
  .liker {
    display: flex;
    border-radius: 50%;
  }

  /* Placeholders in the final sizes. */
  .skeleton.like {
    inline-size: 4.5rem;
    border: 0;
  }
  .skeleton.text {
    inline-size: 11rem;
    max-inline-size: 60%;
    block-size: 1em;
  }
  /* A face's box (the faces' own styles come with them, in likes-view.ts). */
  .skeleton.face {
    flex: none;
    inline-size: var(--_fs);
    block-size: var(--_fs);
    border-radius: 50%;
  }
  .error {
    padding: 0.25rem 0.75rem;
    font-size: 0.875rem;
  }
  .error .button {
    min-block-size: 2rem;
    padding-block: 0.2rem;
  }
  .alert {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875rem;
  }

  @media (forced-colors: active) {
    .like,
    .more {
      border-color: ButtonText;
    }
    [aria-pressed='true'] {
      border-color: Highlight;
      color: Highlight;
    }
  }
`);

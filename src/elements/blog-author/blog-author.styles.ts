import { unsafeCSS } from 'lit';

/**
 * `<blog-author>`: a tinted, bordered box (WordPress.com's author bio) or one compact row.
 * Logical properties only (RTL), colours from the shared tokens (dark mode, forced colours).
 * The avatar's size and colour (`--_as`, `--_ac`) are set on `.base` through
 * CSSOM by the element.
 */
export const authorStyles = unsafeCSS(/* css */ `
  :host {
    --_link: var(--blog-author-link-color, var(--_accent));
    --_icon: var(--blog-author-icon-size, 1.25rem);
    --_ns: var(--blog-author-name-size, 1.25rem);
    line-height: 1.6;
  }
  [hidden] {
    display: none !important;
  }
  a {
    color: var(--_link);
  }

  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--blog-author-gap, var(--_space));
    padding: var(--blog-author-padding, calc(var(--_space) * 1.5));
    border: var(--blog-author-border, 1px solid var(--_border));
    border-radius: var(--blog-author-radius, var(--_radius));
    background: var(--blog-author-background, var(--_surface));
    outline: none;
  }
  /* A site that forces a theme gets an opaque canvas of that scheme, whatever the page behind. */
  :host([theme='dark']) .base,
  :host([theme='light']) .base {
    background: var(--blog-author-background, Canvas);
    color: CanvasText;
  }
  .content {
    flex: 1 1 16rem;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
  }
  .heading,
  .bio,
  .lines,
  .error {
    align-self: stretch;
  }

  /* The avatar: initials under an image that shows only once it has loaded. */
  .avatar,
  .avatar-skeleton {
    flex: none;
    inline-size: var(--_as);
    block-size: var(--_as);
    border-radius: var(--blog-author-avatar-radius, 50%);
  }
  .avatar {
    position: relative;
    display: inline-grid;
    place-items: center;
    overflow: hidden;
    background: var(--_ac);
    color: #fff;
    font-size: calc(var(--_as) * 0.4);
    font-weight: 600;
    line-height: 1;
    letter-spacing: 0.02em;
    user-select: none;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    opacity: 0;
  }
  .avatar [data-loaded] {
    opacity: 1;
  }
  @media (prefers-reduced-motion: no-preference) {
    .avatar img {
      transition: opacity 0.2s;
    }
  }

  .name {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: var(--_ns);
    line-height: 1.3;
    letter-spacing: -0.005em;
  }
  .name a {
    color: inherit;
    text-decoration: none;
  }
  .name a:hover {
    text-decoration: underline;
  }
  .real-name,
  .tagline {
    margin: 0.125rem 0 0;
    color: var(--_muted);
    font-size: 0.9375em;
    line-height: 1.45;
  }
  .real-name {
    font-style: italic;
  }

  .bio,
  .lines {
    margin-block-start: 0.625rem;
  }
  ::slotted(p) {
    margin: 0;
  }
  ::slotted(p:not(:first-of-type)) {
    margin-block-start: 0.75em;
  }

  .social {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0.625rem 0 0;
    margin-inline-start: -0.5rem;
    padding: 0;
    list-style: none;
  }
  .social li {
    display: flex;
  }
  .social-link {
    display: inline-grid;
    place-items: center;
    inline-size: calc(var(--_icon) + 1rem);
    block-size: calc(var(--_icon) + 1rem);
    border-radius: 50%;
    color: var(--_muted);
  }
  .social-link:hover {
    color: var(--_link);
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  .icon {
    inline-size: var(--_icon);
    block-size: var(--_icon);
  }
  .all-posts {
    margin-block-start: 0.75rem;
    font-weight: 600;
    font-size: 0.9375em;
  }
  .error {
    margin-block-start: 0.75rem;
  }

  .name-skeleton {
    inline-size: min(12em, 70%);
    block-size: 0.9em;
    margin-block: 0.2em;
    font-size: var(--_ns);
  }
  .lines {
    display: block;
  }
  .line {
    block-size: 0.9em;
    margin-block: 0.35em;
  }
  .short {
    inline-size: 70%;
  }

  /* Inline: one row (avatar, name and lines under it, icons at the end), no box and no bio. */
  :host([layout='inline']) {
    --_ns: 1rem;
  }
  :host([layout='inline']) .base {
    align-items: center;
    gap: 0.75rem;
    padding: 0;
    border: none;
    background: none;
  }
  :host([layout='inline'][theme='dark']) .base,
  :host([layout='inline'][theme='light']) .base {
    padding: 0.5rem 0.75rem;
    background: var(--blog-author-background, Canvas);
  }
  :host([layout='inline']) .content {
    flex: 1 1 auto;
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75rem;
  }
  :host([layout='inline']) .heading {
    align-self: center;
    flex: 1 1 auto;
  }
  :host([layout='inline']) .name {
    font-weight: 600;
  }
  :host([layout='inline']) .real-name,
  :host([layout='inline']) .tagline {
    font-size: 0.875em;
    margin: 0;
  }
  :host([layout='inline']) .bio {
    display: none;
  }
  :host([layout='inline']) .social {
    margin: 0;
    margin-inline-end: -0.375rem;
  }
  :host([layout='inline']) .social-link {
    inline-size: calc(var(--_icon) + 0.75rem);
    block-size: calc(var(--_icon) + 0.75rem);
  }

  @media (forced-colors: active) {
    .base,
    .avatar {
      border: 1px solid CanvasText;
    }
    .avatar {
      background: Canvas;
      color: CanvasText;
    }
    .social-link {
      color: LinkText;
    }
    .social-link:hover {
      background: none;
      outline: 1px solid LinkText;
    }
  }
`);

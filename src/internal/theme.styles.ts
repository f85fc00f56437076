import { unsafeCSS } from 'lit';

/**
 * Design tokens shared by every element. Each `--_x` private token reads the public
 * `--blog-*` custom property first, so a site themes every element with a few variables.
 * Neutral colours derive from the inherited text colour, so the elements sit on the site's own
 * background in light and dark alike; accents use `light-dark()` driven by the `dark` state.
 * The button and the error box, with their colour tokens (`--_on-accent`, `--_danger`), are in
 * `error.styles.ts`: they come with the code that shows them.
 *
 * Every style sheet of the library is a literal of our own source passed to `unsafeCSS`, marked
 * `css` for the build's minifier (scripts/minify-templates.mjs), rather than Lit's `css` tag:
 * the tag only adds a check of interpolated values (there are none) and would add its code to
 * every element's first download (~0.15 KB gzip, DESIGN.md §7). Nothing here is ever data.
 */
export const themeStyles = unsafeCSS(/* css */ `
  :host {
    color-scheme: light;
    --_text: var(--blog-color-text, currentColor);
    --_muted: var(--blog-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_border: var(--blog-color-border, color-mix(in srgb, currentColor 20%, transparent));
    --_surface: var(--blog-color-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_skeleton: var(--blog-color-skeleton, color-mix(in srgb, currentColor 10%, transparent));
    --_accent: var(--blog-color-accent, light-dark(#0b5cad, #8cc4ff));
    --_radius: var(--blog-radius, 8px);
    --_space: var(--blog-space, 1rem);
    --_heading-font: var(--blog-heading-font, inherit);
    display: block;
    box-sizing: border-box;
    font-family: var(--blog-font, inherit);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  /* Rendered before the page language's strings are in: holds the space, shows nothing. */
  :host(:state(pending)) {
    visibility: hidden;
  }
  :host(:state(dark)) {
    color-scheme: dark;
  }
  /* Without ElementInternals states, \`theme\` still forces a scheme (light is the default). */
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: var(--blog-focus-ring, 2px solid var(--_accent));
    outline-offset: 2px;
  }
  button {
    font: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skeleton {
    display: block;
    border-radius: 4px;
    background: var(--_skeleton);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: blog-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes blog-pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_border: CanvasText;
      --_skeleton: GrayText;
      forced-color-adjust: auto;
    }
  }
`);

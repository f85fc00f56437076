import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * Small inline SVG icons on a 24×24 grid, drawn for this library (simple, recognizable glyphs,
 * not the brands' full artwork) so they cost a few hundred bytes in all. They paint with
 * `currentColor`, so they follow the link colour, dark mode and forced colours (where
 * `currentColor` becomes the system `LinkText`/`ButtonText`). Always decorative: the link or
 * button that holds one carries the accessible name.
 */
export type IconName =
  'x' | 'facebook' | 'instagram' | 'youtube' | 'linkedin' | 'github' | 'mastodon' | 'bluesky' | 'rss' | 'globe';

const filled = (d: string): SVGTemplateResult => svg`<path fill-rule="evenodd" d=${d}></path>`;

const glyphs: Record<IconName, SVGTemplateResult> = {
  // The outlined "\" band, then the thin "/" in two pieces (its own path: no even-odd overlap).
  x: svg`${filled('M3.5 3h5.2l12 18h-5.2zM5.9 4.3h1.9l10.3 15.4h-1.9z')}<path d="M18.6 3h1.8l-6.6 7.6-1-1.4zM3.6 21h1.8l5.7-6.6-.9-1.4z"></path>`,
  facebook: filled(
    'M12 2a10 10 0 0 0-1.6 19.9V15H7.9v-3h2.5V9.8c0-2.5 1.5-3.9 3.8-3.9 1.1 0 2.2.2 2.2.2v2.4h-1.2c-1.2 0-1.6.8-1.6 1.6V12h2.8l-.5 3h-2.3v6.9A10 10 0 0 0 12 2z',
  ),
  instagram: svg`<g fill="none" stroke="currentColor" stroke-width="2"><rect x="3" y="3" width="18" height="18" rx="5"></rect><circle cx="12" cy="12" r="4"></circle></g><circle cx="17.3" cy="6.7" r="1.3"></circle>`,
  youtube: filled(
    'M21.6 7.2a2.5 2.5 0 0 0-1.8-1.8C18.2 5 12 5 12 5s-6.2 0-7.8.4a2.5 2.5 0 0 0-1.8 1.8C2 8.8 2 12 2 12s0 3.2.4 4.8a2.5 2.5 0 0 0 1.8 1.8c1.6.4 7.8.4 7.8.4s6.2 0 7.8-.4a2.5 2.5 0 0 0 1.8-1.8c.4-1.6.4-4.8.4-4.8s0-3.2-.4-4.8zM10 15.1V8.9l5.3 3.1z',
  ),
  linkedin: filled(
    'M4.5 2h15A2.5 2.5 0 0 1 22 4.5v15a2.5 2.5 0 0 1-2.5 2.5h-15A2.5 2.5 0 0 1 2 19.5v-15A2.5 2.5 0 0 1 4.5 2zM5.8 9.5V18h2.7V9.5zm1.35-4.2a1.55 1.55 0 1 0 0 3.1 1.55 1.55 0 0 0 0-3.1zM10.5 9.5V18h2.7v-4.3c0-1.2.3-2.3 1.7-2.3s1.5 1.3 1.5 2.4V18h2.7v-4.8c0-2.4-.6-4-3.3-4-1.3 0-2.2.7-2.6 1.4V9.5z',
  ),
  github: filled(
    'M12 2a10 10 0 0 0-3.2 19.5c.5.1.7-.2.7-.5v-1.8c-2.8.6-3.4-1.3-3.4-1.3-.4-1.2-1.1-1.5-1.1-1.5-.9-.6.1-.6.1-.6 1 .1 1.5 1 1.5 1 .9 1.5 2.3 1.1 2.9.8.1-.6.3-1.1.6-1.3-2.2-.3-4.6-1.1-4.6-5 0-1.1.4-2 1-2.7-.1-.3-.4-1.3.1-2.7 0 0 .8-.3 2.8 1a9.6 9.6 0 0 1 5 0c1.9-1.3 2.8-1 2.8-1 .5 1.4.2 2.4.1 2.7.6.7 1 1.6 1 2.7 0 3.9-2.3 4.7-4.6 5 .4.3.7.9.7 1.9V21c0 .3.2.6.7.5A10 10 0 0 0 12 2z',
  ),
  mastodon: filled(
    'M21.3 8.6c0-4.3-2.8-5.5-2.8-5.5C17.1 2.4 14.7 2.2 12.2 2h-.1c-2.5 0-4.9.3-6.3 1 0 0-2.8 1.2-2.8 5.5 0 1 0 2.2.1 3.4.1 4.3.8 8.5 4.8 9.6 1.8.5 3.4.6 4.7.5 2.3-.1 3.6-.8 3.6-.8l-.1-1.7s-1.6.5-3.5.5c-1.8-.1-3.8-.2-4.1-2.5v-.6s1.8.4 4.1.5c1.4.1 2.7-.1 4-.2 2.5-.3 4.7-1.8 5-3.3.4-2.3.4-5.5.4-5.5zM17.6 13.8h-2.3V8.3c0-1.2-.5-1.8-1.5-1.8-1.1 0-1.7.7-1.7 2.1v3h-2.2v-3c0-1.4-.6-2.1-1.7-2.1-1 0-1.5.6-1.5 1.8v5.5H4.4V8.1c0-1.2.3-2.1.9-2.8.6-.7 1.4-1 2.4-1 1.2 0 2 .4 2.6 1.3l.6.9.6-.9c.6-.9 1.4-1.3 2.6-1.3 1 0 1.8.3 2.4 1 .6.7.9 1.6.9 2.8z',
  ),
  bluesky: filled(
    'M6.3 4.2c2.3 1.7 4.7 5.1 5.7 7 1-1.9 3.4-5.3 5.7-7 1.6-1.2 4.3-2.2 4.3.9 0 .6-.4 5.2-.6 5.9-.7 2.6-3.3 3.2-5.6 2.8 4 .7 5 2.9 2.8 5.2-4.2 4.3-6-1.1-6.5-2.5L12 16.2l-.1.3c-.5 1.4-2.3 6.8-6.5 2.5-2.2-2.3-1.2-4.5 2.8-5.2-2.3.4-4.9-.2-5.6-2.8C2.4 10.3 2 5.7 2 5.1c0-3.1 2.7-2.1 4.3-.9z',
  ),
  rss: svg`<circle cx="5.5" cy="18.5" r="2.5"></circle>${filled('M3 9.5a11.5 11.5 0 0 1 11.5 11.5h-3A8.5 8.5 0 0 0 3 12.5zM3 3a18 18 0 0 1 18 18h-3A15 15 0 0 0 3 6z')}`,
  globe: svg`<g fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"><circle cx="12" cy="12" r="9.1"></circle><path d="M2.9 12h18.2M12 2.9c2.4 2.5 3.6 5.5 3.6 9.1s-1.2 6.6-3.6 9.1c-2.4-2.5-3.6-5.5-3.6-9.1S9.6 5.4 12 2.9z"></path></g>`,
};

/**
 * An icon as an inline `<svg>` (decorative: `aria-hidden`, not focusable), sized `1em` unless
 * the caller's CSS says otherwise. `part` names its CSS part.
 */
export function icon(name: IconName, part = 'icon'): TemplateResult {
  return html`<svg
    part=${part}
    class="icon"
    viewBox="0 0 24 24"
    width="24"
    height="24"
    fill="currentColor"
    aria-hidden="true"
    focusable="false"
  >
    ${glyphs[name]}
  </svg>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { icon } from '../../internal/icons.js';
import type { SocialLink } from './social.js';

/** The name: a heading of `level` (1–6) in the box layout, plain text inline; a link when there is one. */
export function nameTemplate(name: string, link: string | undefined, level: number | undefined): TemplateResult {
  const content = link ? html`<a class="u-url" href=${link} rel="author">${name}</a>` : name;
  switch (level) {
    case undefined:
      return html`<span part="name" class="name p-name">${content}</span>`;
    case 1:
      return html`<h1 part="name" class="name p-name">${content}</h1>`;
    case 3:
      return html`<h3 part="name" class="name p-name">${content}</h3>`;
    case 4:
      return html`<h4 part="name" class="name p-name">${content}</h4>`;
    case 5:
      return html`<h5 part="name" class="name p-name">${content}</h5>`;
    case 6:
      return html`<h6 part="name" class="name p-name">${content}</h6>`;
    default:
      return html`<h2 part="name" class="name p-name">${content}</h2>`;
  }
}

/** The social links as icon links; `label` gives each its accessible name. */
export function socialTemplate(
  links: readonly SocialLink[],
  label: (link: SocialLink) => string,
): TemplateResult | typeof nothing {
  if (!links.length) return nothing;
  return html`<ul part="social" class="social">
    ${links.map((link) => {
      const name = label(link);
      return html`<li>
        <a
          part="social-link"
          class="social-link ${link.rel.startsWith('me') ? 'u-url' : ''}"
          href=${link.href}
          rel=${link.rel}
          aria-label=${name}
          title=${name}
          data-network=${link.network}
          >${icon(link.icon, 'social-icon')}</a
        >
      </li>`;
    })}
  </ul>`;
}

/** One placeholder shape of the loading skeleton. */
export const skeleton = (kind: string, size?: number): TemplateResult =>
  html`<span
    part="skeleton"
    class="skeleton ${kind}"
    style=${styleMap(size ? { '--_avatar-size': `${size}px` } : {})}
  ></span>`;

/** The error box: what went wrong and a "Try again" button. */
export const errorTemplate = (message: string, retry: string, onRetry: () => void): TemplateResult =>
  html`<div part="error" class="error" role="alert">
    <p class="error-text">${message}</p>
    <button class="button secondary" type="button" @click=${onRetry}>${retry}</button>
  </div>`;

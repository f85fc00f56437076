import { html, nothing, unsafeCSS, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { avatarColor, initials } from './avatar.js';

/**
 * A person's small round picture in a list (commenters, likers): coloured initials, with the
 * image over them once it has loaded, so a missing or broken image never shows. The colour is an
 * SVG `fill` attribute, not a style attribute: strict CSP (`style-src 'self'`) allows it.
 * The size is the `--_fs` custom property of an ancestor (default 2.5rem); `px` sizes the image
 * request. Decorative (`aria-hidden`): the name is always written next to it.
 */
export function face(name: string, src: string | undefined, px: number, part = 'avatar'): TemplateResult {
  return html`<span part=${part} class="face" aria-hidden="true"
    ><svg viewBox="0 0 1 1" preserveAspectRatio="none"><rect width="1" height="1" fill=${avatarColor(name)}></rect></svg
    ><span>${initials(name)}</span>${
      src
        ? keyed(
            src,
            html`<img
              src=${src}
              alt=""
              width=${px}
              height=${px}
              loading="lazy"
              decoding="async"
              @load=${shown}
              @error=${gone}
            />`,
          )
        : nothing
    }</span
  >`;
}

function shown(event: Event): void {
  (event.target as Element).setAttribute('data-loaded', '');
}

function gone(event: Event): void {
  (event.target as Element).remove();
}

export const faceStyles = unsafeCSS(/* css */ `
  .face {
    position: relative;
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: var(--_fs, 2.5rem);
    block-size: var(--_fs, 2.5rem);
    border-radius: 50%;
    overflow: hidden;
    color: #fff;
    font-size: calc(var(--_fs, 2.5rem) * 0.4);
    font-weight: 600;
    line-height: 1;
    user-select: none;
  }
  .face svg,
  .face img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
  }
  .face span {
    position: relative;
  }
  .face img {
    object-fit: cover;
    opacity: 0;
  }
  .face [data-loaded] {
    opacity: 1;
  }
  @media (forced-colors: active) {
    .face {
      border: 1px solid CanvasText;
      color: CanvasText;
    }
    .face svg {
      display: none;
    }
  }
`);

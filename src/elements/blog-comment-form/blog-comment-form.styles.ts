import { unsafeCSS } from 'lit';

/**
 * `<blog-comment-form>` styles: native controls in the site's font, large enough to tap,
 * with errors in the danger colour next to their field. Logical properties only (RTL).
 */
export const formStyles = unsafeCSS(/* css */ `
  :host {
    --_fg: var(--blog-form-gap, var(--_space));
    line-height: 1.5;
  }
  .base {
    display: grid;
    gap: var(--_fg);
  }
  p {
    margin: 0;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
  }
  .heading {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    cursor: pointer;
    font-size: 0.875rem;
    text-decoration: underline;
  }
  .details {
    display: grid;
    gap: var(--_fg);
  }
  .intro,
  .hint,
  .req {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
    font-size: 0.9375rem;
  }
  .req {
    font-weight: 400;
  }
  input:not([type='checkbox']),
  textarea {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: var(--blog-form-input-border, 1px solid var(--_border));
    border-radius: var(--_radius);
    background: var(--blog-form-input-background, transparent);
    color: inherit;
    font: inherit;
  }
  textarea {
    display: block;
    min-block-size: 8rem;
    resize: vertical;
  }
  input:focus-visible,
  textarea:focus-visible {
    outline: var(--blog-focus-ring, 2px solid var(--_accent));
    outline-offset: 1px;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error,
  .bad {
    color: var(--_danger);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .check input {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0.2rem 0 0;
    accent-color: var(--_accent);
  }
  .check label {
    font-weight: 400;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .status:empty {
    display: none;
  }
  @media (forced-colors: active) {
    [aria-invalid='true'] {
      border: 2px solid CanvasText;
    }
  }
`);

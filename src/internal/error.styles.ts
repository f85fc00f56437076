/**
 * The library's filled button ("Post Comment", "Try again", "Close"), the danger colour and the
 * error box (its sentence and "Try again"), each with the colour token it needs. Plain CSS text,
 * not Lit's `css`: lazily loaded code adopts it with the first error box or dialog it renders
 * (`lazy-styles.ts`), so elements whose first render has neither do not carry it;
 * `<blog-comment-form>` includes the button and the danger colour in its own styles.
 */

export const buttonCss = /* css */ `
  :host {
    --_on-accent: var(--blog-color-on-accent, light-dark(#ffffff, #0a1b2e));
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.5rem;
    padding: 0.4rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    :host {
      --_on-accent: Canvas;
    }
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;

export const dangerCss = /* css */ `
  :host {
    --_danger: var(--blog-color-danger, light-dark(#b3261e, #ffb4ab));
  }
  @media (forced-colors: active) {
    :host {
      --_danger: CanvasText;
    }
  }
`;

export const errorCss = /* css */ `
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_text);
  }
  .error-text {
    margin: 0;
    flex: 1 1 16rem;
  }
`;

/** `<blog-article>`'s spacing around its error box, and the direction of its text taken from that text. */
export const articleErrorCss = /* css */ `
  .error {
    margin-block: var(--_gap);
  }
  .error-text {
    unicode-bidi: plaintext;
  }
`;

import { unsafeCSS } from 'lit';

/**
 * `<blog-comments>` styles needed before the thread loads: the heading, the list boxes and the
 * skeleton (same sizes as the comments, so nothing shifts). The thread's own styles load with it
 * (`thread.styles.ts`). Logical properties only (RTL); colours from the shared tokens.
 */
export const commentsStyles = unsafeCSS(/* css */ `
  :host {
    --_fs: var(--blog-comments-avatar-size, 2.5rem);
    --_cg: var(--blog-comments-gap, 1.5rem);
    --_in: var(--blog-comments-indent, 1.5rem);
    line-height: 1.6;
  }
  .heading {
    margin: 0 0 var(--_cg);
    font-family: var(--_heading-font);
    font-size: 1.375rem;
    line-height: 1.3;
  }
  .thread,
  .children {
    display: grid;
    gap: var(--_cg);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .head,
  .ghost {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  .respond {
    margin-block-start: calc(var(--_cg) * 1.5);
  }
  .lines {
    display: grid;
    flex: 1;
    gap: 0.5rem;
  }
  .lines i {
    block-size: 0.9em;
  }
  .skeleton.face {
    inline-size: var(--_fs);
    block-size: var(--_fs);
    border-radius: 50%;
    align-self: start;
  }
  .short {
    inline-size: 60%;
  }
`);

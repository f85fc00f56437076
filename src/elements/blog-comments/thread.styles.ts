import { unsafeCSS } from 'lit';

/** The thread's styles, adopted when the thread module loads: a quiet thread as under a WordPress.com post. */
export const threadStyles = unsafeCSS(/* css */ `
  .children {
    margin-block-start: var(--_cg);
    padding-inline-start: var(--_in);
    border-inline-start: var(--blog-comments-thread-line, 2px solid var(--_border));
  }
  @media (max-width: 30rem) {
    .children {
      padding-inline-start: calc(var(--_in) / 2);
    }
  }
  .card {
    /* WebKit's li { text-align: -webkit-match-parent } turns "start" into "right" on a right-to-left
       page, and an English comment (dir=auto) would inherit "right": keep each text's own start. */
    text-align: start;
    display: grid;
    gap: 0.5rem;
    border-radius: var(--_radius);
    scroll-margin-block: 2rem;
  }
  .card:focus-visible {
    outline: var(--blog-focus-ring, 2px solid var(--_accent));
    outline-offset: 4px;
  }
  .who {
    display: grid;
    justify-items: start;
    min-inline-size: 0;
    /* The name and the date link sit one above the other: 24px lines make each a 24px target
       (WCAG 2.5.8), which the 1.35 line height left them 2–6px short of. */
    line-height: 24px;
  }
  .author {
    font-weight: 600;
    unicode-bidi: plaintext;
  }
  .author a {
    color: inherit;
  }
  .date {
    color: var(--_muted);
    font-size: 0.8125rem;
    text-decoration: none;
  }
  .date:hover {
    text-decoration: underline;
  }
  .held {
    margin: 0;
    color: var(--_muted);
    font-style: italic;
    font-size: 0.875rem;
  }
  .content {
    overflow-wrap: anywhere;
  }
  .content > :first-child {
    margin-block-start: 0;
  }
  .content > :last-child {
    margin-block-end: 0;
  }
  .content p {
    margin-block: 0 0.75em;
  }
  .content blockquote {
    margin-inline: 0;
    padding-inline-start: 1rem;
    border-inline-start: 3px solid var(--_border);
  }
  .reply,
  .quiet {
    justify-self: start;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_accent);
    cursor: pointer;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .quiet {
    min-block-size: 2.5rem;
    padding: 0.4rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .reply:hover,
  .quiet:hover {
    text-decoration: underline;
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }
  .more {
    margin-block: var(--_cg) 0;
  }
  .error {
    margin-block: var(--_cg) 0;
  }
  slot[name='reply'] {
    display: block;
    margin-block-start: 1rem;
  }
  @media (forced-colors: active) {
    .reply,
    .quiet {
      color: LinkText;
    }
  }
`);

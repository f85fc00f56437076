import type { Identity } from '../data/source.js';

/*
 * The page's one sign-in as the package exports it: the seam for a page with its own sign-in,
 * and who is signed in. Both load the session code (session.ts) when first called, so pages that
 * never sign anyone in do not download it.
 */

/**
 * Tells every element on the page who the reader is — a page with its own sign-in (a static site
 * with Netlify Identity, Auth0, its own accounts…) — or that they signed out (`undefined`). The
 * form then shows "You are commenting using your {providerName} account. (Log Out / Change)",
 * skips the guest fields and puts `identity` in its `blog-comment-submit` events; `<blog-likes>`
 * puts it in `blog-like` events and shows the reader's face. Log Out on the form fires
 * `blog-sign-out` for the page to end its own session. Kept for this tab (sessionStorage).
 * Rejects with a TypeError when the identity has no `provider` or `name`; fires no event.
 */
export const setIdentity = (identity: Identity | undefined): Promise<void> =>
  import('./session.js').then((m) => m.setIdentity(identity));

/** Who the reader is on this page, if signed in (through a companion service or `setIdentity`). */
export const getIdentity = (): Promise<Identity | undefined> => import('./session.js').then((m) => m.getIdentity());

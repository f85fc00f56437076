import type { Identity } from '../data/source.js';

/**
 * `blog-sign-in`: the reader signed in (or changed account) with a provider from the form.
 * Bubbles and is composed, so a page listens on the document. Fired for what the reader does,
 * not for a session restored on reload or set with `setIdentity()`.
 */
export class BlogSignInEvent extends CustomEvent<{ readonly identity: Identity }> {
  static readonly eventName = 'blog-sign-in';
  constructor(identity: Identity) {
    super(BlogSignInEvent.eventName, { bubbles: true, composed: true, detail: { identity } });
  }
}

/**
 * `blog-sign-out`: the reader is no longer signed in — they pressed Log Out (`reason`
 * `logout`), or the service stopped accepting their session (`ended`: expired, revoked). A
 * page with its own sign-in (`setIdentity`) ends its own session when it hears `logout`.
 */
export class BlogSignOutEvent extends CustomEvent<{
  readonly identity: Identity;
  readonly reason: 'logout' | 'ended';
}> {
  static readonly eventName = 'blog-sign-out';
  constructor(identity: Identity, reason: 'logout' | 'ended') {
    super(BlogSignOutEvent.eventName, { bubbles: true, composed: true, detail: { identity, reason } });
  }
}

declare global {
  interface HTMLElementEventMap {
    'blog-sign-in': BlogSignInEvent;
    'blog-sign-out': BlogSignOutEvent;
  }
  interface DocumentEventMap {
    'blog-sign-in': BlogSignInEvent;
    'blog-sign-out': BlogSignOutEvent;
  }
}

import type { Identity } from '../data/source.js';

/**
 * The reader's sign-in, one per page (DESIGN.md §5): every element reads it and hears when it
 * changes, so signing in on the form also signs in the Like button, and Log Out ends it
 * everywhere. It lives in memory and in this tab's sessionStorage (a reload keeps it, a new tab
 * does not, and no cookie ever holds it, so it works with third-party cookies blocked).
 *
 * Two kinds of session share it: one a companion service made (`service` + `token`, from the
 * sign-in popup), and one the page set itself with `setIdentity()` — the seam for a static page
 * with its own sign-in. The store sits on `globalThis` under a registered symbol, so two copies
 * of the library on one page still share one session.
 */
export interface PageSession {
  readonly identity: Identity;
  /** The origin of the companion service whose token this is (none for a page's own identity). */
  readonly service?: string;
  /** The bearer token the service handed over (never stored anywhere but here and sessionStorage). */
  readonly token?: string;
  /** When the service will stop accepting the token (ms since 1970). */
  readonly expiresAt?: number;
}

/** Why a session ended: the reader logged out, or the service no longer accepts its token. */
export type SignOutReason = 'logout' | 'ended';

interface Store {
  session?: PageSession | null;
  readonly listeners: Set<(session: PageSession | undefined, reason?: SignOutReason) => void>;
}

/** The sessionStorage key, and the window event every change is announced with (for elements not listening yet). */
export const SESSION_KEY = 'blog-widgets:session';

const store = (): Store =>
  ((globalThis as Record<symbol, Store | undefined>)[Symbol.for(SESSION_KEY)] ??= { listeners: new Set() });

const http = (value: unknown): string | undefined =>
  typeof value === 'string' && /^https?:\/\//i.test(value) ? value : undefined;

/** An identity from anywhere (storage, a message, a page script), with only text and http(s) URLs kept. */
export function cleanIdentity(value: unknown): Identity | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { provider, providerName, name, avatar, link } = value as Record<string, unknown>;
  if (typeof name !== 'string' || !name.trim() || typeof provider !== 'string' || !provider.trim()) return undefined;
  const picture = http(avatar);
  const profile = http(link);
  return {
    provider: provider.trim(),
    ...(typeof providerName === 'string' && providerName.trim() ? { providerName: providerName.trim() } : {}),
    name: name.trim(),
    ...(picture ? { avatar: picture } : {}),
    ...(profile ? { link: profile } : {}),
  };
}

/** A stored session, checked: undefined when it is malformed or expired. */
function restore(): PageSession | undefined {
  let data: unknown;
  try {
    data = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null');
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { identity, service, token, expiresAt } = data as Record<string, unknown>;
  const who = cleanIdentity(identity);
  if (!who) return undefined;
  if (typeof expiresAt === 'number' && expiresAt <= Date.now()) return undefined;
  return {
    identity: who,
    ...(typeof service === 'string' && typeof token === 'string' ? { service, token } : {}),
    ...(typeof expiresAt === 'number' ? { expiresAt } : {}),
  };
}

/** The page's session, if the reader is signed in (restored from this tab's storage on first use). */
export function pageSession(): PageSession | undefined {
  const s = store();
  if (s.session === undefined) s.session = restore() ?? null;
  const session = s.session ?? undefined;
  if (session?.expiresAt !== undefined && session.expiresAt <= Date.now()) {
    setPageSession(undefined, 'ended');
    return undefined;
  }
  return session;
}

/** Signs the page in (a session) or out (undefined), keeps it for this tab, and tells every element. */
export function setPageSession(session: PageSession | undefined, reason?: SignOutReason): void {
  const s = store();
  s.session = session ?? null;
  try {
    if (session) sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    else sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Storage blocked: the session lasts until the page is left.
  }
  for (const listener of [...s.listeners]) listener(session, reason);
  // Elements whose sign-in code has not loaded yet hear it as a window event.
  dispatchEvent(new Event(SESSION_KEY));
}

/** Calls `listener` after every change of the page's session; returns the unsubscribe function. */
export function onSessionChange(
  listener: (session: PageSession | undefined, reason?: SignOutReason) => void,
): () => void {
  const { listeners } = store();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The token of the service at `origin`, when the page is signed in with it. */
export function serviceToken(origin: string): string | undefined {
  const session = pageSession();
  return session?.service === origin ? session.token : undefined;
}

/**
 * The seam for a page with its own sign-in (a static site with Netlify Identity, Auth0, its own
 * accounts…): tell the elements who the reader is, or `undefined` once they signed out. The
 * form then shows "You are commenting using your {provider} account." with Log Out / Change and
 * puts `identity` in its `blog-comment-submit` events; likes put it in `blog-like` events and
 * show the reader's face. Log Out on the form fires `blog-sign-out` for the page to end its own
 * session. Calling this fires no event (events are for what the reader does).
 */
export function setIdentity(identity: Identity | undefined): void {
  const who = identity && cleanIdentity(identity);
  if (identity && !who) throw new TypeError('setIdentity: an identity needs a `provider` and a `name`');
  setPageSession(who ? { identity: who } : undefined, who ? undefined : 'logout');
}

/** Who the reader is on this page, if signed in (through a service or `setIdentity`). */
export function getIdentity(): Identity | undefined {
  return pageSession()?.identity;
}

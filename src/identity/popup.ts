import type { SignInProvider } from '../data/source.js';
import { cleanIdentity, type PageSession } from './session.js';

/**
 * The sign-in popup (never a full-page redirect: the page and its draft stay as they are). It is
 * opened synchronously inside the click that asked for it, so browsers allow it; when one does
 * not, `open` says so at once. The popup walks the provider's pages and ends on the service,
 * which posts the result back. Only a message that comes from that popup, from the service's
 * origin, of our type and for this attempt is read; every other message is ignored.
 */

export type SignInFailure = 'blocked' | 'closed' | 'denied' | 'unreachable' | 'failed';

export interface SignInAttempt {
  /** Closes the popup and ends the attempt (no callback runs). */
  cancel(): void;
}

interface Handlers {
  done(session: PageSession): void;
  failed(reason: SignInFailure, message?: string): void;
}

/** A random id of the attempt, echoed by the service in its message. */
function requestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Popup size and place: centred over the page, the size providers' pages are made for. */
function features(): string {
  const width = 500;
  const height = 640;
  const left = Math.max(0, Math.round(screenX + (outerWidth - width) / 2));
  const top = Math.max(0, Math.round(screenY + (outerHeight - height) / 2));
  return `popup,width=${width},height=${height},left=${left},top=${top}`;
}

const FAILURES: Readonly<Record<string, SignInFailure>> = {
  access_denied: 'denied',
  provider_unreachable: 'unreachable',
};

/**
 * Opens `provider`'s sign-in popup. Call it from a click handler, before any `await`. `change`
 * asks the provider to offer another account.
 */
export function openSignIn(provider: SignInProvider, handlers: Handlers, change = false): SignInAttempt {
  const request = requestId();
  const start = new URL(provider.start);
  start.searchParams.set('origin', location.origin);
  start.searchParams.set('request', request);
  if (change) start.searchParams.set('change', '1');
  const service = start.origin;
  let popup: Window | null = null;
  try {
    popup = open(start.href, `blog-widgets-sign-in-${request}`, features());
  } catch {
    popup = null; // a sandboxed frame without allow-popups throws
  }
  let over = false;
  // A popup still between pages (the service's redirect to the provider) may miss close() in
  // Chromium, again and again while a busy machine is slow to answer: asked every 300 ms until it
  // is gone, for 15 s at most.
  const close = (tries = 50): void => {
    popup?.close();
    if (tries && popup && !popup.closed) setTimeout(() => close(tries - 1), 300);
  };
  const finish = (): void => {
    over = true;
    removeEventListener('message', onMessage);
    clearInterval(timer);
  };
  const onMessage = (event: MessageEvent): void => {
    if (over || event.origin !== service || event.source !== popup) return;
    const data = event.data as Record<string, unknown> | null;
    if (data?.type !== 'blog-widgets:sign-in' || data.request !== request) return;
    finish();
    close();
    const identity = cleanIdentity(data.identity);
    const expiresAt = typeof data.expiresAt === 'string' ? Date.parse(data.expiresAt) : NaN;
    if (identity && typeof data.token === 'string' && data.token) {
      handlers.done({
        identity,
        service,
        token: data.token,
        ...(Number.isNaN(expiresAt) ? {} : { expiresAt }),
      });
    } else {
      const code = typeof data.error === 'string' ? data.error : '';
      handlers.failed(FAILURES[code] ?? 'failed', typeof data.message === 'string' ? data.message : undefined);
    }
  };
  // Closed by the reader before the end: checked twice a second (a cross-origin popup sends no
  // event). A popup that posted its result and closed can be seen closed before its message is
  // delivered (another process, in Chromium): the message gets a second to arrive first.
  const timer = setInterval(() => {
    if (!over && popup?.closed) {
      clearInterval(timer);
      setTimeout(() => {
        if (over) return;
        finish();
        handlers.failed('closed');
      }, 1000);
    }
  }, 400);
  if (!popup) {
    finish();
    // Reported after the click's own work, like every other outcome.
    queueMicrotask(() => handlers.failed('blocked'));
  } else {
    addEventListener('message', onMessage);
    try {
      popup.focus();
    } catch {
      // not allowed: it opened in front anyway
    }
  }
  return {
    cancel() {
      if (over) return;
      finish();
      close();
    },
  };
}

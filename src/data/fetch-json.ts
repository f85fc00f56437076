import { LoadError } from './load-error.js';

export interface FetchJsonOptions {
  /** Aborts the request (an element disconnected or a new `src`). */
  readonly signal?: AbortSignal;
  /** Milliseconds before giving up with a `timeout` error (default 15 s). */
  readonly timeout?: number;
  readonly init?: RequestInit;
}

export interface JsonResponse<T> {
  readonly data: T;
  readonly headers: Headers;
  readonly status: number;
}

/** The host of a URL (relative ones resolved on the page) for messages; the text itself when it is no URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url, document.baseURI).host || url;
  } catch {
    return url;
  }
}

/**
 * `fetch` that turns every failure into a LoadError the user can read: 404/410, 5xx, a timeout,
 * an unreachable host, a CORS refusal (told apart from an unreachable host by a second,
 * opaque `no-cors` request that succeeds only when the server answered), HTML or broken JSON.
 * An abort from `signal` is rethrown as the platform's AbortError.
 */
export async function fetchJson<T = unknown>(url: string, options: FetchJsonOptions = {}): Promise<JsonResponse<T>> {
  const host = hostOf(url);
  const controller = new AbortController();
  const timeout = { fired: false };
  const timer = setTimeout(() => {
    timeout.fired = true;
    controller.abort();
  }, options.timeout ?? 15_000);
  const onAbort = (): void => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) controller.abort(); // aborted before we started: 'abort' never fires again
  try {
    let response: Response;
    try {
      // HeadersInit may be a Headers object or pairs, which an object spread would silently drop.
      const headers = new Headers(options.init?.headers);
      if (!headers.has('Accept')) headers.set('Accept', 'application/json');
      response = await fetch(url, { ...options.init, headers, signal: controller.signal });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (timeout.fired) throw new LoadError('timeout', host);
      throw new LoadError((await answersOpaquely(url)) ? 'cors' : 'unreachable', host);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new LoadError(timeout.fired ? 'timeout' : 'unreachable', host, response.status);
    }
    let data: unknown;
    let parsed = false;
    try {
      data = JSON.parse(text);
      parsed = true;
    } catch {
      data = undefined;
    }
    if (!response.ok) {
      const code =
        parsed && data && typeof data === 'object' && typeof (data as { code?: unknown }).code === 'string'
          ? (data as { code: string }).code
          : undefined;
      const status = response.status;
      const kind = status === 404 ? 'not-found' : status === 410 ? 'gone' : 'server';
      throw new LoadError(kind, host, status, undefined, code);
    }
    if (!parsed) throw new LoadError('not-json', host, response.status);
    return { data: data as T, headers: response.headers, status: response.status };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** True when the server answers a `no-cors` request: the earlier failure was CORS, not the network. */
async function answersOpaquely(url: string): Promise<boolean> {
  try {
    await fetch(url, { mode: 'no-cors', signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

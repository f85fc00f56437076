// Shared by the data-layer tests (test/data/*.test.ts).
import { WordPressSource } from '../../src/data/wordpress-source.js';
import { mockUrl } from '../support/env.js';

/**
 * A WordPressSource whose every request lands on one mock route: the `?rest_route=` form keeps
 * the route's own path and parameters (`status`, `body`, `X-WP-Total`…) and adds its own.
 */
export function mockSource(route: string, params: Record<string, string | number> = {}): WordPressSource {
  return new WordPressSource(mockUrl(route, { ...params, rest_route: '/' }));
}

/** A body for `/__mock/json?body=`. */
export const json = (value: unknown): string => JSON.stringify(value);

/** `value`, typed as an instance of `type`; fails when it is not one. */
export function instance<T>(value: unknown, type: abstract new (...args: never[]) => T): T {
  if (value instanceof type) return value;
  throw new Error(`expected a ${type.name}, got ${String(value)}`);
}

/** The error a promise rejects with (checked to be a `type`); fails when it resolves. */
export async function rejection<T = Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => T = Error as never,
): Promise<T> {
  try {
    await promise;
  } catch (error) {
    return instance(error, type);
  }
  throw new Error('expected a rejection');
}

export interface Recorded {
  readonly url: string;
  readonly init?: RequestInit | undefined;
  /** The parsed JSON answer, when there was one. */
  answer?: unknown;
}

/** Records every fetch (URL, init, JSON answer) until `restore()`. */
export function recordFetches(): { calls: Recorded[]; restore(): void } {
  const real = window.fetch;
  const calls: Recorded[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const call: Recorded = { url: input instanceof Request ? input.url : String(input), init };
    calls.push(call);
    const response = await real(input, init);
    if (init?.mode !== 'no-cors')
      call.answer = await response
        .clone()
        .json()
        .catch(() => undefined);
    return response;
  };
  return { calls, restore: () => (window.fetch = real) };
}

/** Collects console.warn messages until `restore()`. */
export function captureWarnings(): { messages: string[]; restore(): void } {
  const real = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = real) };
}

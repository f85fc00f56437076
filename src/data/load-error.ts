import type { StringKey } from '../i18n/types.js';

/**
 * The English of every load error travels with the code that can raise one: elements register
 * it with `addFallbackStrings` when this code arrives, or the error box of `internal/remote.ts`
 * falls back to it (this code loads lazily, and importing the i18n module from here would split
 * that module out of the elements' eager bundle).
 */
export { sharedStrings } from '../i18n/shared-strings.js';

/** Why a load failed, each with its own plain sentence in every language. */
export type LoadErrorKind =
  'not-found' | 'gone' | 'unreachable' | 'cors' | 'timeout' | 'server' | 'not-json' | 'invalid';

const messages: Record<LoadErrorKind, StringKey> = {
  'not-found': 'errorNotFound',
  gone: 'errorGone',
  unreachable: 'errorUnreachable',
  cors: 'errorCors',
  timeout: 'errorTimeout',
  server: 'errorServer',
  'not-json': 'errorNotJson',
  invalid: 'errorNotJson',
};

/** A failed load: `kind` picks the user-facing sentence, `host` and `status` fill it in. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
  constructor(
    readonly kind: LoadErrorKind,
    readonly host: string,
    readonly status = 0,
    /** A more specific string key than the kind's default (e.g. `errorNotPost`). */
    readonly messageKey: StringKey = messages[kind],
    /** The server's own error code, e.g. `rest_post_invalid_id`. */
    readonly code?: string,
  ) {
    super(`${kind} (${host}${status ? ` ${status}` : ''}${code ? ` ${code}` : ''})`);
  }

  /** Placeholder values for the message. */
  get vars(): Record<string, string | number> {
    return { host: this.host, status: this.status };
  }
}

/** Any thrown value as a LoadError, so elements always have a sentence to show. */
export function toLoadError(error: unknown, host: string): LoadError {
  if (error instanceof LoadError) return error;
  return new LoadError('invalid', host);
}

import type { StringKey } from '../i18n/types.js';
import { LoadError } from './load-error.js';

export { dataStrings } from '../i18n/data-strings.js';

/** Keys of the sentences a write error can show. */
export type MessageKey = StringKey;

/** Why a write (a comment, a like) failed; each kind has a plain sentence saying what to do. */
export type WriteErrorKind =
  | 'login-required'
  | 'author-data-required'
  | 'invalid'
  | 'too-long'
  | 'duplicate'
  | 'too-fast'
  | 'closed'
  | 'not-found'
  | 'forbidden'
  | 'unsupported'
  | 'unhandled'
  | 'network'
  | 'cors'
  | 'timeout'
  | 'server'
  | 'not-json';

/** The form field a write error is about, so the form can focus it and show the sentence there. */
export type CommentField = 'email' | 'name' | 'url' | 'content';

const messages: Record<WriteErrorKind, MessageKey> = {
  'login-required': 'errorLoginRequired',
  'author-data-required': 'errorNameEmailRequired',
  invalid: 'errorCommentInvalid',
  'too-long': 'errorTooLong',
  duplicate: 'errorDuplicate',
  'too-fast': 'errorTooFast',
  closed: 'errorCommentsClosed',
  'not-found': 'errorCommentPostMissing',
  forbidden: 'errorCommentForbidden',
  unsupported: 'errorLikesUnsupported',
  unhandled: 'errorNoBackend',
  network: 'errorUnreachable',
  cors: 'errorCors',
  timeout: 'errorTimeout',
  server: 'errorServer',
  'not-json': 'errorNotJson',
};

export interface WriteErrorOptions {
  readonly status?: number;
  /** A more specific sentence than the kind's default (e.g. `errorEmailInvalid`). */
  readonly messageKey?: MessageKey;
  readonly field?: CommentField;
  /** The server's own error code, e.g. `rest_comment_login_required`. */
  readonly code?: string;
  /** The server's own message (English, may hold HTML): for logs, never shown. */
  readonly serverMessage?: string;
  /**
   * A sentence the page itself supplies (a static-source host answering `respondWith`), in the
   * reader's language: shown as plain text instead of `messageKey`.
   */
  readonly text?: string;
  readonly cause?: unknown;
}

/**
 * A failed write: `kind` and `messageKey` pick the user-facing sentence, `host` and `status` fill
 * it in (`vars`), `field` names the form field at fault. `message` is for logs.
 *
 * After a `timeout` or `network` failure the comment may have arrived: WordPress answers a resend
 * with `duplicate`, which then means the first send succeeded.
 */
export class WriteError extends Error {
  override readonly name = 'WriteError';
  readonly status: number;
  readonly messageKey: MessageKey;
  readonly field?: CommentField | undefined;
  readonly code?: string | undefined;
  readonly serverMessage?: string | undefined;
  readonly text?: string | undefined;

  constructor(
    readonly kind: WriteErrorKind,
    readonly host: string,
    options: WriteErrorOptions = {},
  ) {
    const { status = 0, code, serverMessage } = options;
    const where = [host, status || '', code].filter(Boolean).join(' ');
    super(`${kind} (${where})${serverMessage ? `: ${serverMessage}` : ''}`, { cause: options.cause });
    this.status = status;
    this.messageKey = options.messageKey ?? messages[kind];
    this.field = options.field;
    this.code = code;
    this.serverMessage = serverMessage;
    this.text = options.text;
  }

  /** Placeholder values for the message. */
  get vars(): Record<string, string | number> {
    return { host: this.host, status: this.status };
  }
}

/** What the server said about a failed write: the HTTP status and, from a JSON body, its parts. */
export interface WriteFailure {
  readonly status: number;
  readonly code?: string | undefined;
  readonly message?: string | undefined;
  /** WordPress' `data.params` of `rest_invalid_param`: parameter name → problem. */
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}

/** The guest details that were sent, to tell which one WordPress found missing. */
export interface SentDetails {
  readonly name?: string | undefined;
  readonly email?: string | undefined;
}

/** WordPress comment parameters → our form fields, in the order of the form. */
const FIELDS: readonly (readonly [string, CommentField])[] = [
  ['author_email', 'email'],
  ['author_name', 'name'],
  ['author_url', 'url'],
  ['content', 'content'],
];

/**
 * WordPress' codes for creating a comment (`WP_REST_Comments_Controller`, 6.1) → kinds. Codes
 * not listed fall back to the HTTP status.
 */
const CODES: Readonly<Record<string, WriteErrorKind>> = {
  rest_comment_login_required: 'login-required',
  rest_comment_author_data_required: 'author-data-required',
  rest_invalid_param: 'invalid',
  rest_missing_callback_param: 'invalid',
  rest_comment_content_invalid: 'invalid',
  rest_comment_author_invalid: 'invalid',
  rest_invalid_comment_type: 'invalid',
  comment_duplicate: 'duplicate', // 409
  comment_flood: 'too-fast', // 400 over REST (429 from wp-comments-post.php)
  rest_comment_closed: 'closed',
  rest_comment_draft_post: 'closed',
  rest_comment_trash_post: 'closed',
  rest_cannot_read_post: 'closed',
  rest_comment_invalid_post_id: 'not-found',
  rest_post_invalid_id: 'not-found',
  rest_no_route: 'not-found',
  rest_cannot_create: 'forbidden',
  rest_forbidden: 'forbidden',
  rest_comment_invalid_author: 'forbidden',
  rest_comment_invalid_author_ip: 'forbidden',
  rest_comment_invalid_status: 'forbidden',
  rest_comment_failed_create: 'server',
  comment_author_column_length: 'too-long',
  comment_author_email_column_length: 'too-long',
  comment_author_url_column_length: 'too-long',
  comment_content_column_length: 'too-long',
};

/** A table's own entry for a server's code (never `constructor` or another inherited name). */
const lookup = <T>(table: Readonly<Record<string, T>>, code = ''): T | undefined =>
  Object.hasOwn(table, code) ? table[code] : undefined;

/** The field each `…_column_length` code is about. */
const COLUMNS: Readonly<Record<string, CommentField>> = {
  comment_author_column_length: 'name',
  comment_author_email_column_length: 'email',
  comment_author_url_column_length: 'url',
  comment_content_column_length: 'content',
};

function kindOfStatus(status: number): WriteErrorKind {
  if (status === 401) return 'login-required';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'duplicate';
  if (status === 429) return 'too-fast';
  if (status === 400 || status === 422) return 'invalid';
  return 'server';
}

/** Sentence and field of an error WordPress raised about one of the comment's fields. */
function fieldError(
  kind: WriteErrorKind,
  failure: WriteFailure,
  sent: SentDetails,
): Pick<WriteErrorOptions, 'field' | 'messageKey'> {
  const code = failure.code ?? '';
  if (kind === 'author-data-required') {
    const noName = !sent.name?.trim();
    const noEmail = !sent.email?.trim();
    if (noEmail && !noName) return { field: 'email', messageKey: 'errorEmailRequired' };
    if (noName && !noEmail) return { field: 'name', messageKey: 'errorNameRequired' };
    return noEmail ? { field: 'email' } : {};
  }
  const column = lookup(COLUMNS, code);
  if (column) return { field: column };
  if (code === 'rest_comment_content_invalid') return { field: 'content', messageKey: 'errorContentEmpty' };
  if (kind !== 'invalid') return {};
  const field = FIELDS.find(([name]) => failure.params && name in failure.params)?.[1];
  if (field === 'email') return { field, messageKey: 'errorEmailInvalid' };
  if (field === 'url') return { field, messageKey: 'errorUrlInvalid' };
  return field ? { field } : {};
}

/** A write the server refused (any HTTP status ≥ 400, or an enveloped one) → WriteError. */
export function writeErrorFrom(failure: WriteFailure, host: string, sent: SentDetails = {}): WriteError {
  const { status, code } = failure;
  const kind = lookup(CODES, code) ?? kindOfStatus(status);
  return new WriteError(kind, host, {
    status,
    code,
    serverMessage: failure.message,
    ...fieldError(kind, failure, sent),
  });
}

/**
 * A LoadError from `fetchJson` (a POST that failed) → WriteError: transport failures keep their
 * kind (`unreachable` → `network`), HTTP errors map through their status and WordPress code.
 */
export function toWriteError(error: unknown, host: string, sent?: SentDetails): WriteError {
  if (error instanceof WriteError) return error;
  // A page's own refusal (static source): `{ text: 'Links are not allowed here.', field: 'content' }`.
  const given = error as { text?: unknown; field?: unknown } | null;
  if (typeof given?.text === 'string' && given.text.trim()) {
    const field = FIELDS.find(([, f]) => f === given.field)?.[1];
    return new WriteError('invalid', host, { text: given.text.trim(), ...(field ? { field } : {}), cause: error });
  }
  if (!(error instanceof LoadError))
    return new WriteError('server', host, { messageKey: 'errorNotSaved', cause: error });
  switch (error.kind) {
    case 'unreachable':
      return new WriteError('network', error.host, { cause: error });
    case 'cors':
    case 'timeout':
      return new WriteError(error.kind, error.host, { cause: error });
    case 'not-json':
    case 'invalid':
      return new WriteError('not-json', error.host, { status: error.status, cause: error });
    default:
      return writeErrorFrom({ status: error.status, code: error.code }, error.host, sent);
  }
}

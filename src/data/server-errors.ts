import { LoadError } from './load-error.js';
import {
  toWriteError,
  WriteError,
  type CommentField,
  type MessageKey,
  type SentDetails,
  type WriteErrorKind,
} from './write-error.js';

/*
 * The companion service's error codes (server/src: `{ code, message, field, statusCode }`) →
 * the plain-sentence WriteError and LoadError kinds every element already shows. The codes are
 * specific (`email_invalid`, `content_too_long`), so the code alone names the field and the
 * sentence; a code this table does not know falls back to its HTTP status.
 */

type Mapping = readonly [WriteErrorKind, CommentField?, MessageKey?];

const WRITE: Readonly<Record<string, Mapping>> = {
  content_required: ['invalid', 'content', 'errorContentEmpty'],
  content_too_long: ['too-long', 'content'],
  content_invalid: ['invalid', 'content'],
  email_required: ['author-data-required', 'email', 'errorEmailRequired'],
  email_invalid: ['invalid', 'email', 'errorEmailInvalid'],
  email_too_long: ['too-long', 'email'],
  name_required: ['author-data-required', 'name', 'errorNameRequired'],
  name_too_long: ['too-long', 'name'],
  name_invalid: ['invalid', 'name'],
  website_invalid: ['invalid', 'url', 'errorUrlInvalid'],
  website_too_long: ['too-long', 'url'],
  body_too_large: ['too-long', 'content'],
  duplicate_comment: ['duplicate'],
  rate_limited: ['too-fast'],
  like_limit: ['too-fast', undefined, 'errorLikeLimit'],
  comments_closed: ['closed'],
  banned: ['forbidden'],
  origin_not_allowed: ['forbidden'],
  session_required: ['forbidden'],
  // A signed-in session that ended (logged out elsewhere, expired): sign in again; the draft stays.
  session_ended: ['login-required', undefined, 'errorSessionEnded'],
  unknown_post: ['not-found'],
  unknown_site: ['not-found', undefined, 'errorServiceSiteUnknown'],
  parent_not_found: ['invalid', undefined, 'errorReplyParentMissing'],
  parent_invalid: ['invalid', undefined, 'errorReplyParentMissing'],
  invalid_utf8: ['invalid'],
  invalid_json: ['invalid'],
  invalid_request: ['invalid'],
  unsupported_media_type: ['invalid'],
};

const own = <T>(table: Readonly<Record<string, T>>, code = ''): T | undefined =>
  Object.hasOwn(table, code) ? table[code] : undefined;

/** A failed write (a LoadError from fetchJson, or anything else) → WriteError. */
export function serviceWriteError(error: unknown, host: string, sent?: SentDetails): WriteError {
  if (error instanceof LoadError && error.status >= 400) {
    const mapping = own(WRITE, error.code);
    if (mapping) {
      const [kind, field, messageKey] = mapping;
      return new WriteError(kind, host, {
        status: error.status,
        ...(error.code ? { code: error.code } : {}),
        ...(field ? { field } : {}),
        ...(messageKey ? { messageKey } : {}),
        cause: error,
      });
    }
  }
  return toWriteError(error, host, sent);
}

/** A failed read: the service's "no such site" gets its own sentence; the rest stays as fetchJson made it. */
export function serviceLoadError(error: unknown): unknown {
  if (error instanceof LoadError && error.code === 'unknown_site') {
    return new LoadError('not-found', error.host, error.status, 'errorServiceSiteUnknown', error.code);
  }
  return error;
}

import type { Config } from './config.js';
import { ApiError } from './errors.js';

/*
 * Checks and tidies what a reader typed, field by field, with a specific code for each problem
 * (`email_invalid`, `content_too_long`…), so a client can show the sentence next to the field.
 * Text is stored as text: HTML stays literal characters and is never interpreted here.
 */

type Limits = Config['limits'];

/** NUL cannot be stored by PostgreSQL; lone surrogates are not Unicode. */
const badText = (text: string): boolean => text.includes('\u0000') || !text.isWellFormed();
/** C0/C1 control characters other than tab and newline: never part of a name or address. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Length in code points, as people count characters (and as the limits are documented). */
// eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points are what is counted
const length = (text: string): number => [...text].length;

export const isEmail = (value: string): boolean => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);

/** An http(s) URL, normalized, or undefined when it is not one. Bare `example.com` gets `https://`. */
export function httpUrl(value: string): string | undefined {
  const text = value.trim();
  if (!text) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    if (!/^https?:$/.test(url.protocol) || (!url.hostname.includes('.') && url.hostname !== 'localhost'))
      return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

function text(value: string | undefined, field: string, max: number, { multiline = false } = {}): string {
  let out = (value ?? '').replace(/\r\n?/g, '\n');
  out = multiline ? out.replace(/\s+$/, '').replace(/^\n+/, '') : out.trim();
  if (badText(out) || (!multiline && CONTROL.test(out))) {
    throw new ApiError(400, `${field}_invalid`, `"${field}" holds characters that are not text.`, field);
  }
  if (length(out) > max) {
    throw new ApiError(400, `${field}_too_long`, `"${field}" is longer than ${max} characters.`, field);
  }
  return out;
}

export interface CommentFields {
  readonly content: string;
  readonly name: string;
  readonly email: string | null;
  readonly website: string | null;
}

export interface RawComment {
  readonly content?: string | undefined;
  readonly name?: string | undefined;
  readonly email?: string | undefined;
  readonly website?: string | undefined;
}

/** The comment's text: required, at most `contentChars` characters, line ends as `\n`. */
export function commentContent(value: string | undefined, limits: Limits): string {
  const content = text(value, 'content', limits.contentChars, { multiline: true });
  if (!content.trim()) throw new ApiError(400, 'content_required', 'Write a comment before sending it.', 'content');
  return content;
}

/** A guest's name, email (lower-cased) and website, checked in the order of the form. */
export function guestDetails(raw: RawComment, limits: Limits): Omit<CommentFields, 'content'> {
  const email = text(raw.email, 'email', limits.emailChars).toLowerCase();
  const name = text(raw.name, 'name', limits.nameChars);
  if (!email) throw new ApiError(400, 'email_required', 'An email address is required to comment.', 'email');
  if (!isEmail(email)) throw new ApiError(400, 'email_invalid', `"${email}" is not an email address.`, 'email');
  if (!name) throw new ApiError(400, 'name_required', 'A name is required to comment.', 'name');
  const given = text(raw.website, 'website', limits.urlChars);
  const website = given ? httpUrl(given) : null;
  if (website === undefined) {
    throw new ApiError(400, 'website_invalid', 'The website must be an http(s) address.', 'website');
  }
  if (website && length(website) > limits.urlChars) {
    throw new ApiError(400, 'website_too_long', `"website" is longer than ${limits.urlChars} characters.`, 'website');
  }
  return { name, email, website };
}

/** A guest's whole comment: the text first, then the details. */
export function commentFields(raw: RawComment, limits: Limits): CommentFields {
  return { content: commentContent(raw.content, limits), ...guestDetails(raw, limits) };
}

/** A post id as the page gives it: short text without controls. */
export function postId(value: string): string {
  const id = value.trim();
  if (!id || length(id) > 200 || badText(id) || CONTROL.test(id)) {
    throw new ApiError(400, 'post_invalid', '"post" must be a post id of 1 to 200 characters.', 'post');
  }
  return id;
}

/** A post's canonical URL, without its #fragment. */
export function postUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ApiError(
      400,
      'postUrl_invalid',
      '"postUrl" must be the absolute http(s) address of the post.',
      'postUrl',
    );
  }
  if (!/^https?:$/.test(url.protocol) || value.length > 2000) {
    throw new ApiError(
      400,
      'postUrl_invalid',
      '"postUrl" must be the absolute http(s) address of the post.',
      'postUrl',
    );
  }
  url.hash = '';
  return url;
}

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../db.js';
import { ApiError } from '../errors.js';

/*
 * Sessions: an opaque random token held by the browser (sent as `Authorization: Bearer …`),
 * stored only as its SHA-256, tied to an identity, with an expiry, revocable. A guest token
 * (identity provider `guest`) is how a reader without an account likes a post once and sees
 * their own held comments; sign-in (issue 5) adds identities of other providers and hands out
 * the same kind of token, so every route checks one thing: `authenticate`.
 */

export interface Viewer {
  readonly identity: number;
  readonly provider: string;
  readonly name: string | null;
  readonly avatar: string | null;
  readonly profileUrl: string | null;
  readonly expiresAt: number;
}

const TOKEN = /^bw_[A-Za-z0-9_-]{43}$/;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The session a token belongs to, if it is live: known, not revoked, not expired. */
export async function authenticate(db: Db, token: string, now = Date.now()): Promise<Viewer | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('identities', 'identities.id', 'sessions.identity_id')
    .select([
      'identities.id as identity',
      'identities.provider',
      'identities.name',
      'identities.avatar',
      'identities.profile_url',
      'sessions.expires_at',
    ])
    .where('sessions.token_hash', '=', hashToken(token))
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    identity: row.identity,
    provider: row.provider,
    name: row.name,
    avatar: row.avatar,
    profileUrl: row.profile_url,
    expiresAt: row.expires_at,
  };
}

/**
 * The provider of a token's session when it is known but no longer live (logged out, expired):
 * a write with a signed-in session that ended is refused rather than done as a guest.
 */
export async function endedSession(db: Db, token: string): Promise<string | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('identities', 'identities.id', 'sessions.identity_id')
    .select('identities.provider')
    .where('sessions.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  return row?.provider;
}

/** A new session for an identity: the token (shown once, never stored) and its expiry. */
export async function createSession(
  db: Db,
  identity: number,
  lifetimeMs: number,
  ip: string | null,
): Promise<{ token: string; expiresAt: number }> {
  const token = `bw_${randomBytes(32).toString('base64url')}`;
  const now = Date.now();
  const expiresAt = now + lifetimeMs;
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      identity_id: identity,
      created_at: now,
      expires_at: expiresAt,
      revoked_at: null,
      ip,
    })
    .execute();
  return { token, expiresAt };
}

/**
 * A guest identity and its token. One IP gets at most `perHour` of them an hour, so clearing
 * storage to like a post again runs into that (and into the per-IP like cap).
 */
export async function issueGuest(
  db: Db,
  ip: string,
  { perHour, days }: { perHour: number; days: number },
): Promise<{ token: string; expiresAt: number }> {
  const now = Date.now();
  const recent = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ip', '=', ip)
    .where('created_at', '>', now - 3_600_000)
    .executeTakeFirst();
  if ((recent?.n ?? 0) >= perHour) {
    throw new ApiError(429, 'rate_limited', 'Too many guest sessions from this address; try again later.', undefined, {
      'Retry-After': '3600',
    });
  }
  const identity = await db
    .insertInto('identities')
    .values({
      provider: 'guest',
      subject: randomUUID(),
      name: null,
      avatar: null,
      profile_url: null,
      email: null,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return createSession(db, identity.id, days * 86_400_000, ip);
}

/** Ends a session at once (logout); later requests with its token are anonymous. */
export async function revokeSession(db: Db, token: string): Promise<boolean> {
  if (!TOKEN.test(token)) return false;
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: Date.now() })
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

import { createHash, randomBytes } from 'node:crypto';
import * as oidc from 'openid-client';
import type { Db } from '../db.js';
import type { Sites } from '../sites.js';
import { createSession } from '../store/sessions.js';
import { ProviderClient, SignInError, signInError } from './client.js';
import type { AuthConfig, ProviderConfig } from './config.js';
import type { Profile } from './presets.js';

/*
 * One sign-in, from the popup's first request to the token handed to the page:
 *
 * 1. start: the page (an allow-listed origin) opens /auth/<id>/start?origin=…&request=… in a
 *    popup. A row holds the PKCE verifier, the nonce, the origin and the hash of a random value
 *    set as a cookie of the popup (first-party: the popup is a top-level window of the
 *    service), under the hash of a fresh `state`. The popup goes to the provider.
 * 2. finish: the provider sends the popup back with `code` and `state`. The row is taken (and
 *    deleted, so a replayed `state` finds nothing), the cookie must match, openid-client
 *    exchanges the code and verifies the ID token, the identity is stored, and a session token
 *    is made for the page, which the popup hands over with postMessage to that origin only.
 */

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const random = (): string => randomBytes(32).toString('base64url');

/** The cookie that ties a sign-in to the browser that started it (one per sign-in). */
export const cookieName = (state: string): string => `bw_signin_${sha256(state).slice(0, 16)}`;

/** The page's id of an attempt: what it can send, echoed back in the message. */
const REQUEST = /^[A-Za-z0-9_-]{8,64}$/;

export interface Started {
  readonly url: URL;
  readonly cookie: { readonly name: string; readonly value: string; readonly maxAge: number };
}

export interface Finished {
  readonly origin: string;
  readonly request: string;
  readonly token: string;
  readonly expiresAt: number;
  readonly identity: { provider: string; providerName: string; name: string; avatar?: string; link?: string };
}

/** Where a sign-in that failed after its row was found reports to: that page, that attempt. */
export class FinishError extends SignInError {
  constructor(
    error: SignInError,
    readonly origin: string,
    readonly request: string,
  ) {
    super(error.code, error.message, error.status);
  }
}

/** The identity of (provider, subject), created or brought up to date. Emails only verified ones. */
export async function upsertIdentity(db: Db, provider: string, profile: Profile): Promise<number> {
  const values = {
    name: profile.name,
    avatar: profile.avatar,
    profile_url: profile.profileUrl,
    email: profile.email,
  };
  const row = await db
    .insertInto('identities')
    .values({ provider, subject: profile.subject, ...values, created_at: Date.now() })
    .onConflict((oc) => oc.columns(['provider', 'subject']).doUpdateSet(values))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export class SignIns {
  private readonly clients = new Map<string, ProviderClient>();

  constructor(
    private readonly db: Db,
    private readonly auth: AuthConfig,
    private readonly sites: Sites,
  ) {
    for (const provider of auth.providers) this.clients.set(provider.id, new ProviderClient(provider));
  }

  get providers(): readonly ProviderConfig[] {
    return this.auth.providers;
  }

  provider(id: string): ProviderClient {
    const client = this.clients.get(id);
    if (!client) throw new SignInError('provider_unknown', `This service offers no sign-in called "${id}".`, 404);
    return client;
  }

  /** Checks the request and sends the popup on to the provider. */
  async start(
    id: string,
    query: { origin?: string; request?: string; change?: string; login_hint?: string },
    redirectUri: string,
  ): Promise<Started> {
    const client = this.provider(id);
    const origin = query.origin ?? '';
    if (!origin || !this.sites.allows(origin) || origin !== safeOrigin(origin)) {
      throw new SignInError(
        'origin_not_allowed',
        origin
          ? `Pages on ${origin} may not sign in through this service.`
          : 'The page that asked did not say where it is.',
        403,
      );
    }
    if (!REQUEST.test(query.request ?? '')) {
      throw new SignInError('request_invalid', 'This sign-in link is incomplete: open it from the comment form.');
    }
    const state = random();
    const nonce = random();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const browser = random();
    const now = Date.now();
    const lifetime = this.auth.signInMinutes * 60_000;
    let url: URL;
    try {
      url = await client.authorizationUrl({
        redirectUri,
        state,
        nonce,
        codeVerifier,
        prompt: query.change === '1' ? client.provider.changePrompt : undefined,
        loginHint: query.login_hint?.slice(0, 200) ?? undefined,
      });
    } catch (error) {
      // The page is known by now: it is told (the provider is down, its discovery is broken).
      throw new FinishError(signInError(client.provider, error), origin, query.request ?? '');
    }
    await this.db.deleteFrom('sign_ins').where('expires_at', '<', now).execute();
    await this.db
      .insertInto('sign_ins')
      .values({
        state_hash: sha256(state),
        provider: id,
        origin,
        request: query.request ?? '',
        code_verifier: codeVerifier,
        nonce,
        browser_hash: sha256(browser),
        created_at: now,
        expires_at: now + lifetime,
      })
      .execute();
    return { url, cookie: { name: cookieName(state), value: browser, maxAge: lifetime / 1000 } };
  }

  /**
   * The provider sent the popup back: `current` is the callback's URL (or its Request, for a
   * form_post), `cookies` the popup's cookies. Resolves with the session for the page.
   */
  async finish(
    id: string,
    current: URL | Request,
    params: URLSearchParams,
    cookies: Readonly<Record<string, string | undefined>>,
    ip: string,
  ): Promise<Finished> {
    const client = this.provider(id);
    const state = params.get('state');
    if (!state) {
      const error = params.get('error');
      const name = client.provider.name;
      if (error === 'access_denied') {
        throw new SignInError('access_denied', `${name} did not sign you in: the sign-in was declined.`, 403);
      }
      if (error) throw new SignInError('provider_error', `${name} refused the sign-in (${error.slice(0, 100)}).`, 502);
      throw new SignInError(
        'state_missing',
        'The answer from the provider carries no state: the sign-in was not finished.',
      );
    }
    // Taken once: a second callback with the same state finds no row.
    const row = await this.db
      .deleteFrom('sign_ins')
      .where('state_hash', '=', sha256(state))
      .returningAll()
      .executeTakeFirst();
    if (!row || row.expires_at < Date.now() || row.provider !== id) {
      throw new SignInError(
        'state_unknown',
        'This sign-in link was already used or has expired. Close this window and sign in again from the page.',
      );
    }
    const fail = (error: unknown): FinishError =>
      new FinishError(signInError(client.provider, error), row.origin, row.request);
    const browser = cookies[cookieName(state)];
    if (!browser || sha256(browser) !== row.browser_hash) {
      throw fail(
        new SignInError(
          'browser_mismatch',
          'This sign-in was started in another browser (or its cookie was blocked), so it was not finished here.',
        ),
      );
    }
    let profile: Profile;
    try {
      profile = await client.finish(
        current,
        { state, nonce: row.nonce, codeVerifier: row.code_verifier },
        params.get('user') ?? undefined,
      );
    } catch (error) {
      throw fail(error);
    }
    const provider = client.provider;
    const identity = await upsertIdentity(this.db, provider.id, profile);
    const name = profile.name ?? `${provider.name} user`;
    if (!profile.name) await this.db.updateTable('identities').set({ name }).where('id', '=', identity).execute();
    const session = await createSession(this.db, identity, this.auth.sessionHours * 3_600_000, ip);
    return {
      origin: row.origin,
      request: row.request,
      token: session.token,
      expiresAt: session.expiresAt,
      identity: {
        provider: provider.id,
        providerName: provider.name,
        name,
        ...(profile.avatar ? { avatar: profile.avatar } : {}),
        ...(profile.profileUrl ? { link: profile.profileUrl } : {}),
      },
    };
  }
}

/** The origin as browsers write it (`https://blog.example`), or '' for anything else. */
function safeOrigin(text: string): string {
  try {
    const url = new URL(text);
    return /^https?:$/.test(url.protocol) ? url.origin : '';
  } catch {
    return '';
  }
}

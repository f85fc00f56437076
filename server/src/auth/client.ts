import { importPKCS8, SignJWT } from 'jose';
import * as oidc from 'openid-client';

/* eslint-disable @typescript-eslint/no-deprecated -- allowInsecureRequests: for providers on 127.0.0.1 only (`insecure`) */
import type { ProviderConfig } from './config.js';
import { oidcProfile, ProfileError, type Json, type Profile } from './presets.js';

/*
 * The OAuth 2.0 / OpenID Connect client side of sign-in, through openid-client (a certified
 * relying party library): discovery, the authorization URL with PKCE (S256), `state` and
 * `nonce`, the code exchange, and the ID token's checks — signature against the provider's
 * keys, issuer, audience, expiry, issued-at, nonce — before any claim is read.
 */

/** Why a sign-in failed, as a stable code (the widgets show their own sentence for each). */
export type SignInErrorCode =
  | 'provider_unknown'
  | 'request_invalid'
  | 'origin_not_allowed'
  | 'state_missing'
  | 'state_unknown'
  | 'browser_mismatch'
  | 'access_denied'
  | 'provider_error'
  | 'provider_unreachable'
  | 'token_invalid'
  | 'profile_invalid';

export class SignInError extends Error {
  override readonly name = 'SignInError';
  constructor(
    readonly code: SignInErrorCode,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;
/** http:// is allowed only for providers on this machine (the demo provider, the tests' stand-ins). */
const insecure = (url: string | undefined): boolean => {
  if (!url) return false;
  const parsed = new URL(url);
  return parsed.protocol === 'http:' && LOOPBACK.test(parsed.hostname);
};

/** A network failure, a timeout or a provider answering 5xx: it is down, not wrong. */
function unreachable(error: unknown): boolean {
  const e = error as { cause?: unknown; status?: number; name?: string };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return true;
  if (error instanceof TypeError && /fetch failed/i.test(error.message)) return true;
  const status = e.cause instanceof Response ? e.cause.status : e.status;
  return (status ?? 0) >= 500;
}

/** Any error of the provider round trip → a SignInError with a sentence for the popup. */
export function signInError(provider: ProviderConfig, error: unknown): SignInError {
  if (error instanceof SignInError) return error;
  if (error instanceof ProfileError) {
    return new SignInError('profile_invalid', `${provider.name} did not say who you are (${error.message}).`, 502);
  }
  if (error instanceof oidc.AuthorizationResponseError) {
    return error.error === 'access_denied'
      ? new SignInError('access_denied', `${provider.name} did not sign you in: the sign-in was declined.`, 403)
      : new SignInError('provider_error', `${provider.name} refused the sign-in (${error.error}).`, 502);
  }
  if (unreachable(error)) {
    return new SignInError('provider_unreachable', `${provider.name} could not be reached. Try again later.`, 502);
  }
  if (error instanceof oidc.ResponseBodyError) {
    return new SignInError('provider_error', `${provider.name} refused the sign-in (${error.error}).`, 502);
  }
  // openid-client's message is general; the one of its cause (oauth4webapi) names the check.
  const { cause, code = '' } = error as { cause?: unknown; code?: string };
  const detail = cause instanceof Error ? cause.message : (error as Error).message;
  if (/JWT|JWS|JWK|ID Token|id_token|signature|nonce/i.test(`${code} ${detail}`)) {
    return new SignInError(
      'token_invalid',
      `${provider.name}'s ID token failed verification (${detail}). You were not signed in.`,
      502,
    );
  }
  return new SignInError('provider_error', `Signing in with ${provider.name} failed: ${detail}`, 502);
}

/** A provider's openid-client configuration: discovered once (again after a failure). */
export class ProviderClient {
  private configuration?: Promise<oidc.Configuration>;

  constructor(readonly provider: ProviderConfig) {}

  private auth(secret: string): oidc.ClientAuth {
    return this.provider.tokenAuth === 'client_secret_post'
      ? oidc.ClientSecretPost(secret)
      : oidc.ClientSecretBasic(secret);
  }

  /** Sign in with Apple's client secret: a short JWT signed with the team's key (ES256). */
  private async appleSecret(): Promise<string> {
    const { apple, clientId, issuer } = this.provider;
    if (!apple) throw new SignInError('provider_error', 'Sign in with Apple is missing its key.', 500);
    const key = await importPKCS8(apple.privateKey, 'ES256');
    return new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: apple.keyId })
      .setIssuer(apple.teamId)
      .setSubject(clientId)
      .setAudience(issuer ?? 'https://appleid.apple.com')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);
  }

  private async load(): Promise<oidc.Configuration> {
    const p = this.provider;
    const secret = p.apple ? await this.appleSecret() : (p.clientSecret ?? '');
    const metadata: Partial<oidc.ClientMetadata> = {};
    let config: oidc.Configuration;
    if (p.issuer) {
      config = await oidc.discovery(new URL(p.issuer), p.clientId, metadata, this.auth(secret), {
        ...(insecure(p.issuer) ? { execute: [oidc.allowInsecureRequests] } : {}),
        timeout: 10,
      });
      // Verify the ID token's signature even though it came straight from the token endpoint.
      oidc.enableNonRepudiationChecks(config);
    } else {
      const server: oidc.ServerMetadata = {
        issuer: new URL(p.authorizationUrl ?? '').origin,
        authorization_endpoint: p.authorizationUrl,
        token_endpoint: p.tokenUrl,
      };
      config = new oidc.Configuration(server, p.clientId, metadata, this.auth(secret));
      if (insecure(p.tokenUrl)) oidc.allowInsecureRequests(config);
    }
    config.timeout = 10;
    return config;
  }

  /** The configuration, discovered on first use; a failed discovery is tried again next time. */
  config(): Promise<oidc.Configuration> {
    if (!this.configuration) {
      this.configuration = this.load();
      this.configuration.catch(() => (this.configuration = undefined));
    }
    return this.configuration;
  }

  get isOidc(): boolean {
    return Boolean(this.provider.issuer);
  }

  /** The provider's authorization URL for one sign-in (PKCE S256, state, nonce). */
  async authorizationUrl(options: {
    redirectUri: string;
    state: string;
    nonce: string;
    codeVerifier: string;
    prompt?: string | undefined;
    loginHint?: string | undefined;
  }): Promise<URL> {
    const config = await this.config();
    const params: Record<string, string> = {
      redirect_uri: options.redirectUri,
      scope: this.provider.scope,
      state: options.state,
      code_challenge: await oidc.calculatePKCECodeChallenge(options.codeVerifier),
      code_challenge_method: 'S256',
    };
    if (this.isOidc) params.nonce = options.nonce;
    if (this.provider.responseMode) params.response_mode = this.provider.responseMode;
    if (options.prompt) params.prompt = options.prompt;
    if (options.loginHint) params.login_hint = options.loginHint;
    return oidc.buildAuthorizationUrl(config, params);
  }

  /**
   * Exchanges the code of the callback (`current`: its URL, or the Request of a form_post) and
   * returns who signed in. Every check of openid-client runs: state, PKCE verifier, the `iss`
   * of the answer, and for OpenID Connect the whole ID token.
   */
  async finish(
    current: URL | Request,
    checks: { state: string; nonce: string; codeVerifier: string },
    formUser?: string,
  ): Promise<Profile> {
    let config = await this.config();
    if (this.provider.apple) {
      // A fresh client secret: Apple's expires.
      config = new oidc.Configuration(
        config.serverMetadata(),
        this.provider.clientId,
        {},
        this.auth(await this.appleSecret()),
      );
      config.timeout = 10;
      if (insecure(this.provider.issuer)) oidc.allowInsecureRequests(config);
      oidc.enableNonRepudiationChecks(config);
    }
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      ...(this.isOidc ? { expectedNonce: checks.nonce, idTokenExpected: true } : {}),
    });
    if (this.isOidc) {
      const claims = tokens.claims() as Json | undefined;
      if (!claims) throw new SignInError('token_invalid', `${this.provider.name} sent no ID token.`, 502);
      let info: Json = {};
      if (config.serverMetadata().userinfo_endpoint) {
        try {
          info = await oidc.fetchUserInfo(config, tokens.access_token, String(claims.sub));
        } catch (error) {
          if (unreachable(error)) throw error;
          // The ID token alone will do: its claims are verified.
        }
      }
      const profile = oidcProfile({ ...info, ...claims, ...pick(info, ['name', 'picture', 'profile']) });
      return profile.name ? profile : { ...profile, name: appleName(formUser) };
    }
    const read = async (url: string | undefined): Promise<unknown> => {
      if (!url) return undefined;
      const response = await oidc.fetchProtectedResource(
        config,
        tokens.access_token,
        new URL(url),
        'GET',
        undefined,
        new Headers({ accept: 'application/json', 'user-agent': 'blog-widgets-server' }),
      );
      if (!response.ok) {
        if (response.status >= 500)
          throw Object.assign(new Error(`profile: HTTP ${response.status}`), { status: response.status });
        throw new ProfileError(`its profile API answered ${response.status}`);
      }
      return response.json();
    };
    const profile = await read(this.provider.profileUrl);
    let extra: Json = {};
    if (this.provider.extraUrl) {
      try {
        extra = { list: await read(this.provider.extraUrl) };
      } catch {
        // Verified emails are optional: no email is kept.
      }
    }
    if (!this.provider.profile) throw new ProfileError('no profile mapping');
    return this.provider.profile(typeof profile === 'object' && profile ? (profile as Json) : {}, extra);
  }
}

/** Only the keys of `data` that have a string value. */
function pick(data: Json, keys: string[]): Json {
  return Object.fromEntries(keys.filter((k) => typeof data[k] === 'string' && data[k]).map((k) => [k, data[k]]));
}

/** Apple sends the name once, with the first sign-in: `user={"name":{"firstName","lastName"}}`. */
function appleName(user: string | undefined): string | null {
  if (!user) return null;
  try {
    const name = (JSON.parse(user) as { name?: { firstName?: unknown; lastName?: unknown } }).name;
    const text = [name?.firstName, name?.lastName].filter((p) => typeof p === 'string' && p).join(' ');
    return text || null;
  } catch {
    return null;
  }
}

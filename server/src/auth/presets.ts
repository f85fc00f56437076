/*
 * Sign-in providers by name. An OpenID Connect provider is found by discovery (its issuer's
 * `/.well-known/openid-configuration`) and signs an ID token that openid-client verifies; an
 * OAuth 2.0-only provider (GitHub, X, Facebook, WordPress.com, Mastodon) has fixed endpoints
 * and a profile API whose JSON each preset maps to a `Profile`. Every endpoint can be moved in
 * the configuration (GitHub Enterprise, a self-hosted GitLab, a Mastodon instance, the local
 * stand-ins of the tests).
 */

/** Who signed in, as the service keeps them. `email` only when the provider says it is verified. */
export interface Profile {
  readonly subject: string;
  readonly name: string | null;
  readonly avatar: string | null;
  readonly profileUrl: string | null;
  readonly email: string | null;
}

export type Json = Record<string, unknown>;

export interface Preset {
  /** Shown on the button ("Log in with Google"). */
  readonly name: string;
  /** Which icon the widgets draw (`google`, `github`… or `openid` for any other issuer). */
  readonly icon: string;
  readonly scope: string;
  /** The issuer to discover (OpenID Connect); absent for OAuth 2.0-only providers. */
  readonly issuer?: string;
  readonly authorizationUrl?: string;
  readonly tokenUrl?: string;
  /** The profile API of an OAuth 2.0-only provider, read with the access token. */
  readonly profileUrl?: string;
  /** How the client secret is sent to the token endpoint. */
  readonly tokenAuth: 'client_secret_basic' | 'client_secret_post';
  /** `prompt` asked for when the reader picks "Change" (another account). */
  readonly changePrompt?: string;
  /** Apple posts the answer back (`form_post`) and sends the name once, in a `user` field. */
  readonly responseMode?: 'form_post';
  /** The profile JSON of an OAuth 2.0-only provider → Profile. */
  readonly profile?: (data: Json, extra: Json) => Profile;
  /** A second request some providers need (GitHub's verified emails). */
  readonly extraUrl?: string;
}

const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null;
/** Only http(s) URLs are kept for pictures and profile links. */
export const web = (value: unknown): string | null => {
  const text = str(value);
  if (!text) return null;
  try {
    const url = new URL(text);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
};
const obj = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});

/** What the profile API answered lacked an id: the provider is not what the configuration says. */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
}
const subject = (value: unknown): string => {
  const id = str(value);
  if (!id) throw new ProfileError('the profile has no id');
  return id;
};

/** The claims of an ID token (and UserInfo) → Profile: OpenID Connect's standard claims. */
export function oidcProfile(claims: Json): Profile {
  const given = [str(claims.given_name), str(claims.family_name)].filter(Boolean).join(' ');
  const verified = claims.email_verified === true || claims.email_verified === 'true';
  return {
    subject: subject(claims.sub),
    name: str(claims.name) ?? (given || null) ?? str(claims.preferred_username) ?? str(claims.nickname),
    avatar: web(claims.picture),
    profileUrl: web(claims.profile) ?? web(claims.website),
    email: verified ? str(claims.email) : null,
  };
}

/** Microsoft's personal-account tenant: `consumers` in its URLs, this id in its tokens' issuer. */
const MICROSOFT_CONSUMERS = '9188040d-6c67-4c5b-b112-36a304b66dad';

export interface PresetOptions {
  /** Mastodon, GitLab: the instance (`https://mastodon.social`). */
  readonly instance?: string | undefined;
  /** Microsoft: `consumers` (personal accounts, the default) or a tenant id. */
  readonly tenant?: string | undefined;
}

const origin = (url: string | undefined, fallback: string): string => (url ?? fallback).replace(/\/+$/, '');

/** The presets, by the name used in the configuration (`"preset": "github"`, or the provider id). */
export const presets: Record<string, (options: PresetOptions) => Preset> = {
  google: () => ({
    name: 'Google',
    icon: 'google',
    issuer: 'https://accounts.google.com',
    scope: 'openid profile email',
    tokenAuth: 'client_secret_basic',
    changePrompt: 'select_account',
  }),
  microsoft: ({ tenant }) => {
    const id = !tenant || tenant === 'consumers' ? MICROSOFT_CONSUMERS : tenant;
    return {
      name: 'Microsoft',
      icon: 'microsoft',
      issuer: `https://login.microsoftonline.com/${id}/v2.0`,
      scope: 'openid profile email',
      tokenAuth: 'client_secret_post',
      changePrompt: 'select_account',
    };
  },
  apple: () => ({
    name: 'Apple',
    icon: 'apple',
    issuer: 'https://appleid.apple.com',
    scope: 'openid name email',
    tokenAuth: 'client_secret_post',
    responseMode: 'form_post',
  }),
  gitlab: ({ instance }) => ({
    name: 'GitLab',
    icon: 'gitlab',
    issuer: origin(instance, 'https://gitlab.com'),
    scope: 'openid profile email',
    tokenAuth: 'client_secret_basic',
    changePrompt: 'login',
  }),
  github: () => ({
    name: 'GitHub',
    icon: 'github',
    authorizationUrl: 'https://github.com/login/oauth/authorize',
    tokenUrl: 'https://github.com/login/oauth/access_token',
    profileUrl: 'https://api.github.com/user',
    extraUrl: 'https://api.github.com/user/emails',
    scope: 'read:user user:email',
    tokenAuth: 'client_secret_post',
    changePrompt: 'select_account',
    // https://docs.github.com/en/rest/users/users#get-the-authenticated-user and …/emails
    profile: (user, emails) => {
      const list = Array.isArray(emails.list) ? emails.list.map(obj) : [];
      const primary = list.find((e) => e.primary === true && e.verified === true);
      return {
        subject: subject(user.id),
        name: str(user.name) ?? str(user.login),
        avatar: web(user.avatar_url),
        profileUrl: web(user.html_url),
        email: str(primary?.email),
      };
    },
  }),
  x: () => ({
    name: 'X',
    icon: 'x',
    authorizationUrl: 'https://x.com/i/oauth2/authorize',
    tokenUrl: 'https://api.x.com/2/oauth2/token',
    profileUrl: 'https://api.x.com/2/users/me?user.fields=profile_image_url',
    scope: 'users.read tweet.read',
    tokenAuth: 'client_secret_basic',
    // https://docs.x.com/x-api/users/user-lookup-me: { data: { id, name, username, profile_image_url } }
    profile: (body) => {
      const user = obj(body.data);
      const handle = str(user.username);
      return {
        subject: subject(user.id),
        name: str(user.name) ?? handle,
        avatar: web(user.profile_image_url),
        profileUrl: handle ? `https://x.com/${encodeURIComponent(handle)}` : null,
        email: null,
      };
    },
  }),
  facebook: () => ({
    name: 'Facebook',
    icon: 'facebook',
    authorizationUrl: 'https://www.facebook.com/v19.0/dialog/oauth',
    tokenUrl: 'https://graph.facebook.com/v19.0/oauth/access_token',
    profileUrl: 'https://graph.facebook.com/v19.0/me?fields=id,name,picture.type(large),link',
    scope: 'public_profile',
    tokenAuth: 'client_secret_post',
    // https://developers.facebook.com/docs/graph-api/reference/user: picture is { data: { url } }
    profile: (user) => ({
      subject: subject(user.id),
      name: str(user.name),
      avatar: web(obj(obj(user.picture).data).url),
      profileUrl: web(user.link),
      email: null,
    }),
  }),
  wordpress: () => ({
    name: 'WordPress.com',
    icon: 'wordpress',
    authorizationUrl: 'https://public-api.wordpress.com/oauth2/authorize',
    tokenUrl: 'https://public-api.wordpress.com/oauth2/token',
    profileUrl: 'https://public-api.wordpress.com/rest/v1.1/me',
    scope: 'auth',
    tokenAuth: 'client_secret_post',
    // https://developer.wordpress.com/docs/api/1.1/get/me/
    profile: (me) => ({
      subject: subject(me.ID),
      name: str(me.display_name) ?? str(me.username),
      avatar: web(me.avatar_URL),
      profileUrl: web(me.profile_URL),
      email: me.email_verified === true ? str(me.email) : null,
    }),
  }),
  mastodon: ({ instance }) => {
    const base = origin(instance, 'https://mastodon.social');
    return {
      name: `Mastodon (${new URL(base).host})`,
      icon: 'mastodon',
      authorizationUrl: `${base}/oauth/authorize`,
      tokenUrl: `${base}/oauth/token`,
      profileUrl: `${base}/api/v1/accounts/verify_credentials`,
      scope: 'profile',
      tokenAuth: 'client_secret_post',
      changePrompt: 'login',
      // https://docs.joinmastodon.org/methods/accounts/#verify_credentials
      profile: (account) => ({
        subject: subject(account.id),
        name: str(account.display_name) ?? str(account.username),
        avatar: web(account.avatar),
        profileUrl: web(account.url),
        email: null,
      }),
    };
  },
  oidc: () => ({
    name: 'OpenID',
    icon: 'openid',
    scope: 'openid profile email',
    tokenAuth: 'client_secret_basic',
    changePrompt: 'login',
  }),
};

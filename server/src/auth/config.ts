import { presets, type Preset } from './presets.js';

/*
 * The `auth` part of the configuration: where browsers reach the service (for the callback
 * address registered with each provider), how long a sign-in lasts, and the providers.
 *
 *   "auth": {
 *     "publicUrl": "https://comments.example.com",
 *     "sessionHours": 8,
 *     "providers": [
 *       { "id": "google", "clientId": "…", "clientSecret": "$GOOGLE_CLIENT_SECRET" },
 *       { "id": "fosstodon", "preset": "mastodon", "instance": "https://fosstodon.org", "clientId": "…", "clientSecret": "…" },
 *       { "id": "company", "preset": "oidc", "name": "Example ID", "issuer": "https://id.example.com", "clientId": "…", "clientSecret": "…" }
 *     ]
 *   }
 *
 * A secret written `$NAME` is read from the environment variable NAME when the service starts.
 */

export interface AppleKey {
  readonly teamId: string;
  readonly keyId: string;
  /** The PKCS #8 PEM of the key Apple gave (ES256). */
  readonly privateKey: string;
}

export interface ProviderConfig extends Preset {
  /** The provider's name in URLs (`/auth/<id>/start`) and in identities: `google`, `fosstodon`. */
  readonly id: string;
  readonly preset: string;
  readonly clientId: string;
  readonly clientSecret?: string | undefined;
  /** Comments of people signed in with this provider are approved at once (default true). */
  readonly approve: boolean;
  readonly apple?: AppleKey | undefined;
}

export interface AuthConfig {
  /** The service's address as browsers reach it; default: the address it listens on. */
  readonly publicUrl?: string | undefined;
  /** How long a sign-in lasts before the reader signs in again (default 8 hours). */
  readonly sessionHours: number;
  /** Minutes a reader has to finish signing in at the provider (default 10). */
  readonly signInMinutes: number;
  readonly providers: readonly ProviderConfig[];
}

export const authDefaults: AuthConfig = { publicUrl: undefined, sessionHours: 8, signInMinutes: 10, providers: [] };

/** A configuration mistake in `auth`, said in a sentence that names the key (ConfigError's shape). */
export class AuthConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `$NAME` → the environment variable NAME (which must be set); anything else as written. */
function secret(value: unknown, where: string, env: NodeJS.ProcessEnv): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new AuthConfigError(`${where}: expected a string`);
  if (!value.startsWith('$')) return value;
  const found = env[value.slice(1)];
  if (!found) throw new AuthConfigError(`${where}: the environment variable ${value.slice(1)} is not set`);
  return found;
}

function url(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new AuthConfigError(`${where}: expected a URL`);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new AuthConfigError(`${where}: "${value}" is not a URL`);
  }
  const loopback = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new AuthConfigError(`${where}: "${value}" must be https:// (http:// only on 127.0.0.1 or localhost)`);
  }
  return parsed.href.replace(/\/$/, parsed.pathname === '/' && !parsed.search ? '' : '/');
}

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const KEYS = new Set([
  'id',
  'preset',
  'name',
  'icon',
  'clientId',
  'clientSecret',
  'issuer',
  'instance',
  'tenant',
  'authorizationUrl',
  'tokenUrl',
  'profileUrl',
  'extraUrl',
  'scope',
  'changePrompt',
  'approve',
  'apple',
]);

function provider(value: unknown, where: string, env: NodeJS.ProcessEnv): ProviderConfig {
  if (!isObject(value)) throw new AuthConfigError(`${where}: a provider is an object with "id" and "clientId"`);
  for (const key of Object.keys(value)) {
    if (!KEYS.has(key)) throw new AuthConfigError(`${where}: unknown key "${key}"`);
  }
  const id = value.id;
  if (typeof id !== 'string' || !ID.test(id)) {
    throw new AuthConfigError(`${where}.id: a provider needs an id of lower-case letters, digits and dashes`);
  }
  if (id === 'guest') throw new AuthConfigError(`${where}.id: "guest" is the service's own; pick another id`);
  const presetName = typeof value.preset === 'string' ? value.preset : id;
  const make = presets[presetName];
  if (!make) {
    throw new AuthConfigError(
      `${where}.preset: "${presetName}" is none of ${Object.keys(presets).join(', ')} (use "oidc" with an "issuer" for any other OpenID Connect provider)`,
    );
  }
  const text = (key: string): string | undefined => {
    const v = value[key];
    if (v !== undefined && typeof v !== 'string') throw new AuthConfigError(`${where}.${key}: expected a string`);
    return v;
  };
  const preset = make({ instance: url(value.instance, `${where}.instance`), tenant: text('tenant') });
  const clientId = secret(value.clientId, `${where}.clientId`, env);
  if (!clientId) throw new AuthConfigError(`${where}.clientId: the client id the provider gave is required`);
  const issuer = url(value.issuer, `${where}.issuer`) ?? preset.issuer;
  if (presetName === 'oidc' && !issuer) {
    throw new AuthConfigError(`${where}.issuer: an OpenID Connect provider needs its issuer URL (discovery)`);
  }
  if (presetName === 'oidc' && !text('name')) {
    throw new AuthConfigError(`${where}.name: name the provider for its button, e.g. "Example ID"`);
  }
  if (value.approve !== undefined && typeof value.approve !== 'boolean') {
    throw new AuthConfigError(`${where}.approve: expected true or false`);
  }
  let apple: AppleKey | undefined;
  if (presetName === 'apple') {
    const key = isObject(value.apple) ? value.apple : {};
    const teamId = secret(key.teamId, `${where}.apple.teamId`, env);
    const keyId = secret(key.keyId, `${where}.apple.keyId`, env);
    const privateKey = secret(key.privateKey, `${where}.apple.privateKey`, env);
    if (!teamId || !keyId || !privateKey) {
      throw new AuthConfigError(`${where}.apple: Sign in with Apple needs { teamId, keyId, privateKey } (the .p8 key)`);
    }
    apple = { teamId, keyId, privateKey };
  }
  const clientSecret = secret(value.clientSecret, `${where}.clientSecret`, env);
  if (!clientSecret && !apple) {
    throw new AuthConfigError(`${where}.clientSecret: the client secret the provider gave is required`);
  }
  const moved = (key: 'authorizationUrl' | 'tokenUrl' | 'profileUrl' | 'extraUrl'): string | undefined =>
    url(value[key], `${where}.${key}`) ?? preset[key];
  const config: ProviderConfig = {
    ...preset,
    id,
    preset: presetName,
    name: text('name') ?? preset.name,
    icon: text('icon') ?? preset.icon,
    scope: text('scope') ?? preset.scope,
    changePrompt: text('changePrompt') ?? preset.changePrompt,
    ...(issuer ? { issuer } : {}),
    authorizationUrl: moved('authorizationUrl'),
    tokenUrl: moved('tokenUrl'),
    profileUrl: moved('profileUrl'),
    extraUrl: moved('extraUrl'),
    clientId,
    clientSecret,
    approve: value.approve !== false,
    apple,
  };
  if (!config.issuer && (!config.authorizationUrl || !config.tokenUrl || !config.profileUrl)) {
    throw new AuthConfigError(`${where}: an OAuth 2.0 provider needs authorizationUrl, tokenUrl and profileUrl`);
  }
  return config;
}

/** Checks the `auth` section and resolves each provider's preset; throws AuthConfigError. */
export function resolveAuth(raw: unknown, env: NodeJS.ProcessEnv = process.env): AuthConfig {
  if (!isObject(raw)) throw new AuthConfigError('auth: expected an object');
  const providers = raw.providers ?? [];
  if (!Array.isArray(providers)) throw new AuthConfigError('auth.providers: expected a list of providers');
  const resolved = providers.map((p, i) => provider(p, `auth.providers[${i}]`, env));
  const ids = new Set<string>();
  for (const p of resolved) {
    if (ids.has(p.id)) throw new AuthConfigError(`auth.providers: the id "${p.id}" is used twice`);
    ids.add(p.id);
  }
  const hours = raw.sessionHours ?? authDefaults.sessionHours;
  if (typeof hours !== 'number' || !(hours > 0) || hours > 24 * 30) {
    throw new AuthConfigError('auth.sessionHours: a number of hours above 0 and at most 720');
  }
  const minutes = raw.signInMinutes ?? authDefaults.signInMinutes;
  if (typeof minutes !== 'number' || !(minutes >= 1) || minutes > 60) {
    throw new AuthConfigError('auth.signInMinutes: a number of minutes from 1 to 60');
  }
  return {
    publicUrl: url(raw.publicUrl, 'auth.publicUrl'),
    sessionHours: hours,
    signInMinutes: minutes,
    providers: resolved,
  };
}

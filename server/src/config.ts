import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { authDefaults, resolveAuth, type AuthConfig } from './auth/config.js';

/*
 * Configuration: defaults, then a JSON file, then environment variables, then command-line
 * flags; each later one wins for the keys it sets. See the README's "Companion service".
 */

export type HoldPolicy = 'first-time' | 'all' | 'none';

export interface SiteConfig {
  /** Posts are stored under this id: `blog.example` (the first origin's host when not given). */
  readonly id: string;
  /** Page origins allowed to read and write (CORS): `https://blog.example`; `http://localhost:*` for any port. */
  readonly origins: readonly string[];
  /** Comments of signed-in readers are approved at once when their provider allows it (default true). */
  readonly approveSignedIn?: boolean;
}

export interface Config {
  /** A SQLite file (relative to the working directory) or a `postgres://` URL. */
  readonly db: string;
  readonly host: string;
  readonly port: number;
  readonly sites: readonly SiteConfig[];
  readonly moderation: {
    /** Which guest comments wait for approval: a first-time guest's (default), all, none. */
    readonly hold: HoldPolicy;
    /** Create a post of a known site on its first comment or like (else only imported posts exist). */
    readonly autoCreatePosts: boolean;
  };
  readonly limits: {
    readonly bodyBytes: number;
    readonly nameChars: number;
    readonly emailChars: number;
    readonly urlChars: number;
    readonly contentChars: number;
  };
  readonly rateLimits: {
    /** Requests per minute from one IP to any route, per instance (0: off). */
    readonly requestsPerMinute: number;
    /** Comments per 10 minutes from one IP, and from one identity (checked in the database). */
    readonly commentsPerIp: number;
    readonly commentsPerIdentity: number;
    /** Guest tokens one IP may get per hour. */
    readonly guestTokensPerIp: number;
    /** Likes of one post from one IP (a household behind one address still counts). */
    readonly likesPerPostPerIp: number;
    /** Like/unlike changes per minute from one identity. */
    readonly likeChangesPerIdentity: number;
  };
  readonly akismet: {
    /** An Akismet API key turns the check on. */
    readonly key?: string | undefined;
    readonly endpoint: string;
    readonly timeoutMs: number;
  };
  /** Social sign-in: the providers, the callback address, how long a sign-in lasts (auth/config.ts). */
  readonly auth: AuthConfig;
  /** Guest sessions last this many days. */
  readonly guestSessionDays: number;
  /** Behind a proxy: trust its X-Forwarded-For (true, or a list of proxy addresses). */
  readonly trustProxy: boolean | string;
  readonly logLevel: string;
  readonly sqliteSynchronous: 'FULL' | 'NORMAL';
  readonly poolSize: number;
}

export const defaults: Config = {
  db: '.data/blog-widgets.db',
  host: '127.0.0.1',
  port: 8787,
  sites: [],
  moderation: { hold: 'first-time', autoCreatePosts: true },
  limits: { bodyBytes: 300 * 1024, nameChars: 245, emailChars: 100, urlChars: 200, contentChars: 65_525 },
  rateLimits: {
    requestsPerMinute: 600,
    commentsPerIp: 10,
    commentsPerIdentity: 10,
    guestTokensPerIp: 20,
    likesPerPostPerIp: 5,
    likeChangesPerIdentity: 30,
  },
  akismet: { key: undefined, endpoint: 'https://rest.akismet.com', timeoutMs: 5000 },
  auth: authDefaults,
  guestSessionDays: 365,
  trustProxy: false,
  logLevel: 'info',
  sqliteSynchronous: 'FULL',
  poolSize: 10,
};

/** A configuration mistake, said in a sentence that names the key. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `https://Blog.Example/` → `https://blog.example`; `http://localhost:*` kept as a pattern. */
export function normalizeOrigin(origin: string): string {
  const text = origin.trim().replace(/\/+$/, '');
  const wildcard = /^(https?):\/\/([^/:]+):\*$/i.exec(text);
  if (wildcard) return `${(wildcard[1] ?? '').toLowerCase()}://${(wildcard[2] ?? '').toLowerCase()}:*`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(`"${origin}" is not an origin: write it as https://blog.example`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new ConfigError(`"${origin}" is not an origin: write it as https://blog.example (no path)`);
  }
  return url.origin;
}

function site(value: unknown, where: string): SiteConfig {
  if (typeof value === 'string') value = { origins: [value] };
  if (!isObject(value) || !Array.isArray(value.origins) || !value.origins.length) {
    throw new ConfigError(`${where}: a site needs "origins", e.g. { "origins": ["https://blog.example"] }`);
  }
  const origins = value.origins.map((o) => {
    if (typeof o !== 'string') throw new ConfigError(`${where}.origins: origins are strings`);
    return normalizeOrigin(o);
  });
  const id =
    typeof value.id === 'string' && value.id.trim()
      ? value.id.trim()
      : new URL((origins[0] ?? '').replace(/:\*$/, '')).hostname;
  if (value.approveSignedIn !== undefined && typeof value.approveSignedIn !== 'boolean') {
    throw new ConfigError(`${where}.approveSignedIn: expected true or false`);
  }
  return { id, origins, ...(value.approveSignedIn === false ? { approveSignedIn: false } : {}) };
}

/** Merges `patch` into `base` key by key (objects deeply, everything else replaced). */
function merge<T>(base: T, patch: unknown, where: string): T {
  if (!isObject(patch)) throw new ConfigError(`${where}: expected an object`);
  const out: Json = { ...(base as Json) };
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in out)) throw new ConfigError(`${where}: unknown key "${key}"`);
    const current = out[key];
    if (key === 'sites') {
      if (!Array.isArray(value)) throw new ConfigError(`${where}.sites: expected a list of sites`);
      out.sites = value.map((s, i) => site(s, `${where}.sites[${i}]`));
    } else if (isObject(current)) {
      out[key] = merge(current, value, `${where}.${key}`);
    } else if (current !== undefined && typeof value !== typeof current && !(key === 'trustProxy')) {
      throw new ConfigError(`${where}.${key}: expected a ${typeof current}, got ${JSON.stringify(value)}`);
    } else {
      out[key] = value;
    }
  }
  return out as T;
}

export interface ConfigSources {
  /** Path of a JSON file. */
  readonly file?: string | undefined;
  readonly env?: NodeJS.ProcessEnv;
  /** Already-parsed flag values (cli.ts), same shape as the file. */
  readonly flags?: Json;
  readonly cwd?: string;
}

/** Environment variables → a partial config. */
export function fromEnv(env: NodeJS.ProcessEnv): Json {
  const out: Json = {};
  const num = (name: string): number => {
    const value = Number(env[name]);
    if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name}: expected a whole number`);
    return value;
  };
  if (env.BLOG_WIDGETS_DB) out.db = env.BLOG_WIDGETS_DB;
  if (env.BLOG_WIDGETS_HOST) out.host = env.BLOG_WIDGETS_HOST;
  if (env.BLOG_WIDGETS_PORT) out.port = num('BLOG_WIDGETS_PORT');
  if (env.BLOG_WIDGETS_ORIGINS) out.sites = [{ origins: env.BLOG_WIDGETS_ORIGINS.split(',').filter(Boolean) }];
  if (env.BLOG_WIDGETS_HOLD) out.moderation = { hold: env.BLOG_WIDGETS_HOLD };
  if (env.BLOG_WIDGETS_AKISMET_KEY) out.akismet = { key: env.BLOG_WIDGETS_AKISMET_KEY };
  if (env.BLOG_WIDGETS_PUBLIC_URL) out.auth = { publicUrl: env.BLOG_WIDGETS_PUBLIC_URL };
  if (env.BLOG_WIDGETS_LOG_LEVEL) out.logLevel = env.BLOG_WIDGETS_LOG_LEVEL;
  if (env.BLOG_WIDGETS_TRUST_PROXY)
    out.trustProxy = env.BLOG_WIDGETS_TRUST_PROXY === 'true' || env.BLOG_WIDGETS_TRUST_PROXY;
  return out;
}

/** Checks what no type can: ranges and choices; resolves the sign-in providers' presets. */
function check(config: Config, env: NodeJS.ProcessEnv): Config {
  if (!['first-time', 'all', 'none'].includes(config.moderation.hold)) {
    throw new ConfigError(`moderation.hold: "${config.moderation.hold}" is none of first-time, all, none`);
  }
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65_535) {
    throw new ConfigError(`port: ${config.port} is not a TCP port`);
  }
  const ids = new Set<string>();
  for (const s of config.sites) {
    if (ids.has(s.id)) throw new ConfigError(`sites: the id "${s.id}" is used twice`);
    ids.add(s.id);
  }
  try {
    return { ...config, auth: resolveAuth(config.auth, env) };
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

/** The configuration from every source, checked. */
export function loadConfig({ file, env = process.env, flags = {}, cwd = process.cwd() }: ConfigSources = {}): Config {
  let config = defaults;
  const path = file ?? env.BLOG_WIDGETS_CONFIG;
  if (path) {
    let text: string;
    try {
      text = readFileSync(resolve(cwd, path), 'utf8');
    } catch (error) {
      throw new ConfigError(`config file ${path}: ${(error as Error).message}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(`config file ${path} is not JSON: ${(error as Error).message}`);
    }
    config = merge(config, parsed, path);
  }
  config = merge(config, fromEnv(env), 'environment');
  config = merge(config, flags, 'flags');
  return check(config, env);
}

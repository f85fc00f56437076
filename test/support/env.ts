// Browser-side helpers for the dev-server routes of web-test-runner.config.js
// (implemented in test/support/dev-server-routes.mjs).

/** The live WordPress peer (../shared/tools/wp-peer.sh), from its peer.env, camel-cased. */
export interface WpPeer {
  /** e.g. http://127.0.0.1:8088 */
  url: string;
  /** e.g. http://127.0.0.1:8088/wp-json/ */
  rest: string;
  postId: number;
  authorId: number;
  categoryId: number;
  mediaId: number;
  comment1: number;
  comment2: number;
  commentReply: number;
  commentPending: number;
  xssPostId: number;
  xssCommentId: number;
  adminUser: string;
  adminPass: string;
  /** Application password of adminUser, for `Authorization: Basic` (context=edit, moderation). */
  appPassword: string;
  /** The port it listens on. */
  port: number;
}

export interface TestEnv {
  ci: boolean;
  /** null when no peer runs; wpPeerSkipReason says why. */
  wpPeer: WpPeer | null;
  /** A missing peer is a failure, not a skip (CI on a machine that can install it). */
  wpPeerRequired: boolean;
  wpPeerSkipReason: string | null;
  /** The companion service web-test-runner.config.js started (null with WTR_SERVICE=0). */
  service: { url: string } | null;
}

let cached: Promise<TestEnv> | undefined;

/** What scripts/test.mjs set up for this run (GET /__env.json, fetched once per test file). */
export function testEnv(): Promise<TestEnv> {
  cached ??= fetch('/__env.json').then((r) => r.json() as Promise<TestEnv>);
  return cached;
}

/**
 * URL of a canned answer, absolute on the dev server's origin, e.g.
 * `mockUrl('fixture/comments.json', { 'X-WP-Total': 12, 'X-WP-TotalPages': 2 })`,
 * `mockUrl('status/401')`, `mockUrl('slow', { ms: 3000 })`, `mockUrl('json', { body: '[]' })`.
 * Lower-case params are options (status, delay, body, type, ms); Upper-Case ones are headers.
 */
export function mockUrl(route: string, params: Record<string, string | number | boolean> = {}): string {
  const url = new URL(`/__mock/${route}`, location.origin);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  return url.href;
}

/** URL of a captured WordPress response under ../shared/fixtures/wordpress/. */
export function fixtureUrl(name: string): string {
  return new URL(`/fixtures/wordpress/${name}`, location.origin).href;
}

/** One answer of `/__mock/sequence`: status (200), body (text, or anything as JSON), type, delay (ms), headers. */
export interface MockStep {
  status?: number;
  body?: unknown;
  type?: string;
  delay?: number;
  headers?: Record<string, string | number>;
}

/**
 * URL of a mock server whose answers change: the n-th request gets `steps[n]` (the last repeats).
 * `key` names the sequence (make it unique per test); `params` are added to the URL.
 */
export function sequenceUrl(key: string, steps: MockStep[], params: Record<string, string | number> = {}): string {
  return mockUrl('sequence', { ...params, key, steps: JSON.stringify(steps) });
}

/** How many requests the sequence `key` received. */
export async function sequenceCount(key: string): Promise<number> {
  const answer = await fetch(mockUrl('sequence-count', { key }));
  return ((await answer.json()) as { count: number }).count;
}

/**
 * Holds the live WordPress peer for this test file until `release()` (the browsers run side by
 * side; a file that changes the peer's settings, or relies on them as seeded, holds it).
 */
export async function holdWpPeer(): Promise<{ release(): Promise<void> }> {
  const owner = `${navigator.userAgent} ${Math.random().toString(36).slice(2)}`;
  const lock = (what: 'lock' | 'unlock') =>
    fetch(`/__wp-peer/${what}?owner=${encodeURIComponent(owner)}`, { method: 'POST' });
  const answer = await lock('lock');
  if (!answer.ok) throw new Error(`the WordPress peer could not be held (${answer.status})`);
  return {
    release: async () => {
      await lock('unlock');
    },
  };
}

// Social sign-in over HTTP against a real OpenID Connect provider on 127.0.0.1 (the demo
// provider: the `oidc-provider` package, scripts/demo-idp.mjs): the whole authorization code
// flow with PKCE, state and nonce; the session token handed to the page; comments and likes
// as the signed-in person; logout; and the flow's attacks and faults — a replayed or missing
// state, a callback in another browser, an origin off the allow-list, an unregistered redirect
// URI, the reader cancelling, the provider down.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemoIdp, type DemoIdp } from '../../scripts/demo-idp.mjs';
import { OTHER_ORIGIN, SITE_ORIGIN } from './support/app.js';
import { Popup, postedMessage } from './support/popup.js';
import { freePort, liveService, signIn, startUrl, type LiveService } from './support/sign-in.js';

const SECRET = 'demo-secret-0123456789';

describe('sign-in with an OpenID Connect provider (oidc-provider on 127.0.0.1)', () => {
  let idp: DemoIdp;
  let service: LiveService;
  let deadPort: number;

  before(async () => {
    const port = await freePort();
    deadPort = await freePort();
    const callback = (id: string): string => `http://127.0.0.1:${port}/auth/${id}/callback`;
    idp = await startDemoIdp({
      clients: [
        { clientId: 'blog', clientSecret: SECRET, redirectUris: [callback('demo'), callback('held')] },
        // Registered with another address than the service's: its redirect URI is not registered.
        { clientId: 'elsewhere', clientSecret: SECRET, redirectUris: ['http://127.0.0.1:9/auth/x/callback'] },
      ],
    });
    const provider = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
      id,
      preset: 'oidc',
      name: 'Demo ID',
      issuer: idp.issuer,
      clientId: 'blog',
      clientSecret: SECRET,
      ...extra,
    });
    service = await liveService(port, {
      providers: [
        provider('demo'),
        provider('held', { approve: false }),
        provider('unregistered', { clientId: 'elsewhere' }),
        provider('down', { issuer: `http://127.0.0.1:${deadPort}` }),
      ],
    });
  });
  after(async () => {
    await service.close();
    await idp.stop();
  });

  const session = async (token: string): Promise<Record<string, unknown>> =>
    (
      await fetch(`${service.url}/api/v1/session`, {
        headers: { authorization: `Bearer ${token}`, origin: SITE_ORIGIN },
      })
    ).json() as Promise<Record<string, unknown>>;
  const api = (path: string, token: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`${service.url}/api/v1/${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${token}`,
        origin: SITE_ORIGIN,
        ...(init.body ? { 'content-type': 'application/json' } : {}),
      },
    });

  it('lists the configured providers with their popup addresses', async () => {
    const response = await fetch(`${service.url}/api/v1/auth/providers`, { headers: { origin: SITE_ORIGIN } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), SITE_ORIGIN);
    const { providers } = (await response.json()) as {
      providers: { id: string; name: string; icon: string; start: string }[];
    };
    assert.deepEqual(providers[0], {
      id: 'demo',
      name: 'Demo ID',
      icon: 'openid',
      start: `${service.url}/auth/demo/start`,
    });
    const refused = await fetch(`${service.url}/api/v1/auth/providers`, { headers: { origin: OTHER_ORIGIN } });
    assert.equal(refused.status, 403);
  });

  it('signs in: code + PKCE + state + nonce, the token posted to the page origin only', async () => {
    const popup = new Popup();
    const first = await popup.request(startUrl(service.url, 'demo', { login_hint: 'ada' }));
    assert.equal(first.status, 302);
    const authorize = new URL(first.location ?? '');
    assert.equal(authorize.origin, idp.issuer);
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    assert.match(authorize.searchParams.get('code_challenge') ?? '', /^[\w-]{43}$/);
    assert.match(authorize.searchParams.get('state') ?? '', /^[\w-]{43}$/);
    assert.match(authorize.searchParams.get('nonce') ?? '', /^[\w-]{43}$/);
    assert.equal(authorize.searchParams.get('redirect_uri'), `${service.url}/auth/demo/callback`);
    assert.equal(authorize.searchParams.get('login_hint'), 'ada');
    const cookie = first.headers.getSetCookie()[0] ?? '';
    assert.match(cookie, /^bw_signin_[0-9a-f]{16}=[\w-]{43}; Path=\/auth\/; Max-Age=600; HttpOnly; SameSite=Lax$/);

    const { step, posted } = await signIn(popup, first.location ?? '');
    assert.equal(step.status, 200);
    assert.equal(step.headers.get('cache-control'), 'no-store');
    assert.match(
      step.headers.get('content-security-policy') ?? '',
      /script-src 'nonce-[^']+'; .*frame-ancestors 'none'/,
    );
    assert.ok(posted, 'the callback page posts a message');
    assert.equal(posted.origin, SITE_ORIGIN, 'to the page origin that started the sign-in, nothing else');
    const message = posted.message as {
      type: string;
      request: string;
      token: string;
      expiresAt: string;
      identity: Record<string, string>;
    };
    assert.equal(message.type, 'blog-widgets:sign-in');
    assert.equal(message.request, 'req-0123456789');
    assert.match(message.token, /^bw_[\w-]{43}$/);
    const hours = (Date.parse(message.expiresAt) - Date.now()) / 3_600_000;
    assert.ok(hours > 7.9 && hours <= 8, `a short-lived session (${hours} h)`);
    assert.deepEqual(message.identity, {
      provider: 'demo',
      providerName: 'Demo ID',
      name: 'Ada Lovelace',
      avatar: `${idp.issuer}/avatars/ada.svg`,
      link: `${idp.issuer}/people/ada`,
    });

    const me = await session(message.token);
    assert.deepEqual(me.identity, message.identity);
    assert.equal(me.guest, false);
    const stored = await service.database.db
      .selectFrom('identities')
      .selectAll()
      .where('provider', '=', 'demo')
      .execute();
    assert.equal(stored.length, 1);
    assert.equal(stored[0]?.email, 'ada@demo.invalid', 'a verified email is kept…');
    assert.doesNotMatch(JSON.stringify(me), /ada@demo\.invalid/, '…and never shown');
    assert.equal(
      await service.database.db
        .selectFrom('sign_ins')
        .selectAll()
        .execute()
        .then((r) => r.length),
      0,
      'the sign-in row is used up',
    );

    // The same person signing in again is the same identity, with a new token.
    const again = await signIn(new Popup(), startUrl(service.url, 'demo', { login_hint: 'ada' }));
    const token2 = (again.posted?.message as { token: string }).token;
    assert.notEqual(token2, message.token);
    assert.equal(
      await service.database.db
        .selectFrom('identities')
        .selectAll()
        .where('provider', '=', 'demo')
        .execute()
        .then((r) => r.length),
      1,
    );
  });

  it('comments and likes as the signed-in person, then logs out: the token is refused after', async () => {
    const { posted } = await signIn(new Popup(), startUrl(service.url, 'demo', { login_hint: 'grace' }));
    const token = (posted?.message as { token: string }).token;
    const created = await api('comments', token, {
      method: 'POST',
      body: JSON.stringify({
        post: 'her',
        content: 'Signed in and approved at once.',
        name: 'Ignored',
        email: 'ignored@example.com',
      }),
    });
    assert.equal(created.status, 201);
    const { comment } = (await created.json()) as { comment: { status: string; author: Record<string, string> } };
    assert.equal(comment.status, 'approved');
    assert.deepEqual(comment.author, {
      name: 'Grace Hopper',
      url: `${idp.issuer}/people/grace`,
      avatar: `${idp.issuer}/avatars/grace.svg`,
    });
    const row = await service.database.db
      .selectFrom('comments')
      .selectAll()
      .where('content', '=', 'Signed in and approved at once.')
      .executeTakeFirstOrThrow();
    assert.equal(row.author_email, null, 'the guest fields are skipped');

    const liked = await api('likes?post=her', token, { method: 'PUT' });
    assert.equal(liked.status, 200);
    const likes = (await liked.json()) as { liked: boolean; likers: { name: string; avatar?: string }[] };
    assert.equal(likes.liked, true);
    assert.deepEqual(likes.likers[0], {
      name: 'Grace Hopper',
      avatar: `${idp.issuer}/avatars/grace.svg`,
      link: `${idp.issuer}/people/grace`,
    });

    const out = await api('session', token, { method: 'DELETE' });
    assert.equal(out.status, 204);
    assert.deepEqual(await session(token), { identity: null, guest: false });
    const refused = await api('comments', token, {
      method: 'POST',
      body: JSON.stringify({ post: 'her', content: 'After logout.' }),
    });
    assert.equal(refused.status, 401);
    const body = (await refused.json()) as { code: string; message: string };
    assert.equal(body.code, 'session_ended');
    assert.match(body.message, /Sign in again/);
    const unlike = await api('likes?post=her', token, { method: 'DELETE' });
    assert.equal(unlike.status, 401);
    assert.equal(((await unlike.json()) as { code: string }).code, 'session_ended');
  });

  it('holds signed-in comments when the provider is configured not to approve them', async () => {
    const { posted } = await signIn(new Popup(), startUrl(service.url, 'held', { login_hint: 'ada' }));
    const token = (posted?.message as { token: string }).token;
    const created = await api('comments', token, {
      method: 'POST',
      body: JSON.stringify({ post: 'her', content: 'Held for a moderator.' }),
    });
    assert.equal(((await created.json()) as { comment: { status: string } }).comment.status, 'pending');
  });

  it('refuses a replayed state, and a callback without one', async () => {
    const popup = new Popup();
    const { step } = await signIn(popup, startUrl(service.url, 'demo', { login_hint: 'ada' }));
    assert.equal(step.status, 200);
    const replay = await popup.request(step.url);
    assert.equal(replay.status, 400);
    assert.match(replay.body, /already used or has expired/);
    assert.equal(postedMessage(replay.body), undefined, 'nothing is posted: no token for a replay');

    const callback = new URL(step.url);
    callback.searchParams.delete('state');
    const missing = await popup.request(callback.href);
    assert.equal(missing.status, 400);
    assert.match(missing.body, /carries no state/);
    assert.equal(postedMessage(missing.body), undefined);
  });

  it('refuses a callback in another browser than the one that started it', async () => {
    const popup = new Popup();
    const callback = await popup.follow(startUrl(service.url, 'demo', { login_hint: 'ada' }), (next) =>
      next.includes('/callback'),
    );
    const stranger = new Popup();
    const step = await stranger.request(callback.location ?? '');
    assert.equal(step.status, 400);
    const posted = postedMessage(step.body);
    assert.ok(posted);
    assert.equal(posted.origin, SITE_ORIGIN);
    assert.equal(posted.message.error, 'browser_mismatch');
    assert.equal(posted.message.token, undefined);
  });

  it('refuses to start for a page origin that is not allow-listed, or with unknown parameters', async () => {
    for (const origin of [OTHER_ORIGIN, 'https://blog.example.evil.example', 'null', 'javascript:alert(1)', '']) {
      const step = await new Popup().request(startUrl(service.url, 'demo', { origin }));
      assert.equal(step.status, 403, origin);
      assert.equal(step.location, undefined, 'no redirect to the provider');
      assert.equal(postedMessage(step.body), undefined);
    }
    const redirect = await new Popup().request(
      startUrl(service.url, 'demo', { redirect_uri: 'https://evil.example/cb' }),
    );
    assert.equal(redirect.status, 400);
    assert.match(redirect.body, /not valid/);
    const unknown = await new Popup().request(startUrl(service.url, 'nope'));
    assert.equal(unknown.status, 404);
    const noRequest = await new Popup().request(startUrl(service.url, 'demo', { request: 'x' }));
    assert.equal(noRequest.status, 400);
  });

  it('an unregistered redirect URI is refused by the provider, which never sends a code', async () => {
    const step = await new Popup().follow(startUrl(service.url, 'unregistered'));
    assert.equal(step.status, 400);
    assert.match(step.body, /redirect_uri/);
    assert.ok(!step.url.startsWith(service.url), 'the provider stops it: the service never sees a callback');
  });

  it('tells the page when the reader cancels at the provider', async () => {
    const popup = new Popup();
    const login = await popup.follow(startUrl(service.url, 'demo'));
    const action = /action="(\/interaction\/[\w-]+\/abort)"/.exec(login.body)?.[1];
    assert.ok(action, 'the demo login page offers Cancel');
    const aborted = await popup.request(new URL(action, idp.issuer).href, { method: 'POST' });
    const step = await popup.follow(aborted.location ?? '');
    assert.equal(step.status, 403);
    assert.equal(postedMessage(step.body)?.message.error, 'access_denied');
  });

  it('tells the page when the provider is down', async () => {
    const step = await new Popup().request(startUrl(service.url, 'down'));
    assert.equal(step.status, 502);
    const posted = postedMessage(step.body);
    assert.ok(posted);
    assert.equal(posted.origin, SITE_ORIGIN);
    assert.equal(posted.message.error, 'provider_unreachable');
    assert.match(String(posted.message.message), /could not be reached/);
  });
});

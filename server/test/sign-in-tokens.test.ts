// ID tokens made by hand, signed with keys this test controls, from a provider stand-in on
// 127.0.0.1 (test/support/stand-in.ts: a real OAuth 2.0 server to the service, but not a real
// provider): the service must sign in with a valid one and refuse — with a clear message to
// the page and no session — a forged signature, an expired token, another audience, another
// issuer, an unsigned (`alg: none`) token, and a wrong nonce.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SITE_ORIGIN } from './support/app.js';
import { Popup } from './support/popup.js';
import { freePort, liveService, signIn, startUrl, type LiveService } from './support/sign-in.js';
import { startStandIn, type StandIn, type TokenRequest } from './support/stand-in.js';

describe('ID token verification (hand-made tokens from a stand-in provider)', () => {
  let standIn: StandIn;
  let service: LiveService;

  before(async () => {
    standIn = await startStandIn();
    service = await liveService(await freePort(), {
      providers: [
        {
          id: 'hand',
          preset: 'oidc',
          name: 'Hand ID',
          issuer: standIn.url,
          clientId: 'hand-client',
          clientSecret: 's3cret',
        },
      ],
    });
  });
  after(async () => {
    await service.close();
    await standIn.close();
  });

  const now = (): number => Math.floor(Date.now() / 1000);
  const claims = (request: TokenRequest, patch: Record<string, unknown> = {}): Record<string, unknown> => ({
    iss: standIn.url,
    aud: 'hand-client',
    sub: 'person-1',
    name: 'Hand Made',
    iat: now(),
    exp: now() + 600,
    nonce: request.nonce,
    ...patch,
  });
  const sessions = async (): Promise<number> =>
    (await service.database.db.selectFrom('sessions').select('token_hash').execute()).length;

  /** Runs a sign-in whose token endpoint answers `idToken`; resolves with what the page is told. */
  async function attempt(
    idToken: (request: TokenRequest) => Promise<string> | string,
  ): Promise<Record<string, unknown>> {
    standIn.token = async (request) => ({
      access_token: 'at-hand',
      token_type: 'Bearer',
      id_token: await idToken(request),
    });
    const { step, posted } = await signIn(new Popup(), startUrl(service.url, 'hand'));
    assert.ok(posted, `the page is told (${step.status})`);
    assert.equal(posted.origin, SITE_ORIGIN);
    return posted.message;
  }

  it('signs in with a valid token (the control), and the client authenticated with its secret', async () => {
    const message = await attempt((r) => standIn.sign(claims(r)));
    assert.equal((message.identity as { name: string }).name, 'Hand Made');
    const basic = standIn.requests.find((r) => r.path === '/token')?.authorization ?? '';
    // client_secret_basic form-encodes both parts (RFC 6749 §2.3.1).
    const pair = Buffer.from(basic.replace(/^Basic /, ''), 'base64')
      .toString()
      .split(':')
      .map(decodeURIComponent);
    assert.deepEqual(pair, ['hand-client', 's3cret']);
  });

  const refusals: [string, (r: TokenRequest) => Promise<string> | string, RegExp][] = [
    [
      'a forged signature (a key the provider does not publish)',
      (r) => standIn.sign(claims(r), { key: 'stranger' }),
      /signature verification failed/,
    ],
    ['an expired token', (r) => standIn.sign(claims(r, { iat: now() - 7200, exp: now() - 3600 })), /"exp"/],
    ['another audience', (r) => standIn.sign(claims(r, { aud: 'someone-else' })), /"aud"/],
    ['another issuer', (r) => standIn.sign(claims(r, { iss: 'https://evil.example' })), /"iss"/],
    ['an unsigned token (alg: none)', (r) => standIn.unsigned(claims(r)), /"alg"/],
    ['a wrong nonce', (r) => standIn.sign(claims(r, { nonce: 'not-the-one-sent' })), /"nonce"/],
    ['no nonce', (r) => standIn.sign(claims(r, { nonce: undefined })), /"nonce"/],
  ];
  for (const [name, token, why] of refusals) {
    it(`refuses ${name}`, async () => {
      const before = await sessions();
      const message = await attempt(token);
      assert.equal(message.error, 'token_invalid', JSON.stringify(message));
      assert.equal(message.token, undefined);
      assert.match(String(message.message), /You were not signed in/);
      assert.match(String(message.message), why);
      assert.equal(await sessions(), before, 'no session is made');
    });
  }

  it('refuses a token endpoint that sends no ID token at all', async () => {
    standIn.token = () => ({ access_token: 'at-hand', token_type: 'Bearer' });
    const { posted } = await signIn(new Popup(), startUrl(service.url, 'hand'));
    assert.equal(posted?.message.error, 'token_invalid');
  });
});

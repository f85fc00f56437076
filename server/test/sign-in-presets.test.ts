// The provider presets we cannot reach from here — GitHub, X, Facebook, WordPress.com, Mastodon
// (OAuth 2.0 with a profile API), Google, Microsoft (OpenID Connect) and Sign in with Apple
// (form_post, a JWT client secret) — run end to end against a stand-in on 127.0.0.1
// (test/support/stand-in.ts) that answers in each provider's documented shapes. These check our
// configuration, the protocol details each preset needs and the profile mapping; they are not
// tests of the real providers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { exportPKCS8, generateKeyPair, jwtVerify } from 'jose';
import { Popup, postedMessage } from './support/popup.js';
import { freePort, liveService, signIn, startUrl, type LiveService } from './support/sign-in.js';
import { startStandIn, type StandIn, type TokenRequest } from './support/stand-in.js';

const secret = 'preset-secret';

describe('provider presets against stand-ins in their documented shapes', () => {
  let s: StandIn;
  let service: LiveService;
  let apple: Awaited<ReturnType<typeof generateKeyPair>>;
  const handlers: Record<string, (r: TokenRequest) => Promise<Record<string, unknown>> | Record<string, unknown>> = {};

  before(async () => {
    s = await startStandIn();
    apple = await generateKeyPair('ES256', { extractable: true });
    s.token = (request) => {
      const handler = handlers[request.clientId];
      if (!handler) throw new Error(`no handler for ${request.clientId}`);
      return handler(request);
    };
    const oauth = (id: string, paths: Record<string, string>): Record<string, unknown> => ({
      id,
      clientId: `${id}-client`,
      clientSecret: secret,
      ...Object.fromEntries(Object.entries(paths).map(([k, v]) => [k, `${s.url}${v}`])),
    });
    const oidc = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
      id,
      clientId: `${id}-client`,
      clientSecret: secret,
      issuer: s.url,
      ...extra,
    });
    service = await liveService(await freePort(), {
      providers: [
        oauth('github', {
          authorizationUrl: '/login/oauth/authorize',
          tokenUrl: '/login/oauth/access_token',
          profileUrl: '/user',
          extraUrl: '/user/emails',
        }),
        oauth('x', {
          authorizationUrl: '/i/oauth2/authorize',
          tokenUrl: '/2/oauth2/token',
          profileUrl: '/2/users/me?user.fields=profile_image_url',
        }),
        oauth('facebook', {
          authorizationUrl: '/v19.0/dialog/oauth/authorize',
          tokenUrl: '/v19.0/oauth/access_token',
          profileUrl: '/me?fields=id,name,picture.type(large),link',
        }),
        oauth('wordpress', {
          authorizationUrl: '/oauth2/authorize',
          tokenUrl: '/oauth2/token',
          profileUrl: '/rest/v1.1/me',
        }),
        { id: 'mastodon', instance: s.url, clientId: 'mastodon-client', clientSecret: secret },
        oidc('google'),
        oidc('microsoft'),
        {
          id: 'apple',
          issuer: s.url,
          clientId: 'apple-client',
          apple: { teamId: 'TEAM123456', keyId: 'KEY1234567', privateKey: await exportPKCS8(apple.privateKey) },
        },
      ],
    });
  });
  after(async () => {
    await service.close();
    await s.close();
  });

  const bearer = { access_token: 'at-preset', token_type: 'bearer' };
  const emailOf = async (provider: string): Promise<string | null | undefined> =>
    (
      await service.database.db
        .selectFrom('identities')
        .select('email')
        .where('provider', '=', provider)
        .executeTakeFirst()
    )?.email;
  async function identityOf(provider: string): Promise<Record<string, unknown>> {
    const { posted } = await signIn(new Popup(), startUrl(service.url, provider));
    assert.ok(posted && !posted.message.error, JSON.stringify(posted?.message));
    const text = JSON.stringify(posted.message);
    assert.doesNotMatch(text, /@(github|example)\.com/, 'no email reaches the page');
    return posted.message.identity as Record<string, unknown>;
  }
  const formOf = (path: string): URLSearchParams | undefined =>
    s.authorizations.filter((a) => a.params.get('redirect_uri')?.includes(path)).at(-1)?.params;

  it('GitHub: /user and the verified primary email of /user/emails (client_secret_post)', async () => {
    handlers['github-client'] = ({ form }) => {
      assert.equal(form.get('client_secret'), secret, 'the secret in the form body');
      return { ...bearer, scope: 'read:user,user:email' };
    };
    s.json.set('/user', {
      login: 'octocat',
      id: 583231,
      avatar_url: 'https://avatars.githubusercontent.com/u/583231?v=4',
      html_url: 'https://github.com/octocat',
      name: 'The Octocat',
    });
    s.json.set('/user/emails', [
      { email: 'old@github.com', primary: false, verified: true, visibility: null },
      { email: 'octocat@github.com', primary: true, verified: true, visibility: 'public' },
    ]);
    assert.deepEqual(await identityOf('github'), {
      provider: 'github',
      providerName: 'GitHub',
      name: 'The Octocat',
      avatar: 'https://avatars.githubusercontent.com/u/583231?v=4',
      link: 'https://github.com/octocat',
    });
    assert.equal(await emailOf('github'), 'octocat@github.com');
    const asked = formOf('/auth/github/');
    assert.ok(asked);
    assert.equal(asked.get('scope'), 'read:user user:email');
    assert.equal(asked.get('code_challenge_method'), 'S256');
    assert.equal(asked.get('nonce'), null, 'no nonce for OAuth 2.0 without OpenID Connect');
    const profile = s.requests.find((r) => r.path === '/user');
    assert.equal(profile?.authorization, 'Bearer at-preset');
  });

  it('X: /2/users/me { data } (client_secret_basic), a profile link from the username', async () => {
    handlers['x-client'] = ({ authorization }) => {
      assert.match(authorization ?? '', /^Basic /);
      return bearer;
    };
    s.json.set('/2/users/me', {
      data: {
        id: '2244994945',
        name: 'Developers',
        username: 'XDevelopers',
        profile_image_url: 'https://pbs.twimg.com/profile_images/1/x_normal.png',
      },
    });
    assert.deepEqual(await identityOf('x'), {
      provider: 'x',
      providerName: 'X',
      name: 'Developers',
      avatar: 'https://pbs.twimg.com/profile_images/1/x_normal.png',
      link: 'https://x.com/XDevelopers',
    });
    assert.equal(formOf('/auth/x/')?.get('scope'), 'users.read tweet.read');
  });

  it('Facebook: /me with picture.data.url; no email kept', async () => {
    handlers['facebook-client'] = () => bearer;
    s.json.set('/me', {
      id: '10100000000000001',
      name: 'Mark Example',
      picture: {
        data: { height: 200, is_silhouette: false, url: 'https://platform-lookaside.fbsbx.com/p.jpg', width: 200 },
      },
      link: 'https://www.facebook.com/app_scoped_user_id/1/',
    });
    const identity = await identityOf('facebook');
    assert.equal(identity.name, 'Mark Example');
    assert.equal(identity.avatar, 'https://platform-lookaside.fbsbx.com/p.jpg');
    assert.equal(await emailOf('facebook'), null);
  });

  it('WordPress.com: /rest/v1.1/me; the email only because email_verified', async () => {
    handlers['wordpress-client'] = () => ({ ...bearer, blog_id: '0', blog_url: null, scope: 'auth' });
    s.json.set('/rest/v1.1/me', {
      ID: 12345,
      display_name: 'Liah Qureshi',
      username: 'liahq',
      email: 'liah@example.com',
      email_verified: true,
      avatar_URL: 'https://0.gravatar.com/avatar/abc?s=96',
      profile_URL: 'https://gravatar.com/liahq',
    });
    assert.deepEqual(await identityOf('wordpress'), {
      provider: 'wordpress',
      providerName: 'WordPress.com',
      name: 'Liah Qureshi',
      avatar: 'https://0.gravatar.com/avatar/abc?s=96',
      link: 'https://gravatar.com/liahq',
    });
    assert.equal(await emailOf('wordpress'), 'liah@example.com');
  });

  it("Mastodon: an instance's /oauth endpoints and /api/v1/accounts/verify_credentials", async () => {
    handlers['mastodon-client'] = () => ({ ...bearer, scope: 'profile', created_at: 1 });
    s.json.set('/api/v1/accounts/verify_credentials', {
      id: '14715',
      username: 'trwnh',
      acct: 'trwnh',
      display_name: 'infinite love ⴳ',
      avatar: 'https://files.mastodon.social/accounts/avatars/000/014/715/original/a.png',
      url: 'https://mastodon.social/@trwnh',
    });
    const identity = await identityOf('mastodon');
    assert.equal(identity.providerName, `Mastodon (${new URL(s.url).host})`);
    assert.equal(identity.name, 'infinite love ⴳ');
    assert.equal(identity.link, 'https://mastodon.social/@trwnh');
    assert.equal(formOf('/auth/mastodon/')?.get('scope'), 'profile');
  });

  it('Google: standard claims from a verified ID token; the email kept because verified', async () => {
    handlers['google-client'] = async ({ nonce }) => ({
      ...bearer,
      id_token: await s.sign({
        iss: s.url,
        azp: 'google-client',
        aud: 'google-client',
        sub: '110169484474386276334',
        email: 'reader@example.com',
        email_verified: true,
        name: 'Rita Reader',
        picture: 'https://lh3.googleusercontent.com/a/photo=s96-c',
        given_name: 'Rita',
        family_name: 'Reader',
        iat: Math.floor(Date.now() / 1000),
        exp: Math.floor(Date.now() / 1000) + 3600,
        nonce,
      }),
    });
    const identity = await identityOf('google');
    assert.equal(identity.name, 'Rita Reader');
    assert.equal(identity.avatar, 'https://lh3.googleusercontent.com/a/photo=s96-c');
    assert.equal(await emailOf('google'), 'reader@example.com');
    const change = await new Popup().request(startUrl(service.url, 'google', { change: '1' }));
    assert.equal(
      new URL(change.location ?? '').searchParams.get('prompt'),
      'select_account',
      'Change asks for another account',
    );
  });

  it('Microsoft: no email_verified claim, so no email is kept', async () => {
    handlers['microsoft-client'] = async ({ nonce }) => ({
      ...bearer,
      id_token: await s.sign({
        iss: s.url,
        aud: 'microsoft-client',
        sub: 'AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ',
        name: 'Megan Bowen',
        preferred_username: 'megan@contoso.example',
        email: 'megan@contoso.example',
        iat: Math.floor(Date.now() / 1000),
        exp: Math.floor(Date.now() / 1000) + 3600,
        nonce,
      }),
    });
    assert.equal((await identityOf('microsoft')).name, 'Megan Bowen');
    assert.equal(await emailOf('microsoft'), null);
  });

  it('Apple: form_post back, a client secret signed with the team key, the name from the first `user` field', async () => {
    s.formPost = true;
    s.extraPost = {
      user: JSON.stringify({ name: { firstName: 'Tim', lastName: 'Example' }, email: 'x@privaterelay.appleid.com' }),
    };
    handlers['apple-client'] = async ({ form, nonce }) => {
      const { payload, protectedHeader } = await jwtVerify(form.get('client_secret') ?? '', apple.publicKey, {
        issuer: 'TEAM123456',
        audience: s.url,
        subject: 'apple-client',
      });
      assert.equal(protectedHeader.kid, 'KEY1234567');
      assert.ok((payload.exp ?? 0) - (payload.iat ?? 0) <= 600, 'a short-lived client secret');
      return {
        ...bearer,
        id_token: await s.sign({
          iss: s.url,
          aud: 'apple-client',
          sub: '001234.abcdef.1234',
          email: 'x@privaterelay.appleid.com',
          email_verified: 'true',
          is_private_email: 'true',
          iat: Math.floor(Date.now() / 1000),
          exp: Math.floor(Date.now() / 1000) + 600,
          nonce,
        }),
      };
    };
    try {
      const popup = new Popup();
      const authorize = await popup.follow(startUrl(service.url, 'apple'));
      const { formPost, fields } = JSON.parse(authorize.body) as { formPost: string; fields: Record<string, string> };
      assert.equal(formOf('/auth/apple/')?.get('response_mode'), 'form_post');
      const step = await popup.request(formPost, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
      const message = postedMessage(step.body)?.message;
      assert.equal((message?.identity as { name?: string } | undefined)?.name, 'Tim Example', JSON.stringify(message));
      assert.equal(await emailOf('apple'), 'x@privaterelay.appleid.com');
    } finally {
      s.formPost = false;
      s.extraPost = {};
    }
  });
});

// The `auth` configuration: presets by name, any OpenID Connect issuer, secrets from the
// environment, and a sentence naming the key for every mistake.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveAuth } from '../src/auth/config.js';
import { ConfigError, loadConfig } from '../src/config.js';

describe('auth configuration', () => {
  it('resolves presets by id or by name, with secrets from the environment', () => {
    const auth = resolveAuth(
      {
        providers: [
          { id: 'google', clientId: 'g', clientSecret: '$G_SECRET' },
          { id: 'fosstodon', preset: 'mastodon', instance: 'https://fosstodon.org', clientId: 'm', clientSecret: 's' },
          {
            id: 'company',
            preset: 'oidc',
            name: 'Example ID',
            issuer: 'https://id.example.com',
            clientId: 'c',
            clientSecret: 's',
            approve: false,
          },
        ],
      },
      { G_SECRET: 'from-env' },
    );
    const [google, mastodon, company] = auth.providers;
    assert.ok(google && mastodon && company);
    assert.equal(google.clientSecret, 'from-env');
    assert.equal(google.issuer, 'https://accounts.google.com');
    assert.equal(google.approve, true);
    assert.equal(mastodon.name, 'Mastodon (fosstodon.org)');
    assert.equal(mastodon.tokenUrl, 'https://fosstodon.org/oauth/token');
    assert.equal(company.issuer, 'https://id.example.com');
    assert.equal(company.icon, 'openid');
    assert.equal(company.approve, false);
    assert.equal(auth.sessionHours, 8);
  });

  const mistakes: [string, unknown, RegExp][] = [
    ['an unknown preset', { id: 'myspace', clientId: 'a', clientSecret: 'b' }, /preset: "myspace" is none of/],
    ['no client id', { id: 'google', clientSecret: 'b' }, /clientId: the client id/],
    ['no secret', { id: 'github', clientId: 'a' }, /clientSecret: the client secret/],
    ['an unset variable', { id: 'github', clientId: 'a', clientSecret: '$NOPE_NOT_SET' }, /NOPE_NOT_SET is not set/],
    [
      'an OIDC provider without issuer',
      { id: 'x1', preset: 'oidc', name: 'X1', clientId: 'a', clientSecret: 'b' },
      /needs its issuer/,
    ],
    [
      'an http issuer off this machine',
      { id: 'x2', preset: 'oidc', name: 'X2', issuer: 'http://id.example.com', clientId: 'a', clientSecret: 'b' },
      /must be https/,
    ],
    ['a bad id', { id: 'Google!', clientId: 'a', clientSecret: 'b' }, /lower-case letters/],
    [
      'the guest id',
      { id: 'guest', preset: 'google', clientId: 'a', clientSecret: 'b' },
      /"guest" is the service's own/,
    ],
    [
      'an unknown key',
      { id: 'google', clientId: 'a', clientSecret: 'b', redirectUri: 'x' },
      /unknown key "redirectUri"/,
    ],
    ['Apple without its key', { id: 'apple', clientId: 'a' }, /needs \{ teamId, keyId, privateKey \}/],
  ];
  for (const [name, provider, message] of mistakes) {
    it(`says what is wrong: ${name}`, () => {
      assert.throws(() => resolveAuth({ providers: [provider] }, {}), message);
    });
  }

  it('refuses two providers with one id, and bad session lengths, through loadConfig', () => {
    const env = { BLOG_WIDGETS_CONFIG: '' };
    assert.throws(
      () =>
        loadConfig({
          env,
          flags: {
            auth: {
              providers: [
                { id: 'google', clientId: 'a', clientSecret: 'b' },
                { id: 'google', clientId: 'c', clientSecret: 'd' },
              ],
            },
          },
        }),
      (error: Error) => error instanceof ConfigError && error.message.includes('used twice'),
    );
    assert.throws(() => loadConfig({ env, flags: { auth: { sessionHours: 0 } } }), /sessionHours/);
    assert.equal(
      loadConfig({ env, flags: { auth: { publicUrl: 'https://comments.example.com/' } } }).auth.publicUrl,
      'https://comments.example.com',
    );
  });
});

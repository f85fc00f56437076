// A real OpenID Connect provider on 127.0.0.1 for the demo (`npm start`) and the tests: the
// `oidc-provider` package (certified), authorization code flow with PKCE required, ID tokens
// signed with a key made at start (RS256), discovery, JWKS, UserInfo. Only the people are made
// up: a couple of demo users with pictures served by the provider itself, and a login page
// that lets a newcomer pick one with a click ("Sign in as Ada Lovelace"). An authorization
// request with `login_hint=<user id>` picks that user without the page (automation), exactly
// as a provider that remembers an account would; consent is given at once (a first-party app).
//
//   const idp = await startDemoIdp({ port: 0, clients: [{ clientId, clientSecret, redirectUris }] });
//   idp.issuer  // http://127.0.0.1:PORT
//   await idp.stop();
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

/** The demo people. `picture` and `profile` are pages of the provider itself. */
export const DEMO_USERS = [
  { id: 'ada', name: 'Ada Lovelace', email: 'ada@demo.invalid', color: '#7b3fa0' },
  { id: 'grace', name: 'Grace Hopper', email: 'grace@demo.invalid', color: '#1f6f8b' },
];

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const initials = (name) =>
  name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2);

function avatar(user) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" width="96" height="96"><rect width="96" height="96" fill="${user.color}"/><text x="48" y="60" font-family="sans-serif" font-size="38" font-weight="700" fill="#fff" text-anchor="middle">${escape(initials(user.name))}</text></svg>`;
}

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>:root{color-scheme:light dark;font:16px/1.5 system-ui,sans-serif}
body{max-width:26rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.25rem}
form{margin:0}.user{display:flex;align-items:center;gap:.75rem;inline-size:100%;margin:.5rem 0;padding:.5rem .75rem;font:inherit;text-align:start;cursor:pointer}
.user img{inline-size:40px;block-size:40px;border-radius:50%}.cancel{margin-top:1rem;font:inherit}</style></head>
<body><main>${body}</main></body></html>`;
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

/**
 * Starts the provider. `clients`: [{ clientId, clientSecret, redirectUris }] registered with it.
 * @returns {Promise<{ issuer: string, port: number, users: typeof DEMO_USERS, stop: () => Promise<void> }>}
 */
export async function startDemoIdp({ port = 0, host = '127.0.0.1', clients = [], users = DEMO_USERS } = {}) {
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const issuer = `http://${host}:${server.address().port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = {
    ...(await exportJWK(privateKey)),
    kid: `demo-${randomBytes(4).toString('hex')}`,
    alg: 'RS256',
    use: 'sig',
  };
  const byId = new Map(users.map((u) => [u.id, u]));

  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    // Every client must use PKCE, not only public ones.
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name', 'picture', 'profile'], email: ['email', 'email_verified'] },
    findAccount: (_ctx, id) => {
      const user = byId.get(id);
      if (!user) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          name: user.name,
          picture: `${issuer}/avatars/${id}.svg`,
          profile: `${issuer}/people/${id}`,
          email: user.email,
          email_verified: true,
        }),
      };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false } },
    ttl: { Session: 3600, Interaction: 600, Grant: 3600, AccessToken: 600, AuthorizationCode: 60, IdToken: 600 },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page(
        'Sign-in error',
        `<h1>Sign-in error</h1><p>${escape(out.error)}: ${escape(out.error_description ?? '')}</p>`,
      );
    },
  });

  /** The login and consent steps: pick a demo user (or the `login_hint` one); consent at once. */
  async function interaction(req, res, uid, action) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const { prompt, params } = details;
    if (action === 'abort') {
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The reader cancelled signing in.' },
        { mergeWithLastSubmission: false },
      );
    }
    if (prompt.name === 'login') {
      let chosen = action === 'login' ? (await readForm(req)).get('user') : undefined;
      if (!chosen && byId.has(params.login_hint)) {
        chosen = params.login_hint;
      }
      if (chosen && byId.has(chosen)) {
        return provider.interactionFinished(
          req,
          res,
          { login: { accountId: chosen } },
          { mergeWithLastSubmission: false },
        );
      }
      const list = users
        .map(
          (
            u,
          ) => `<form method="post" action="/interaction/${escape(uid)}/login"><input type="hidden" name="user" value="${escape(u.id)}">
<button class="user" type="submit" data-user="${escape(u.id)}"><img src="/avatars/${escape(u.id)}.svg" alt=""><span>Sign in as <strong>${escape(u.name)}</strong></span></button></form>`,
        )
        .join('');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(
        page(
          'Demo ID: sign in',
          `<h1>Demo ID</h1><p>A demo OpenID Connect provider on this machine. Pick a person to sign in as:</p>${list}
<form method="post" action="/interaction/${escape(uid)}/abort"><button class="cancel" type="submit">Cancel</button></form>`,
        ),
      );
      return undefined;
    }
    // consent: this demo's only clients are first-party, so everything asked is granted.
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session.accountId, clientId: params.client_id });
    const missing = prompt.details.missingOIDCScope;
    if (missing) grant.addOIDCScope(missing.join(' '));
    const claims = prompt.details.missingOIDCClaims;
    if (claims) grant.addOIDCClaims(claims);
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  const callback = provider.callback();
  server.on('request', (req, res) => {
    const url = new URL(req.url, issuer);
    const avatarMatch = /^\/avatars\/([a-z]+)\.svg$/.exec(url.pathname);
    if (avatarMatch && byId.has(avatarMatch[1])) {
      res.writeHead(200, {
        'content-type': 'image/svg+xml',
        'cache-control': 'max-age=3600',
        'access-control-allow-origin': '*',
      });
      res.end(avatar(byId.get(avatarMatch[1])));
      return;
    }
    const personMatch = /^\/people\/([a-z]+)$/.exec(url.pathname);
    if (personMatch && byId.has(personMatch[1])) {
      const user = byId.get(personMatch[1]);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(user.name, `<h1>${escape(user.name)}</h1><p>A demo person of Demo ID.</p>`));
      return;
    }
    const step = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(url.pathname);
    if (step && (req.method === 'GET' || (req.method === 'POST' && step[2]))) {
      interaction(req, res, step[1], step[2]).catch((error) => {
        res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page('Sign-in error', `<h1>Sign-in error</h1><p>${escape(error.message)}</p>`));
      });
      return;
    }
    callback(req, res);
  });

  return {
    issuer,
    port: server.address().port,
    users,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';

/*
 * A provider stand-in on 127.0.0.1 whose answers the test decides: the providers we cannot
 * reach from here (Google, GitHub, X, Facebook, WordPress.com, Mastodon, Apple, Microsoft) in
 * their documented shapes, and ID tokens made by hand — forged, expired, for another audience
 * or issuer, unsigned — to see the service refuse them. It is a real OAuth 2.0 server as far
 * as the service can tell: discovery, JWKS, an authorization endpoint that sends the browser
 * back with a code, a token endpoint that checks the client's secret and the PKCE verifier.
 * It is not a real provider: the tests that use it say so.
 */

export interface Authorization {
  readonly params: URLSearchParams;
  readonly code: string;
}

export interface TokenRequest {
  readonly form: URLSearchParams;
  readonly authorization: string | undefined;
  readonly nonce: string | null;
  readonly clientId: string;
}

export interface StandIn {
  readonly url: string;
  /** Signs claims with the stand-in's published key (RS256), or another one. */
  sign(claims: Record<string, unknown>, options?: { key?: 'own' | 'stranger'; alg?: string }): Promise<string>;
  /** An unsigned token (`alg: none`). */
  unsigned(claims: Record<string, unknown>): string;
  /** What the token endpoint answers (default: a token without an ID token). */
  token: (request: TokenRequest) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** JSON answers of other paths (profile APIs, UserInfo), by path. */
  readonly json: Map<string, unknown>;
  /** `form_post`: the authorization endpoint answers with the fields a browser would post back. */
  formPost: boolean;
  /** Extra fields of the form post (Apple's `user`). */
  extraPost: Record<string, string>;
  readonly authorizations: Authorization[];
  readonly requests: { path: string; authorization?: string | undefined; accept?: string | undefined }[];
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
}

const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startStandIn(options: { issuer?: (url: string) => string } = {}): Promise<StandIn> {
  const own = await generateKeyPair('RS256', { extractable: true });
  const stranger = await generateKeyPair('RS256', { extractable: true });
  const kid = `stand-in-${randomBytes(3).toString('hex')}`;
  const jwk: JWK = { ...(await exportJWK(own.publicKey)), kid, alg: 'RS256', use: 'sig' };
  const codes = new Map<string, URLSearchParams>();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const issuer = options.issuer?.(url) ?? url;

  const standIn: StandIn = {
    url,
    async sign(claims, { key = 'own', alg = 'RS256' } = {}) {
      return new SignJWT(claims).setProtectedHeader({ alg, kid }).sign((key === 'own' ? own : stranger).privateKey);
    },
    unsigned: (claims) => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
    token: () => ({ access_token: 'at-' + randomBytes(8).toString('hex'), token_type: 'Bearer' }),
    json: new Map(),
    formPost: false,
    extraPost: {},
    authorizations: [],
    requests: [],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  server.on('request', (req, res) => {
    void (async () => {
      const at = new URL(req.url ?? '/', url);
      standIn.requests.push({
        path: at.pathname,
        authorization: req.headers.authorization,
        accept: req.headers.accept,
      });
      const send = (status: number, data: unknown, type = 'application/json'): true => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
        res.end(typeof data === 'string' ? data : JSON.stringify(data));
        return true;
      };
      if (at.pathname === '/.well-known/openid-configuration') {
        return send(200, {
          issuer,
          authorization_endpoint: `${url}/authorize`,
          token_endpoint: `${url}/token`,
          userinfo_endpoint: `${url}/userinfo`,
          jwks_uri: `${url}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
        });
      }
      if (at.pathname === '/jwks') return send(200, { keys: [jwk] });
      if (at.pathname.endsWith('/authorize')) {
        const code = randomBytes(12).toString('hex');
        codes.set(code, at.searchParams);
        standIn.authorizations.push({ params: at.searchParams, code });
        const back = new URL(at.searchParams.get('redirect_uri') ?? '');
        const fields = { code, state: at.searchParams.get('state') ?? '', ...standIn.extraPost };
        if (standIn.formPost) return send(200, { formPost: back.href, fields });
        for (const [k, v] of Object.entries(fields)) back.searchParams.set(k, v);
        res.writeHead(302, { location: back.href });
        res.end();
        return true;
      }
      if (/(\/token|access_token)$/.test(at.pathname) && req.method === 'POST') {
        const form = new URLSearchParams(await body(req));
        const asked = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const challenge = createHash('sha256')
          .update(form.get('code_verifier') ?? '')
          .digest('base64url');
        if (asked?.get('code_challenge') !== challenge) {
          return send(400, { error: 'invalid_grant', error_description: 'code or PKCE verifier refused' });
        }
        return send(
          200,
          await standIn.token({
            form,
            authorization: req.headers.authorization,
            nonce: asked.get('nonce'),
            clientId: asked.get('client_id') ?? '',
          }),
        );
      }
      if (standIn.json.has(at.pathname)) return send(200, standIn.json.get(at.pathname));
      return send(404, { error: 'not_found' });
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  return standIn;
}

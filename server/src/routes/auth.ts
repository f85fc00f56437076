import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../app.js';
import { SignInError } from '../auth/client.js';
import { FinishError, SignIns } from '../auth/flow.js';
import { sendPopupPage } from '../auth/page.js';
import { errors } from './schemas.js';

/*
 * Social sign-in routes: the providers a page may offer (API, CORS like the rest), and the two
 * pages of the popup — /auth/<id>/start (sends it to the provider) and /auth/<id>/callback
 * (where the provider sends it back; it hands the session token to the page).
 */

interface StartQuery {
  origin?: string;
  request?: string;
  change?: string;
  login_hint?: string;
}

/** The popup's cookies (only ours matter: `bw_signin_…`). */
function cookies(request: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at).trim()] = decodeURIComponent(part.slice(at + 1).trim());
  }
  return out;
}

export const authRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    const { config } = context;
    const signIns = new SignIns(context.db, config.auth, context.sites);

    /** Where browsers reach the service: `auth.publicUrl`, else the address it listens on. */
    const base = (): string => {
      if (config.auth.publicUrl) return config.auth.publicUrl.replace(/\/+$/, '');
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
      return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    };
    const callbackUrl = (id: string): string => `${base()}/auth/${encodeURIComponent(id)}/callback`;
    const secure = (): boolean => base().startsWith('https:');

    app.get(
      '/api/v1/auth/providers',
      {
        schema: {
          summary: 'The sign-in providers a page may offer',
          description:
            'Each with the address of its sign-in popup: open `start` with `origin` (the page origin, which must ' +
            'be a site of this service) and `request` (8–64 URL-safe characters the page picks) in a popup. The ' +
            'popup ends by posting `{ type: "blog-widgets:sign-in", request, token, expiresAt, identity }` (or ' +
            '`{ …, error, message }`) to that origin with postMessage. `change=1` asks the provider to let the ' +
            'reader pick another account.',
          tags: ['session'],
          response: {
            200: {
              type: 'object',
              required: ['providers'],
              properties: {
                providers: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['id', 'name', 'icon', 'start'],
                    properties: {
                      id: { type: 'string' },
                      name: { type: 'string' },
                      icon: { type: 'string' },
                      start: { type: 'string' },
                    },
                  },
                },
              },
            },
            ...errors(403),
          },
        },
      },
      async () => ({
        providers: signIns.providers.map((p) => ({
          id: p.id,
          name: p.name,
          icon: p.icon,
          start: `${base()}/auth/${encodeURIComponent(p.id)}/start`,
        })),
      }),
    );

    /** A failure shown in the popup and, when the page is known, told to it. */
    const failed = (reply: FastifyReply, error: unknown, request: FastifyRequest): FastifyReply => {
      const known = error instanceof SignInError ? error : undefined;
      if (!known) request.log.error({ err: error }, 'sign-in failed');
      else request.log.info({ code: known.code }, known.message);
      const status = known?.status ?? 500;
      const message = known?.message ?? 'Something went wrong on the server. Try again in a moment.';
      const target = error instanceof FinishError ? error : undefined;
      return sendPopupPage(reply, status, {
        title: 'You are not signed in',
        text: message,
        origin: target?.origin,
        message: target && {
          type: 'blog-widgets:sign-in',
          request: target.request,
          error: target.code,
          message,
        },
      });
    };

    app.get<{ Params: { provider: string }; Querystring: StartQuery }>(
      '/auth/:provider/start',
      {
        schema: {
          hide: true,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              origin: { type: 'string', maxLength: 300 },
              request: { type: 'string', maxLength: 64 },
              change: { type: 'string', enum: ['0', '1'] },
              login_hint: { type: 'string', maxLength: 200 },
            },
          },
        },
        // A bad query (an unknown parameter such as redirect_uri) is a page, not JSON: it is a popup.
        attachValidation: true,
      },
      async (request, reply) => {
        if (request.validationError) {
          return failed(
            reply,
            new SignInError('request_invalid', `This sign-in link is not valid: ${request.validationError.message}.`),
            request,
          );
        }
        const { provider } = request.params;
        let started: Awaited<ReturnType<SignIns['start']>>;
        try {
          started = await signIns.start(provider, request.query, callbackUrl(provider));
        } catch (error) {
          return failed(reply, error, request);
        }
        const { name, value, maxAge } = started.cookie;
        const attributes = [`Path=/auth/`, `Max-Age=${maxAge}`, 'HttpOnly'];
        // Apple's form_post comes back as a cross-site POST: only SameSite=None cookies go with it.
        if (signIns.provider(provider).provider.responseMode === 'form_post' && secure()) {
          attributes.push('SameSite=None', 'Secure');
        } else attributes.push('SameSite=Lax', ...(secure() ? ['Secure'] : []));
        return reply
          .header('Set-Cookie', `${name}=${value}; ${attributes.join('; ')}`)
          .header('Cache-Control', 'no-store')
          .header('Referrer-Policy', 'no-referrer')
          .redirect(started.url.href, 302);
      },
    );

    const finish = async (
      request: FastifyRequest<{ Params: { provider: string } }>,
      reply: FastifyReply,
      params: URLSearchParams,
      current: URL | Request,
    ): Promise<FastifyReply> => {
      let done: Awaited<ReturnType<SignIns['finish']>>;
      try {
        done = await signIns.finish(request.params.provider, current, params, cookies(request), request.ip);
      } catch (error) {
        return failed(reply, error, request);
      }
      request.log.info({ provider: done.identity.provider }, 'signed in');
      return sendPopupPage(reply, 200, {
        title: 'You are signed in',
        text: `Signed in as ${done.identity.name}. This window closes by itself.`,
        origin: done.origin,
        message: {
          type: 'blog-widgets:sign-in',
          request: done.request,
          token: done.token,
          expiresAt: new Date(done.expiresAt).toISOString(),
          identity: done.identity,
        },
      });
    };

    app.get<{ Params: { provider: string } }>(
      '/auth/:provider/callback',
      { schema: { hide: true } },
      (request, reply) => {
        const query = new URL(request.url, 'http://x').search;
        return finish(
          request,
          reply,
          new URLSearchParams(query),
          new URL(`${callbackUrl(request.params.provider)}${query}`),
        );
      },
    );

    // Sign in with Apple answers with a form POST (response_mode=form_post).
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 16_384 },
      (_r, body, done) => done(null, body),
    );
    app.post<{ Params: { provider: string }; Body: string }>(
      '/auth/:provider/callback',
      { schema: { hide: true } },
      (request, reply) => {
        const body = typeof request.body === 'string' ? request.body : '';
        const current = new Request(callbackUrl(request.params.provider), {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body,
        });
        return finish(request, reply, new URLSearchParams(body), current);
      },
    );
  };

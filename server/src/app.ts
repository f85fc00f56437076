import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Config } from './config.js';
import type { OpenedDb } from './db.js';
import { ApiError, errorHandler, errorSchema } from './errors.js';
import { commentRoutes } from './routes/comments.js';
import { likeRoutes } from './routes/likes.js';
import { metaRoutes } from './routes/meta.js';
import { authRoutes } from './routes/auth.js';
import { sessionRoutes } from './routes/session.js';
import { Sites } from './sites.js';
import { authenticate, endedSession, type Viewer } from './store/sessions.js';

/** What every route gets: the database, the configuration and the sites. */
export interface Context {
  readonly db: OpenedDb['db'];
  readonly engine: OpenedDb['engine'];
  readonly config: Config;
  readonly sites: Sites;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The live session of `Authorization: Bearer …`, once looked up (`viewerOf`). */
    viewerPromise?: Promise<Viewer | undefined>;
  }
}

/** The bearer token of a request, if any. */
export function tokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/** The reader behind the request's token (looked up once per request), or undefined for anonymous. */
export function viewerOf(context: Context, request: FastifyRequest): Promise<Viewer | undefined> {
  const token = tokenOf(request);
  request.viewerPromise ??= token ? authenticate(context.db, token) : Promise.resolve(undefined);
  return request.viewerPromise;
}

/**
 * The reader behind a write: like `viewerOf`, but a signed-in session that has ended (logged
 * out, expired) is refused with 401 `session_ended` instead of writing as an anonymous guest.
 */
export async function writerOf(context: Context, request: FastifyRequest): Promise<Viewer | undefined> {
  const viewer = await viewerOf(context, request);
  const token = tokenOf(request);
  if (!viewer && token) {
    const provider = await endedSession(context.db, token);
    if (provider && provider !== 'guest') {
      throw new ApiError(
        401,
        'session_ended',
        'Your sign-in has ended (you logged out, or it expired). Sign in again, or write as a guest.',
      );
    }
  }
  return viewer;
}

/** The page origin of a browser request, if it sent one. */
export const originOf = (request: FastifyRequest): string | undefined => {
  const origin = request.headers.origin;
  return typeof origin === 'string' && origin ? origin : undefined;
};

/** JSON bodies: UTF-8 only, and invalid UTF-8 refused rather than silently replaced. */
function parseJson(_request: FastifyRequest, body: Buffer): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body);
  } catch {
    throw new ApiError(400, 'invalid_utf8', 'The request body is not valid UTF-8.');
  }
  if (!text.trim()) throw new ApiError(400, 'invalid_json', 'The request body is empty; send a JSON object.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
}

/** The service as a Fastify app (not listening yet). */
export async function buildApp(opened: OpenedDb, config: Config): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.authorization'] },
    bodyLimit: config.limits.bodyBytes,
    trustProxy: config.trustProxy,
    // Comments are text: a client that sends a number for `parent` gets it as a string.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
  });
  const context: Context = { db: opened.db, engine: opened.engine, config, sites: new Sites(config) };

  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send(new ApiError(404, 'not_found', 'There is nothing at this address.').toJSON()),
  );
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const charset = /;\s*charset=("?)([^";]+)\1/i.exec(request.headers['content-type'] ?? '')?.[2];
    if (charset && !/^utf-?8$/i.test(charset)) {
      done(new ApiError(415, 'unsupported_media_type', `Send JSON in UTF-8, not ${charset}.`), undefined);
      return;
    }
    try {
      done(null, parseJson(request, body as Buffer));
    } catch (error) {
      done(error as ApiError, undefined);
    }
  });
  app.addSchema(errorSchema);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'blog-widgets companion service',
        version: '1',
        description:
          'Comments (threaded, moderated) and likes for any site. Errors are `{ code, message, field?, statusCode }`. ' +
          'Browsers are identified by their Origin (the CORS allow-list); a reader by an optional ' +
          '`Authorization: Bearer` session token (a guest token from POST /api/v1/session/guest).',
      },
      components: { securitySchemes: { session: { type: 'http', scheme: 'bearer' } } },
    },
  });

  await app.register(cors, {
    // Allowed origins get CORS headers; others get none, and their API requests a 403 below.
    origin: (origin, callback) => callback(null, origin ? context.sites.allows(origin) : false),
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    allowedHeaders: ['Content-Type', 'Authorization'],
    exposedHeaders: ['Retry-After'],
    maxAge: 7200,
  });

  if (config.rateLimits.requestsPerMinute > 0) {
    await app.register(rateLimit, {
      max: config.rateLimits.requestsPerMinute,
      timeWindow: 60_000,
      allowList: (request) => request.url === '/healthz',
      errorResponseBuilder: (_request, context_) =>
        new ApiError(429, 'rate_limited', `Too many requests; try again in ${context_.after}.`, undefined, {
          'Retry-After': String(Math.ceil(context_.ttl / 1000)),
        }),
    });
  }

  // A page on an origin no site lists may not use the API (its browser could not read the
  // answers anyway): refused before any work.
  app.addHook('onRequest', async (request) => {
    const origin = originOf(request);
    if (origin && request.url.startsWith('/api/') && !context.sites.allows(origin)) {
      throw new ApiError(403, 'origin_not_allowed', `Pages on ${origin} may not use this service.`);
    }
  });

  await app.register(metaRoutes(context));
  await app.register(commentRoutes(context), { prefix: '/api/v1' });
  await app.register(likeRoutes(context), { prefix: '/api/v1' });
  await app.register(sessionRoutes(context), { prefix: '/api/v1' });
  await app.register(authRoutes(context));
  return app;
}

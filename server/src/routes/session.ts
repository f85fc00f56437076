import type { FastifyPluginAsync } from 'fastify';
import { tokenOf, viewerOf, type Context } from '../app.js';
import { issueGuest, revokeSession } from '../store/sessions.js';
import { errors, identitySchema } from './schemas.js';

export const sessionRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    const { db, config } = context;

    app.get(
      '/session',
      {
        schema: {
          summary: "The caller's session",
          description:
            '`identity` is the signed-in person (null for a guest or no token); `guest` says a guest token is live.',
          tags: ['session'],
          security: [{}, { session: [] }],
          response: {
            200: {
              type: 'object',
              required: ['identity', 'guest'],
              properties: {
                identity: { ...identitySchema, nullable: true },
                guest: { type: 'boolean' },
                expiresAt: { type: 'string', format: 'date-time' },
              },
            },
          },
        },
      },
      async (request) => {
        const viewer = await viewerOf(context, request);
        if (!viewer) return { identity: null, guest: false };
        const expiresAt = new Date(viewer.expiresAt).toISOString();
        if (viewer.provider === 'guest') return { identity: null, guest: true, expiresAt };
        return {
          identity: {
            provider: viewer.provider,
            providerName: config.auth.providers.find((p) => p.id === viewer.provider)?.name ?? viewer.provider,
            name: viewer.name ?? '',
            ...(viewer.avatar ? { avatar: viewer.avatar } : {}),
            ...(viewer.profileUrl ? { link: viewer.profileUrl } : {}),
          },
          guest: false,
          expiresAt,
        };
      },
    );

    app.post(
      '/session/guest',
      {
        schema: {
          summary: 'A guest session token',
          description:
            'An anonymous identity for this browser: keep the token and send it as `Authorization: Bearer`. ' +
            'It makes a like count once and shows the guest their own held comments. One address gets a limited ' +
            'number per hour.',
          tags: ['session'],
          response: {
            201: {
              type: 'object',
              required: ['token', 'expiresAt'],
              properties: { token: { type: 'string' }, expiresAt: { type: 'string', format: 'date-time' } },
            },
            ...errors(403, 429),
          },
        },
      },
      async (request, reply) => {
        const { token, expiresAt } = await issueGuest(db, request.ip, {
          perHour: config.rateLimits.guestTokensPerIp,
          days: config.guestSessionDays,
        });
        return reply.status(201).send({ token, expiresAt: new Date(expiresAt).toISOString() });
      },
    );

    app.delete(
      '/session',
      {
        schema: {
          summary: 'End the session (log out)',
          description: 'Revokes the token at once; it is anonymous from then on.',
          tags: ['session'],
          security: [{ session: [] }],
          response: { 204: { type: 'null' } },
        },
      },
      async (request, reply) => {
        const token = tokenOf(request);
        if (token) await revokeSession(db, token);
        return reply.status(204).send();
      },
    );
  };

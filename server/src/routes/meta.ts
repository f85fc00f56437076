import type { FastifyPluginAsync } from 'fastify';
import { originOf, type Context } from '../app.js';
import { postRef, type PostQuery } from '../sites.js';
import { ping } from '../store/comments.js';
import { requirePost } from '../store/posts.js';
import { errors, postQuery } from './schemas.js';

export const metaRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    const { db, engine, sites } = context;

    app.get(
      '/healthz',
      {
        schema: {
          summary: 'Liveness and database check',
          tags: ['service'],
          response: {
            200: { type: 'object', properties: { ok: { type: 'boolean' }, db: { type: 'string' } } },
            503: {
              type: 'object',
              properties: { ok: { type: 'boolean' }, db: { type: 'string' }, error: { type: 'string' } },
            },
          },
        },
      },
      async (request, reply) => {
        try {
          await ping(db);
          return { ok: true, db: engine };
        } catch (error) {
          request.log.error({ err: error }, 'health check: database unreachable');
          return reply.status(503).send({ ok: false, db: engine, error: 'database unreachable' });
        }
      },
    );

    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

    app.get('/', { schema: { hide: true } }, async () => ({
      name: 'blog-widgets-server',
      api: '/api/v1',
      openapi: '/openapi.json',
      health: '/healthz',
    }));

    app.get<{ Querystring: PostQuery }>(
      '/api/v1/post',
      {
        schema: {
          summary: 'What the service knows of a post',
          description:
            'Its title and address (from an import or the first comment), counts, and whether comments are closed.',
          tags: ['posts'],
          querystring: { type: 'object', additionalProperties: false, properties: postQuery },
          response: {
            200: {
              type: 'object',
              required: ['comments', 'likes', 'closed'],
              properties: {
                id: { type: 'string' },
                url: { type: 'string' },
                title: { type: 'string' },
                comments: { type: 'integer' },
                likes: { type: 'integer' },
                closed: { type: 'boolean' },
              },
            },
            ...errors(400, 403, 404),
          },
        },
      },
      async (request) => {
        const post = await requirePost(db, postRef(sites, originOf(request), request.query));
        return {
          ...(post.key.startsWith('id:') ? { id: post.key.slice(3) } : {}),
          ...(post.url ? { url: post.url } : {}),
          ...(post.title ? { title: post.title } : {}),
          comments: post.comment_count,
          likes: post.like_count,
          closed: Boolean(post.closed),
        };
      },
    );
  };

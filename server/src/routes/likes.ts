import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { originOf, viewerOf, writerOf, type Context } from '../app.js';
import { ApiError } from '../errors.js';
import { postRef, type PostQuery } from '../sites.js';
import { likesOf, setLike } from '../store/likes.js';
import { ensurePost, findPost } from '../store/posts.js';
import type { Viewer } from '../store/sessions.js';
import { errors, likesSchema, postQuery } from './schemas.js';

interface LikesQuery extends PostQuery {
  likers?: number;
}

const WINDOW = 60_000;

/**
 * Like changes per identity per minute, per instance (in memory): a like is one row per
 * identity, so this only stops a client from toggling in a loop.
 */
class ChangeLimiter {
  private readonly seen = new Map<number, number[]>();
  constructor(private readonly max: number) {}
  take(identity: number, now = Date.now()): boolean {
    const recent = (this.seen.get(identity) ?? []).filter((t) => now - t < WINDOW);
    if (recent.length >= this.max) return false;
    recent.push(now);
    this.seen.set(identity, recent);
    if (this.seen.size > 50_000) this.seen.clear();
    return true;
  }
}

export const likeRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    const { db, config, sites } = context;
    const limiter = new ChangeLimiter(config.rateLimits.likeChangesPerIdentity);
    const querystring = {
      type: 'object',
      additionalProperties: false,
      properties: {
        ...postQuery,
        likers: { type: 'integer', minimum: 0, maximum: 100, default: 10, description: 'How many likers to list.' },
      },
    };

    app.get<{ Querystring: LikesQuery }>(
      '/likes',
      {
        schema: {
          summary: 'Likes of a post: count, the first likers, whether the caller likes it',
          tags: ['likes'],
          security: [{}, { session: [] }],
          querystring,
          response: { 200: likesSchema, ...errors(400, 403, 404, 429) },
        },
      },
      async (request) => {
        const ref = postRef(sites, originOf(request), request.query);
        const [post, viewer] = await Promise.all([findPost(db, ref), viewerOf(context, request)]);
        if (!post) return { count: 0, likers: [], liked: false };
        return likesOf(db, post, request.query.likers ?? 10, viewer?.identity);
      },
    );

    const change = (liked: boolean) => async (request: FastifyRequest<{ Querystring: LikesQuery }>) => {
      const ref = postRef(sites, originOf(request), request.query);
      const viewer: Viewer | undefined = await writerOf(context, request);
      if (!viewer) {
        throw new ApiError(
          401,
          'session_required',
          'Liking needs a session token: get a guest one with POST /api/v1/session/guest.',
        );
      }
      const post = await ensurePost(db, ref, config.moderation.autoCreatePosts);
      if (!limiter.take(viewer.identity)) {
        throw new ApiError(429, 'rate_limited', 'Too many like changes; wait a minute.', undefined, {
          'Retry-After': '60',
        });
      }
      await setLike(db, post.id, viewer.identity, liked, {
        ip: request.ip,
        perIp: config.rateLimits.likesPerPostPerIp,
      });
      const fresh = await findPost(db, ref);
      return likesOf(db, fresh ?? post, request.query.likers ?? 10, viewer.identity);
    };

    const write = (summary: string) => ({
      schema: {
        summary,
        description: 'Needs a session token (a guest one will do). Idempotent. Answers the new summary.',
        tags: ['likes'],
        security: [{ session: [] }],
        querystring,
        response: { 200: likesSchema, ...errors(400, 401, 403, 404, 429) },
      },
    });
    app.put<{ Querystring: LikesQuery }>('/likes', write('Like a post'), change(true));
    app.delete<{ Querystring: LikesQuery }>('/likes', write('Stop liking a post'), change(false));
  };

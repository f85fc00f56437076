import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { akismetCheck } from '../akismet.js';
import { originOf, viewerOf, writerOf, type Context } from '../app.js';
import type { CommentStatus } from '../db.js';
import { ApiError } from '../errors.js';
import { commentContent, commentFields } from '../input.js';
import { postRef, type PostQuery } from '../sites.js';
import {
  hasApproved,
  identityHasApproved,
  insertComment,
  isDuplicate,
  listThreads,
  parentFor,
  recentCounts,
  toPublic,
  type Order,
} from '../store/comments.js';
import { isBanned } from '../store/moderation.js';
import { ensurePost, findPost } from '../store/posts.js';
import type { Viewer } from '../store/sessions.js';
import { commentSchema, errors, postQuery } from './schemas.js';

interface ListQuery extends PostQuery {
  order?: Order;
  cursor?: string;
  limit?: number;
}

interface CreateBody extends PostQuery {
  title?: string;
  parent?: string;
  name?: string;
  email?: string;
  website?: string;
  content?: string;
  notifyComments?: boolean;
  notifyPosts?: boolean;
  honeypot?: string;
}

const WINDOW = 10 * 60_000;

/**
 * Pending (or spam) unless the policy lets this person's comment through at once. A signed-in
 * reader's is approved when both their provider (`approve`) and the site (`approveSignedIn`)
 * allow it; otherwise the hold policy applies to them as to a guest, by identity.
 */
async function statusFor(
  context: Context,
  email: string,
  viewer: Viewer | undefined,
  site: string,
): Promise<CommentStatus> {
  const { hold } = context.config.moderation;
  if (viewer && viewer.provider !== 'guest') {
    const provider = context.config.auth.providers.find((p) => p.id === viewer.provider);
    const trusted = provider?.approve !== false && context.sites.byId(site)?.approveSignedIn !== false;
    if (trusted || hold === 'none') return 'approved';
    if (hold === 'all') return 'pending';
    return (await identityHasApproved(context.db, viewer.identity)) ? 'approved' : 'pending';
  }
  if (hold === 'none') return 'approved';
  if (hold === 'all') return 'pending';
  return (await hasApproved(context.db, email)) ? 'approved' : 'pending';
}

const clientIp = (request: FastifyRequest): string => request.ip;

export const commentRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    const { db, config, sites } = context;

    app.get<{ Querystring: ListQuery }>(
      '/comments',
      {
        schema: {
          summary: 'One page of threads of a post',
          description:
            'Top-level comments in the order asked, each followed by all its replies (oldest first), so a thread ' +
            'never spans two pages. `limit` counts threads. `next` is the cursor of the following page. Approved ' +
            "comments, plus the caller's own held ones (`mine`). An unknown post has no comments yet.",
          tags: ['comments'],
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              ...postQuery,
              order: { type: 'string', enum: ['oldest', 'newest'], default: 'oldest' },
              cursor: { type: 'string', maxLength: 40 },
              limit: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
            },
          },
          response: {
            200: {
              type: 'object',
              required: ['comments', 'total'],
              properties: {
                comments: { type: 'array', items: commentSchema },
                total: { type: 'integer', description: 'Approved comments of the whole post.' },
                next: { type: 'string' },
              },
            },
            ...errors(400, 403, 404, 429),
          },
        },
      },
      async (request) => {
        const ref = postRef(sites, originOf(request), request.query);
        const [post, viewer] = await Promise.all([findPost(db, ref), viewerOf(context, request)]);
        if (!post) return { comments: [], total: 0 };
        return listThreads(db, post, {
          order: request.query.order ?? 'oldest',
          cursor: request.query.cursor,
          limit: request.query.limit ?? 50,
          viewer: viewer?.identity,
        });
      },
    );

    app.post<{ Body: CreateBody }>(
      '/comments',
      {
        schema: {
          summary: 'Post a comment (as a guest, or with a session)',
          description:
            'A guest gives `name` and `email` (never shown) and may give `website`. The answer says whether it ' +
            'is `approved` or `pending` (held for moderation: shown only to its author). Send the session token ' +
            'to see your own held comments later. `honeypot` must stay empty: forms that render their own HTML ' +
            'put it in a field people cannot see.',
          tags: ['comments'],
          security: [{}, { session: [] }],
          body: {
            type: 'object',
            additionalProperties: false,
            properties: {
              ...postQuery,
              title: { type: 'string', maxLength: 500, description: "The post's title, kept when the post is new." },
              parent: { type: 'string', maxLength: 20, description: 'The id of the comment this one answers.' },
              name: { type: 'string', maxLength: 1000 },
              email: { type: 'string', maxLength: 1000, description: 'Required for guests; never returned.' },
              website: { type: 'string', maxLength: 1000 },
              content: { type: 'string', description: 'Plain text.' },
              notifyComments: { type: 'boolean', default: false },
              notifyPosts: { type: 'boolean', default: false },
              honeypot: { type: 'string', maxLength: 1000 },
            },
          },
          response: {
            201: { type: 'object', required: ['comment'], properties: { comment: commentSchema } },
            ...errors(400, 403, 404, 409, 413, 415, 429),
          },
        },
      },
      async (request, reply) => {
        const body = request.body;
        const ref = postRef(sites, originOf(request), body);
        const viewer = await writerOf(context, request);
        const signedIn = viewer && viewer.provider !== 'guest' ? viewer : undefined;
        const fields = signedIn
          ? {
              content: commentContent(body.content, config.limits),
              name: signedIn.name ?? '',
              email: null,
              website: signedIn.profileUrl,
            }
          : commentFields(body, config.limits);
        const post = await ensurePost(db, ref, config.moderation.autoCreatePosts, body.title);
        if (post.closed) throw new ApiError(403, 'comments_closed', 'Comments are closed on this post.');
        const ip = clientIp(request);
        if (await isBanned(db, fields.email, ip)) {
          throw new ApiError(403, 'banned', 'This service does not accept comments from you.');
        }
        const recent = await recentCounts(db, Date.now() - WINDOW, ip, viewer?.identity);
        if (recent.ip >= config.rateLimits.commentsPerIp || recent.identity >= config.rateLimits.commentsPerIdentity) {
          throw new ApiError(429, 'rate_limited', 'You are posting comments too quickly. Wait a moment.', undefined, {
            'Retry-After': '60',
          });
        }
        const parent = await parentFor(db, post.id, body.parent, viewer?.identity);
        const who = { email: fields.email, identity: viewer?.identity };
        if (await isDuplicate(db, post.id, fields.content, who)) {
          throw new ApiError(409, 'duplicate_comment', 'You have already posted this comment on this post.');
        }
        let status: CommentStatus;
        if (body.honeypot?.trim()) {
          status = 'spam'; // a bot filled the field people cannot see: filed as spam, not told
          request.log.info({ ip }, 'honeypot filled: comment filed as spam');
        } else {
          const verdict = fields.email
            ? await akismetCheck(
                config.akismet,
                {
                  blog: ref.url ? new URL(ref.url).origin : (originOf(request) ?? ''),
                  ip,
                  userAgent: request.headers['user-agent'] ?? '',
                  referrer: request.headers.referer ?? '',
                  permalink: ref.url,
                  name: fields.name,
                  email: fields.email,
                  website: fields.website,
                  content: fields.content,
                  parent: parent !== undefined,
                },
                request.log,
              )
            : 'unknown';
          status = verdict === 'spam' ? 'spam' : await statusFor(context, fields.email ?? '', viewer, ref.site);
        }
        const row = await insertComment(
          db,
          {
            post_id: post.id,
            parent_id: parent ? parent.id : null,
            identity_id: viewer?.identity ?? null,
            status,
            author_name: fields.name,
            author_email: fields.email,
            author_url: fields.website,
            author_avatar: signedIn?.avatar ?? null,
            content: fields.content,
            ip,
            user_agent: request.headers['user-agent']?.slice(0, 500) ?? null,
            notify_comments: body.notifyComments ? 1 : 0,
            notify_posts: body.notifyPosts ? 1 : 0,
          },
          parent ? (parent.root_id ?? parent.id) : null,
        );
        if (status === 'approved' && viewer?.provider === 'guest') {
          await db
            .updateTable('identities')
            .set({ name: fields.name, profile_url: fields.website })
            .where('id', '=', viewer.identity)
            .execute();
        }
        request.log.info({ comment: row.id, post: post.id, status }, 'comment stored');
        return reply.status(201).send({ comment: toPublic(row, viewer?.identity) });
      },
    );
  };

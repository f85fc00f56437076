import type { Selectable } from 'kysely';
import type { Db, PostsTable } from '../db.js';
import { ApiError } from '../errors.js';
import type { PostRef } from '../sites.js';

export type Post = Selectable<PostsTable>;

/** The stored post, or undefined. */
export function findPost(db: Db, ref: PostRef): Promise<Post | undefined> {
  return db.selectFrom('posts').selectAll().where('site', '=', ref.site).where('key', '=', ref.key).executeTakeFirst();
}

/** The stored post; 404 `unknown_post` when it does not exist. */
export async function requirePost(db: Db, ref: PostRef): Promise<Post> {
  const post = await findPost(db, ref);
  if (!post) throw new ApiError(404, 'unknown_post', 'This service has no such post.', 'post');
  return post;
}

/**
 * The post, created on first use when `create` allows (concurrent first comments create it
 * once: the unique (site, key) and ON CONFLICT DO NOTHING see to that on both engines).
 */
export async function ensurePost(db: Db, ref: PostRef, create: boolean, title?: string | null): Promise<Post> {
  const found = await findPost(db, ref);
  if (found) return found;
  if (!create) throw new ApiError(404, 'unknown_post', 'This service has no such post.', 'post');
  await db
    .insertInto('posts')
    .values({ site: ref.site, key: ref.key, url: ref.url, title: title ?? null, created_at: Date.now() })
    .onConflict((oc) => oc.columns(['site', 'key']).doNothing())
    .execute();
  return requirePost(db, ref);
}

/** Counts the approved comments of these posts again (after moderation changed statuses). */
export async function recount(db: Db, postIds: readonly number[]): Promise<void> {
  if (!postIds.length) return;
  await db
    .updateTable('posts')
    .set((eb) => ({
      comment_count: eb
        .selectFrom('comments')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('comments.post_id', '=', 'posts.id')
        .where('comments.status', '=', 'approved'),
      like_count: eb
        .selectFrom('likes')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('likes.post_id', '=', 'posts.id'),
    }))
    .where('id', 'in', [...new Set(postIds)])
    .execute();
}

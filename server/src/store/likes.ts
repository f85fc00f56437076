import { type Db, writeTransaction } from '../db.js';
import { ApiError } from '../errors.js';

export interface Liker {
  name: string;
  avatar?: string;
  link?: string;
}

export interface LikesSummary {
  count: number;
  likers: Liker[];
  liked: boolean;
}

/**
 * Count, the first `likers` people who liked (only those with a public name: a guest gets one
 * once a comment of theirs is approved; a signed-in reader has one) — the viewer first when
 * they like it, so their own face shows in the strip at once — and whether the viewer likes
 * it. The count is the post's counter, so 100,000 likes cost what 10 do.
 */
export async function likesOf(
  db: Db,
  post: { id: number; like_count: number },
  likers: number,
  viewer: number | undefined,
): Promise<LikesSummary> {
  const liked =
    viewer !== undefined &&
    (await db
      .selectFrom('likes')
      .select('post_id')
      .where('post_id', '=', post.id)
      .where('identity_id', '=', viewer)
      .executeTakeFirst()) !== undefined;
  const me =
    liked && likers
      ? await db
          .selectFrom('identities')
          .select(['name', 'avatar', 'profile_url'])
          .where('id', '=', viewer)
          .where('name', 'is not', null)
          .executeTakeFirst()
      : undefined;
  const others = likers - (me ? 1 : 0);
  let query = db
    .selectFrom('likes')
    .innerJoin('identities', 'identities.id', 'likes.identity_id')
    .select(['identities.name', 'identities.avatar', 'identities.profile_url'])
    .where('likes.post_id', '=', post.id)
    .where('identities.name', 'is not', null);
  if (me && viewer !== undefined) query = query.where('likes.identity_id', '!=', viewer);
  const people = others
    ? await query.orderBy('likes.created_at', 'asc').orderBy('likes.identity_id', 'asc').limit(others).execute()
    : [];
  return {
    count: post.like_count,
    likers: [...(me ? [me] : []), ...people].map((p) => ({
      name: p.name ?? '',
      ...(p.avatar ? { avatar: p.avatar } : {}),
      ...(p.profile_url ? { link: p.profile_url } : {}),
    })),
    liked,
  };
}

/**
 * Likes or unlikes, idempotently (a repeated like counts once: the (post, identity) key), and
 * moves the post's counter in the same transaction. At most `perIp` identities may like one
 * post from one IP.
 */
export async function setLike(
  db: Db,
  postId: number,
  identity: number,
  liked: boolean,
  { ip, perIp }: { ip: string; perIp: number },
): Promise<void> {
  await writeTransaction(db, async (trx) => {
    if (liked) {
      const fromIp = await trx
        .selectFrom('likes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('post_id', '=', postId)
        .where('ip', '=', ip)
        .where('identity_id', '!=', identity)
        .executeTakeFirst();
      if ((fromIp?.n ?? 0) >= perIp) {
        throw new ApiError(429, 'like_limit', 'This post already has as many likes from this network as it counts.');
      }
      const result = await trx
        .insertInto('likes')
        .values({ post_id: postId, identity_id: identity, ip, created_at: Date.now() })
        .onConflict((oc) => oc.columns(['post_id', 'identity_id']).doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) {
        await trx
          .updateTable('posts')
          .set((eb) => ({ like_count: eb('like_count', '+', 1) }))
          .where('id', '=', postId)
          .execute();
      }
    } else {
      const result = await trx
        .deleteFrom('likes')
        .where('post_id', '=', postId)
        .where('identity_id', '=', identity)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) > 0) {
        await trx
          .updateTable('posts')
          .set((eb) => ({ like_count: eb('like_count', '-', 1) }))
          .where('id', '=', postId)
          .execute();
      }
    }
  });
}

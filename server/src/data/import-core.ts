import { type CommentStatus, type Db, writeTransaction } from '../db.js';
import { recount } from '../store/posts.js';

/*
 * What every importer produces, and how it is stored: posts with comments that name their
 * parent by the export's own id. Comments are inserted parents first, so threading survives
 * whatever order the file lists them in; each remembers where it came from (`origin`), so
 * importing the same file twice adds nothing the second time.
 */

export interface ImportComment {
  /** The comment's id in the export. */
  readonly ref: string;
  readonly parentRef?: string | undefined;
  readonly status: CommentStatus;
  readonly name: string;
  readonly email: string | null;
  readonly website: string | null;
  readonly content: string;
  readonly ip: string | null;
  readonly date: number;
}

/** A like to import: who (an identity by provider and subject, created if new) and when. */
export interface ImportLike {
  readonly provider: string;
  readonly subject: string;
  readonly name: string | null;
  readonly profileUrl: string | null;
  readonly date: number;
}

export interface ImportPost {
  /** `id:<id>` or `url:<canonical URL>`. */
  readonly key: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly closed: boolean;
  readonly comments: readonly ImportComment[];
  readonly likes?: readonly ImportLike[];
}

export interface ImportResult {
  posts: number;
  comments: number;
  likes: number;
  skipped: number;
  /** Comments whose parent is not in the file: kept as top-level comments. */
  orphans: number;
}

/** Parents before children; a parent missing from the file (or a cycle) makes a top-level comment. */
function parentsFirst(comments: readonly ImportComment[]): { ordered: ImportComment[]; orphans: Set<string> } {
  const byRef = new Map(comments.map((c) => [c.ref, c]));
  const orphans = new Set<string>();
  const ordered: ImportComment[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (comment: ImportComment): void => {
    if (state.get(comment.ref) === 'done') return;
    state.set(comment.ref, 'visiting');
    const parent = comment.parentRef ? byRef.get(comment.parentRef) : undefined;
    if (comment.parentRef && (!parent || state.get(parent.ref) === 'visiting')) orphans.add(comment.ref);
    else if (parent) visit(parent);
    state.set(comment.ref, 'done');
    ordered.push(comment);
  };
  for (const comment of [...comments].sort((a, b) => a.date - b.date)) visit(comment);
  return { ordered, orphans };
}

/** Stores the posts and their comments under `site`, in one transaction. */
export async function importPosts(
  db: Db,
  site: string,
  source: string,
  posts: readonly ImportPost[],
): Promise<ImportResult> {
  const result: ImportResult = { posts: 0, comments: 0, likes: 0, skipped: 0, orphans: 0 };
  await writeTransaction(db, async (trx) => {
    const touched: number[] = [];
    for (const post of posts) {
      await trx
        .insertInto('posts')
        .values({
          site,
          key: post.key,
          url: post.url,
          title: post.title,
          closed: post.closed ? 1 : 0,
          created_at: Date.now(),
        })
        .onConflict((oc) => oc.columns(['site', 'key']).doNothing())
        .execute();
      const stored = await trx
        .selectFrom('posts')
        .select('id')
        .where('site', '=', site)
        .where('key', '=', post.key)
        .executeTakeFirstOrThrow();
      const postId = stored.id;
      touched.push(postId);
      result.posts++;
      const { ordered, orphans } = parentsFirst(post.comments);
      const ids = new Map<string, { id: number; root: number | null }>();
      for (const comment of ordered) {
        const origin = `${source}:${site}:${post.key}#${comment.ref}`;
        const existing = await trx
          .selectFrom('comments')
          .select(['id', 'root_id'])
          .where('origin', '=', origin)
          .executeTakeFirst();
        if (existing) {
          ids.set(comment.ref, {
            id: existing.id,
            root: existing.root_id,
          });
          result.skipped++;
          continue;
        }
        const parent = !orphans.has(comment.ref) && comment.parentRef ? ids.get(comment.parentRef) : undefined;
        if (orphans.has(comment.ref)) result.orphans++;
        const inserted = await trx
          .insertInto('comments')
          .values({
            post_id: postId,
            parent_id: parent?.id ?? null,
            root_id: parent ? (parent.root ?? parent.id) : null,
            identity_id: null,
            status: comment.status,
            author_name: comment.name || 'Anonymous',
            author_email: comment.email ? comment.email.toLowerCase() : null,
            author_url: comment.website?.trim() ? comment.website : null,
            content: comment.content,
            ip: comment.ip?.trim() ? comment.ip : null,
            user_agent: null,
            notify_comments: 0,
            notify_posts: 0,
            created_at: comment.date,
            updated_at: comment.date,
            origin,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        ids.set(comment.ref, { id: inserted.id, root: parent ? (parent.root ?? parent.id) : null });
        result.comments++;
      }
      for (const like of post.likes ?? []) {
        await trx
          .insertInto('identities')
          .values({
            provider: like.provider,
            subject: like.subject,
            name: like.name,
            avatar: null,
            profile_url: like.profileUrl,
            email: null,
            created_at: like.date,
          })
          .onConflict((oc) => oc.columns(['provider', 'subject']).doNothing())
          .execute();
        const identity = await trx
          .selectFrom('identities')
          .select('id')
          .where('provider', '=', like.provider)
          .where('subject', '=', like.subject)
          .executeTakeFirstOrThrow();
        const added = await trx
          .insertInto('likes')
          .values({ post_id: postId, identity_id: identity.id, ip: null, created_at: like.date })
          .onConflict((oc) => oc.columns(['post_id', 'identity_id']).doNothing())
          .executeTakeFirst();
        result.likes += Number(added.numInsertedOrUpdatedRows ?? 0);
      }
    }
    await recount(trx, touched);
  });
  return result;
}

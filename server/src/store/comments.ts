import { sql, type Expression, type ExpressionBuilder, type Selectable, type SqlBool } from 'kysely';
import { type CommentsTable, type CommentStatus, type Db, type Tables, writeTransaction } from '../db.js';
import { ApiError } from '../errors.js';

export type CommentRow = Selectable<CommentsTable>;

/** A comment as the API shows it: never the email, the IP or the user agent. */
export interface PublicComment {
  id: string;
  parent?: string;
  author: { name: string; url?: string; avatar?: string };
  content: string;
  date: string;
  /** A held comment (or one filed as spam) shows as `pending`, and only to its author. */
  status: 'approved' | 'pending';
  mine?: boolean;
}

export function toPublic(row: CommentRow, viewer: number | undefined): PublicComment {
  const mine = viewer !== undefined && row.identity_id === viewer;
  return {
    id: String(row.id),
    ...(row.parent_id !== null ? { parent: String(row.parent_id) } : {}),
    author: {
      name: row.author_name,
      ...(row.author_url ? { url: row.author_url } : {}),
      ...(row.author_avatar ? { avatar: row.author_avatar } : {}),
    },
    content: row.content,
    date: new Date(row.created_at).toISOString(),
    status: row.status === 'approved' ? 'approved' : 'pending',
    ...(mine ? { mine: true } : {}),
  };
}

/** What a reader may see: approved comments, and their own held ones. */
function visible(viewer: number | undefined) {
  return (eb: ExpressionBuilder<Tables, 'comments'>): Expression<SqlBool> =>
    viewer === undefined
      ? eb('status', '=', 'approved')
      : eb.or([
          eb('status', '=', 'approved'),
          eb.and([eb('status', 'in', ['pending', 'spam']), eb('identity_id', '=', viewer)]),
        ]);
}

export type Order = 'oldest' | 'newest';

/** An opaque position after a thread: its top-level comment's time and id, base 36. */
export const cursorOf = (row: Pick<CommentRow, 'created_at' | 'id'>): string =>
  `${row.created_at.toString(36)}.${row.id.toString(36)}`;

function parseCursor(cursor: string): [number, number] {
  const match = /^([0-9a-z]{1,11})\.([0-9a-z]{1,11})$/.exec(cursor);
  const time = match?.[1] ? parseInt(match[1], 36) : NaN;
  const id = match?.[2] ? parseInt(match[2], 36) : NaN;
  if (!Number.isSafeInteger(time) || !Number.isSafeInteger(id)) {
    throw new ApiError(400, 'cursor_invalid', '"cursor" is not one this service gave out.', 'cursor');
  }
  return [time, id];
}

export interface ThreadPage {
  comments: PublicComment[];
  /** Approved comments of the whole post. */
  total: number;
  next?: string;
}

/**
 * One page of whole threads: `limit` top-level comments in the order asked (by time, then id,
 * so the order is total and the cursor stable while comments arrive), each followed by all
 * its visible replies, oldest first. A reply never comes on another page than its thread.
 */
export async function listThreads(
  db: Db,
  post: { id: number; comment_count: number },
  options: { order: Order; cursor?: string | undefined; limit: number; viewer?: number | undefined },
): Promise<ThreadPage> {
  const { order, limit, viewer } = options;
  const after = options.cursor ? parseCursor(options.cursor) : undefined;
  const direction = order === 'newest' ? 'desc' : 'asc';
  const roots = await db
    .selectFrom('comments')
    .selectAll()
    .where('post_id', '=', post.id)
    .where('root_id', 'is', null)
    .where(visible(viewer))
    .$if(after !== undefined, (q) =>
      q.where(({ eb, refTuple, tuple }) =>
        eb(refTuple('created_at', 'id'), order === 'newest' ? '<' : '>', tuple(after?.[0] ?? 0, after?.[1] ?? 0)),
      ),
    )
    .orderBy('created_at', direction)
    .orderBy('id', direction)
    .limit(limit + 1)
    .execute();
  const more = roots.length > limit;
  const page = more ? roots.slice(0, limit) : roots;
  const replies = page.length
    ? await db
        .selectFrom('comments')
        .selectAll()
        .where(
          'root_id',
          'in',
          page.map((r) => r.id),
        )
        .where(visible(viewer))
        .orderBy('created_at', 'asc')
        .orderBy('id', 'asc')
        .execute()
    : [];
  const byRoot = new Map<number, CommentRow[]>();
  for (const reply of replies) {
    const list = byRoot.get(Number(reply.root_id)) ?? [];
    list.push(reply);
    byRoot.set(Number(reply.root_id), list);
  }
  const comments = page.flatMap((root) => [root, ...(byRoot.get(root.id) ?? [])].map((c) => toPublic(c, viewer)));
  const last = page.at(-1);
  return { comments, total: post.comment_count, ...(more && last ? { next: cursorOf(last) } : {}) };
}

export interface NewCommentRow {
  post_id: number;
  parent_id: number | null;
  identity_id: number | null;
  status: CommentStatus;
  author_name: string;
  author_email: string | null;
  author_url: string | null;
  author_avatar?: string | null;
  content: string;
  ip: string | null;
  user_agent: string | null;
  notify_comments: number;
  notify_posts: number;
  created_at?: number;
  origin?: string | null;
}

/**
 * The parent a reply answers: a comment of the same post that the author may see. A reply to a
 * comment of another post, or to one that is gone, is refused.
 */
export async function parentFor(
  db: Db,
  postId: number,
  parent: string | undefined,
  viewer: number | undefined,
): Promise<Pick<CommentRow, 'id' | 'root_id'> | undefined> {
  if (parent === undefined || parent === '' || parent === '0') return undefined;
  if (!/^\d{1,15}$/.test(parent)) {
    throw new ApiError(400, 'parent_invalid', '"parent" must be the id of a comment.', 'parent');
  }
  const row = await db
    .selectFrom('comments')
    .select(['id', 'root_id', 'post_id'])
    .where('id', '=', Number(parent))
    .where(visible(viewer))
    .executeTakeFirst();
  if (row?.post_id !== postId) {
    throw new ApiError(
      400,
      'parent_not_found',
      'The comment being answered is not a comment of this post (or it was removed).',
      'parent',
    );
  }
  return row;
}

/**
 * Stores a comment (and counts it when approved) in one transaction, so that a 201 means the
 * comment and the post's count are both committed.
 */
export async function insertComment(db: Db, row: NewCommentRow, root: number | null): Promise<CommentRow> {
  const now = row.created_at ?? Date.now();
  return writeTransaction(db, async (trx) => {
    const inserted = await trx
      .insertInto('comments')
      .values({ ...row, root_id: root, created_at: now, updated_at: now, origin: row.origin ?? null })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (row.status === 'approved') {
      await trx
        .updateTable('posts')
        .set((eb) => ({ comment_count: eb('comment_count', '+', 1) }))
        .where('id', '=', row.post_id)
        .execute();
    }
    return inserted;
  });
}

/** Has this person said exactly this on this post already? */
export async function isDuplicate(
  db: Db,
  postId: number,
  content: string,
  who: { email: string | null; identity: number | undefined },
): Promise<boolean> {
  const found = await db
    .selectFrom('comments')
    .select('id')
    .where('post_id', '=', postId)
    .where('content', '=', content)
    .where('status', '!=', 'deleted')
    .where((eb) =>
      eb.or([
        ...(who.email ? [eb('author_email', '=', who.email)] : []),
        ...(who.identity !== undefined ? [eb('identity_id', '=', who.identity)] : []),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return found !== undefined;
}

/** Comments sent since `since` by this IP and by this identity. */
export async function recentCounts(
  db: Db,
  since: number,
  ip: string,
  identity: number | undefined,
): Promise<{ ip: number; identity: number }> {
  const count = async (column: 'ip' | 'identity_id', value: string | number): Promise<number> => {
    const row = await db
      .selectFrom('comments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(column, '=', value)
      .where('created_at', '>', since)
      .where('origin', 'is', null)
      .executeTakeFirst();
    return row?.n ?? 0;
  };
  return { ip: await count('ip', ip), identity: identity === undefined ? 0 : await count('identity_id', identity) };
}

/** Has a comment with this `author_email` or `identity_id` been approved? */
async function anyApproved(db: Db, column: 'author_email' | 'identity_id', value: string | number): Promise<boolean> {
  const row = await db
    .selectFrom('comments')
    .select('id')
    .where(column, '=', value)
    .where('status', '=', 'approved')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Has this email an approved comment anywhere (a returning commenter, not a first-time guest)? */
export const hasApproved = (db: Db, email: string): Promise<boolean> => anyApproved(db, 'author_email', email);

/** Has this signed-in person a comment that was approved (the `first-time` policy for identities)? */
export const identityHasApproved = (db: Db, identity: number): Promise<boolean> =>
  anyApproved(db, 'identity_id', identity);

/** A raw-SQL `select 1` for health checks. */
export const ping = (db: Db): Promise<unknown> => sql`select 1 as ok`.execute(db);

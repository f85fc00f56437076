import { type CommentStatus, type Db, writeTransaction } from '../db.js';
import { recount } from './posts.js';

/*
 * What moderators do (the CLI, and tests): list comments by status, change statuses, ban an
 * email or an IP. Every change recounts the posts it touched, in the same transaction.
 */

export interface ModerationRow {
  id: number;
  status: CommentStatus;
  site: string;
  post: string;
  parent: number | null;
  name: string;
  email: string | null;
  website: string | null;
  ip: string | null;
  date: string;
  content: string;
}

export async function listForModeration(
  db: Db,
  { status, site, limit = 50 }: { status?: CommentStatus | 'all'; site?: string; limit?: number } = {},
): Promise<ModerationRow[]> {
  const rows = await db
    .selectFrom('comments')
    .innerJoin('posts', 'posts.id', 'comments.post_id')
    .select([
      'comments.id',
      'comments.status',
      'posts.site',
      'posts.key',
      'comments.parent_id',
      'comments.author_name',
      'comments.author_email',
      'comments.author_url',
      'comments.ip',
      'comments.created_at',
      'comments.content',
    ])
    .$if(status !== undefined && status !== 'all', (q) => q.where('comments.status', '=', status as CommentStatus))
    .$if(site !== undefined, (q) => q.where('posts.site', '=', site ?? ''))
    .orderBy('comments.created_at', 'desc')
    .orderBy('comments.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    site: r.site,
    post: r.key.replace(/^(id|url):/, ''),
    parent: r.parent_id,
    name: r.author_name,
    email: r.author_email,
    website: r.author_url,
    ip: r.ip,
    date: new Date(r.created_at).toISOString(),
    content: r.content,
  }));
}

/** Sets the status of these comments; returns the ids that exist. Approving a guest's comment gives their identity its public name. */
export async function setStatus(db: Db, ids: readonly number[], status: CommentStatus): Promise<number[]> {
  if (!ids.length) return [];
  return writeTransaction(db, async (trx) => {
    const rows = await trx
      .selectFrom('comments')
      .select(['id', 'post_id', 'identity_id', 'author_name', 'author_url'])
      .where('id', 'in', ids)
      .execute();
    if (!rows.length) return [];
    await trx
      .updateTable('comments')
      .set({ status, updated_at: Date.now() })
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    if (status === 'approved') {
      for (const row of rows) {
        if (row.identity_id === null) continue;
        await trx
          .updateTable('identities')
          .set({ name: row.author_name, profile_url: row.author_url })
          .where('id', '=', row.identity_id)
          .where('provider', '=', 'guest')
          .execute();
      }
    }
    await recount(
      trx,
      rows.map((r) => r.post_id),
    );
    return rows.map((r) => r.id);
  });
}

export type BanKind = 'email' | 'ip';

/** Bans an email or IP from commenting; their comments still waiting are filed as spam. Returns how many. */
export async function ban(db: Db, kind: BanKind, value: string, reason?: string): Promise<number> {
  const normalized = kind === 'email' ? value.trim().toLowerCase() : value.trim();
  await db
    .insertInto('bans')
    .values({ kind, value: normalized, reason: reason ?? null, created_at: Date.now() })
    .onConflict((oc) => oc.columns(['kind', 'value']).doNothing())
    .execute();
  const pending = await db
    .selectFrom('comments')
    .select('id')
    .where(kind === 'email' ? 'author_email' : 'ip', '=', normalized)
    .where('status', '=', 'pending')
    .execute();
  return (
    await setStatus(
      db,
      pending.map((r) => r.id),
      'spam',
    )
  ).length;
}

export async function unban(db: Db, kind: BanKind, value: string): Promise<boolean> {
  const normalized = kind === 'email' ? value.trim().toLowerCase() : value.trim();
  const result = await db
    .deleteFrom('bans')
    .where('kind', '=', kind)
    .where('value', '=', normalized)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function isBanned(db: Db, email: string | null, ip: string | null): Promise<boolean> {
  const found = await db
    .selectFrom('bans')
    .select('id')
    .where((eb) =>
      eb.or([
        ...(email ? [eb.and([eb('kind', '=', 'email'), eb('value', '=', email)])] : []),
        ...(ip ? [eb.and([eb('kind', '=', 'ip'), eb('value', '=', ip)])] : []),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return found !== undefined;
}

export async function listBans(
  db: Db,
): Promise<{ kind: string; value: string; reason: string | null; date: string }[]> {
  const rows = await db.selectFrom('bans').selectAll().orderBy('created_at', 'desc').execute();
  return rows.map((r) => ({
    kind: r.kind,
    value: r.value,
    reason: r.reason,
    date: new Date(r.created_at).toISOString(),
  }));
}

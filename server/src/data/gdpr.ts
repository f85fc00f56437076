import { type Db, writeTransaction } from '../db.js';
import { recount } from '../store/posts.js';

/*
 * A person's data by their email address: what the service holds (export), and erasing it
 * (delete): their comments, the identities that wrote them or carry the address (with those
 * identities' likes and sessions). Replies others wrote to a deleted comment stay, as
 * top-level comments. Bans are kept: they are the site's record, not the person's content.
 */

export interface PersonalData {
  email: string;
  comments: {
    id: string;
    site: string;
    post: string;
    status: string;
    name: string;
    website: string | null;
    content: string;
    ip: string | null;
    date: string;
  }[];
  likes: { site: string; post: string; date: string }[];
}

async function identitiesOf(db: Db, email: string): Promise<number[]> {
  const rows = await db
    .selectFrom('identities')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('email', '=', email),
        eb(
          'id',
          'in',
          eb
            .selectFrom('comments')
            .select('identity_id')
            .where('author_email', '=', email)
            .where('identity_id', 'is not', null),
        ),
      ]),
    )
    .execute();
  return rows.map((r) => r.id);
}

export async function personalData(db: Db, address: string): Promise<PersonalData> {
  const email = address.trim().toLowerCase();
  const comments = await db
    .selectFrom('comments')
    .innerJoin('posts', 'posts.id', 'comments.post_id')
    .select([
      'comments.id',
      'posts.site',
      'posts.key',
      'comments.status',
      'comments.author_name',
      'comments.author_url',
      'comments.content',
      'comments.ip',
      'comments.created_at',
    ])
    .where('comments.author_email', '=', email)
    .orderBy('comments.created_at')
    .execute();
  const identities = await identitiesOf(db, email);
  const likes = identities.length
    ? await db
        .selectFrom('likes')
        .innerJoin('posts', 'posts.id', 'likes.post_id')
        .select(['posts.site', 'posts.key', 'likes.created_at'])
        .where('likes.identity_id', 'in', identities)
        .execute()
    : [];
  return {
    email,
    comments: comments.map((c) => ({
      id: String(c.id),
      site: c.site,
      post: c.key.replace(/^(id|url):/, ''),
      status: c.status,
      name: c.author_name,
      website: c.author_url,
      content: c.content,
      ip: c.ip,
      date: new Date(c.created_at).toISOString(),
    })),
    likes: likes.map((l) => ({
      site: l.site,
      post: l.key.replace(/^(id|url):/, ''),
      date: new Date(l.created_at).toISOString(),
    })),
  };
}

export async function deletePerson(
  db: Db,
  address: string,
): Promise<{ comments: number; identities: number; likes: number }> {
  const email = address.trim().toLowerCase();
  return writeTransaction(db, async (trx) => {
    const identities = await identitiesOf(trx, email);
    const touched = await trx
      .selectFrom('comments')
      .select('post_id')
      .where((eb) =>
        eb.or([eb('author_email', '=', email), ...(identities.length ? [eb('identity_id', 'in', identities)] : [])]),
      )
      .execute();
    const liked = identities.length
      ? await trx.selectFrom('likes').select('post_id').where('identity_id', 'in', identities).execute()
      : [];
    const deleted = await trx
      .deleteFrom('comments')
      .where((eb) =>
        eb.or([eb('author_email', '=', email), ...(identities.length ? [eb('identity_id', 'in', identities)] : [])]),
      )
      .executeTakeFirst();
    if (identities.length) await trx.deleteFrom('identities').where('id', 'in', identities).execute();
    await recount(
      trx,
      [...touched, ...liked].map((r) => r.post_id),
    );
    return { comments: Number(deleted.numDeletedRows), identities: identities.length, likes: liked.length };
  });
}

import type { CommentStatus, Db } from '../db.js';
import type { ImportPost } from './import-core.js';

/*
 * Everything as one JSON document the site owner keeps (emails and IPs included: it is their
 * data; the API never shows them). `import json` reads it back, on another engine too.
 * Session tokens are not exported.
 */

export interface ExportComment {
  id: string;
  parent: string | null;
  status: CommentStatus;
  name: string;
  email: string | null;
  website: string | null;
  content: string;
  ip: string | null;
  date: string;
  identity: string | null;
}

export interface ExportPost {
  site: string;
  key: string;
  url: string | null;
  title: string | null;
  closed: boolean;
  comments: ExportComment[];
  likes: { identity: string; date: string }[];
}

export interface ExportDocument {
  format: 'blog-widgets-export';
  version: 1;
  exportedAt: string;
  posts: ExportPost[];
  identities: { id: string; provider: string; name: string | null; profileUrl: string | null; email: string | null }[];
  bans: { kind: string; value: string; reason: string | null; date: string }[];
}

const iso = (ms: number | string): string => new Date(Number(ms)).toISOString();
const identityRef = (provider: string, subject: string): string => `${provider}:${subject}`;

export async function exportAll(db: Db): Promise<ExportDocument> {
  const [posts, comments, likes, identities, bans] = await Promise.all([
    db.selectFrom('posts').selectAll().orderBy('id').execute(),
    db.selectFrom('comments').selectAll().orderBy('created_at').orderBy('id').execute(),
    db
      .selectFrom('likes')
      .innerJoin('identities', 'identities.id', 'likes.identity_id')
      .select(['likes.post_id', 'likes.created_at', 'identities.provider', 'identities.subject'])
      .orderBy('likes.created_at')
      .execute(),
    db.selectFrom('identities').selectAll().orderBy('id').execute(),
    db.selectFrom('bans').selectAll().orderBy('id').execute(),
  ]);
  const refs = new Map(identities.map((i) => [i.id, identityRef(i.provider, i.subject)]));
  const out = new Map<number, ExportPost>(
    posts.map((p) => [
      p.id,
      { site: p.site, key: p.key, url: p.url, title: p.title, closed: Boolean(p.closed), comments: [], likes: [] },
    ]),
  );
  for (const c of comments) {
    out.get(c.post_id)?.comments.push({
      id: String(c.id),
      parent: c.parent_id === null ? null : String(c.parent_id),
      status: c.status,
      name: c.author_name,
      email: c.author_email,
      website: c.author_url,
      content: c.content,
      ip: c.ip,
      date: iso(c.created_at),
      identity: c.identity_id === null ? null : (refs.get(c.identity_id) ?? null),
    });
  }
  for (const l of likes)
    out.get(l.post_id)?.likes.push({ identity: identityRef(l.provider, l.subject), date: iso(l.created_at) });
  return {
    format: 'blog-widgets-export',
    version: 1,
    exportedAt: new Date().toISOString(),
    posts: [...out.values()],
    identities: identities.map((i) => ({
      id: identityRef(i.provider, i.subject),
      provider: i.provider,
      name: i.name,
      profileUrl: i.profile_url,
      email: i.email,
    })),
    bans: bans.map((b) => ({ kind: b.kind, value: b.value, reason: b.reason, date: iso(b.created_at) })),
  };
}

/** An export document → posts per site, for `importPosts`. */
export function parseExport(text: string): Map<string, ImportPost[]> {
  const doc = JSON.parse(text) as Partial<ExportDocument>;
  const people = new Map((doc.identities ?? []).map((i) => [i.id, i]));
  if (doc.format !== 'blog-widgets-export' || !Array.isArray(doc.posts)) {
    throw new Error('not a blog-widgets export (expected "format": "blog-widgets-export")');
  }
  const bySite = new Map<string, ImportPost[]>();
  for (const post of doc.posts) {
    const list = bySite.get(post.site) ?? [];
    list.push({
      key: post.key,
      url: post.url,
      title: post.title,
      closed: post.closed,
      comments: post.comments.map((c) => ({
        ref: c.id,
        parentRef: c.parent ?? undefined,
        status: c.status,
        name: c.name,
        email: c.email,
        website: c.website,
        content: c.content,
        ip: c.ip,
        date: Date.parse(c.date),
      })),
      likes: ((post as Partial<ExportPost>).likes ?? []).map((l) => {
        const person = people.get(l.identity);
        const [provider = 'imported', ...subject] = l.identity.split(':');
        return {
          provider: person?.provider ?? provider,
          subject: subject.join(':') || l.identity,
          name: person?.name ?? null,
          profileUrl: person?.profileUrl ?? null,
          date: Date.parse(l.date),
        };
      }),
    });
    bySite.set(post.site, list);
  }
  return bySite;
}

import type { CommentStatus } from '../db.js';
import type { ImportComment, ImportPost } from './import-core.js';
import { child, children, htmlToText, parseXml, textOf } from './xml.js';

/*
 * A WordPress export (WXR 1.1/1.2, Tools → Export): every `<item>` that has `<wp:comment>`s
 * becomes a post, keyed by its permalink (`<link>`) or, with `key: 'id'`, by its WordPress id
 * (for pages that say `post="4"`). Pingbacks and trackbacks are not comments and are left out.
 */

const STATUS: Record<string, CommentStatus> = { '1': 'approved', '0': 'pending', spam: 'spam', trash: 'deleted' };

/** `2013-12-18 14:02:00` (GMT) → ms; falls back to the local date read as UTC. */
function wpTime(gmt: string, local: string): number {
  for (const value of [gmt, local]) {
    const time = Date.parse(`${value.replace(' ', 'T')}Z`);
    if (value && value !== '0000-00-00 00:00:00' && Number.isFinite(time)) return time;
  }
  return Date.now();
}

export function parseWxr(xml: string, { key = 'url' }: { key?: 'url' | 'id' } = {}): ImportPost[] {
  const document = parseXml(xml);
  const channel = child(child(document, 'rss'), 'channel');
  if (!channel) throw new Error('not a WordPress export: no <rss><channel>');
  const posts: ImportPost[] = [];
  for (const item of children(channel, 'item')) {
    const comments: ImportComment[] = [];
    for (const c of children(item, 'wp:comment')) {
      const type = textOf(c, 'wp:comment_type');
      if (type === 'pingback' || type === 'trackback') continue;
      const parent = textOf(c, 'wp:comment_parent');
      comments.push({
        ref: textOf(c, 'wp:comment_id'),
        parentRef: parent && parent !== '0' ? parent : undefined,
        status: STATUS[textOf(c, 'wp:comment_approved')] ?? 'pending',
        name: textOf(c, 'wp:comment_author'),
        email: textOf(c, 'wp:comment_author_email') || null,
        website: textOf(c, 'wp:comment_author_url') || null,
        content: htmlToText(child(c, 'wp:comment_content')?.text ?? ''),
        ip: textOf(c, 'wp:comment_author_IP') || null,
        date: wpTime(textOf(c, 'wp:comment_date_gmt'), textOf(c, 'wp:comment_date')),
      });
    }
    if (!comments.length) continue;
    const link = textOf(item, 'link') || null;
    const id = textOf(item, 'wp:post_id');
    const byId = key === 'id' || !link;
    posts.push({
      key: byId ? `id:${id}` : `url:${new URL(link).href}`,
      url: link,
      title: textOf(item, 'title') || null,
      closed: textOf(item, 'wp:comment_status') === 'closed',
      comments,
    });
  }
  return posts;
}

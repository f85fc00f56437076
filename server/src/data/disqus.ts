import type { ImportComment, ImportPost } from './import-core.js';
import { child, children, htmlToText, parseXml, textOf } from './xml.js';

/*
 * A Disqus export (Admin → Moderation → Export: `<disqus>` with `<thread>`s and `<post>`s that
 * point at their thread and parent by `dsq:id`). A thread is keyed by its identifier
 * (`<id>`, what the page's `disqus_identifier` was) when it has one, else by its `<link>`.
 */

const dsqId = (element: ReturnType<typeof child>): string | undefined => element?.attributes['dsq:id'];
const yes = (text: string): boolean => text === 'true';

export function parseDisqus(xml: string, { key = 'auto' }: { key?: 'auto' | 'url' } = {}): ImportPost[] {
  const document = parseXml(xml);
  const root = child(document, 'disqus');
  if (!root) throw new Error('not a Disqus export: no <disqus> root element');
  const byThread = new Map<string, ImportComment[]>();
  for (const post of children(root, 'post')) {
    const thread = dsqId(child(post, 'thread'));
    const ref = dsqId(post);
    if (!thread || !ref) continue;
    const author = child(post, 'author');
    const time = Date.parse(textOf(post, 'createdAt'));
    const comment: ImportComment = {
      ref,
      parentRef: dsqId(child(post, 'parent')),
      status: yes(textOf(post, 'isDeleted')) ? 'deleted' : yes(textOf(post, 'isSpam')) ? 'spam' : 'approved',
      name: textOf(author, 'name') || textOf(author, 'username'),
      email: textOf(author, 'email') || null,
      website: null,
      content: htmlToText(child(post, 'message')?.text ?? ''),
      ip: textOf(post, 'ipAddress') || null,
      date: Number.isFinite(time) ? time : Date.now(),
    };
    byThread.set(thread, [...(byThread.get(thread) ?? []), comment]);
  }
  const posts: ImportPost[] = [];
  for (const thread of children(root, 'thread')) {
    const comments = byThread.get(dsqId(thread) ?? '');
    if (!comments?.length) continue;
    const identifier = textOf(thread, 'id');
    const link = textOf(thread, 'link') || null;
    if (!identifier && !link) continue;
    const byId = Boolean(identifier) && (key === 'auto' || !link);
    posts.push({
      key: byId || !link ? `id:${identifier}` : `url:${new URL(link).href}`,
      url: link,
      title: textOf(thread, 'title') || null,
      closed: yes(textOf(thread, 'isClosed')),
      comments,
    });
  }
  return posts;
}

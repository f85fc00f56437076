import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.js';

/*
 * The optional Akismet check (https://akismet.com/developers/comment-check/): on when a key is
 * configured. Akismet answers the body `true` (spam) or `false` (ham); anything else (a bad
 * key, an outage, a timeout) is logged and the comment goes to moderation as usual: a spam
 * check that is down never loses a comment, and never approves one on its own.
 */

export interface AkismetComment {
  readonly blog: string;
  readonly ip: string;
  readonly userAgent: string;
  readonly referrer: string;
  readonly permalink: string | null;
  readonly name: string;
  readonly email: string;
  readonly website: string | null;
  readonly content: string;
  readonly parent: boolean;
}

export type Verdict = 'spam' | 'ham' | 'unknown';

export async function akismetCheck(
  config: Config['akismet'],
  comment: AkismetComment,
  log: FastifyBaseLogger,
): Promise<Verdict> {
  if (!config.key) return 'unknown';
  const form = new URLSearchParams({
    api_key: config.key,
    blog: comment.blog,
    user_ip: comment.ip,
    user_agent: comment.userAgent,
    referrer: comment.referrer,
    comment_type: comment.parent ? 'reply' : 'comment',
    comment_author: comment.name,
    comment_author_email: comment.email,
    comment_content: comment.content,
    blog_charset: 'UTF-8',
  });
  if (comment.permalink) form.set('permalink', comment.permalink);
  if (comment.website) form.set('comment_author_url', comment.website);
  try {
    const response = await fetch(new URL('/1.1/comment-check', config.endpoint), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' },
      body: form,
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    const body = (await response.text()).trim();
    if (response.ok && body === 'true') return 'spam';
    if (response.ok && body === 'false') return 'ham';
    log.warn(
      { status: response.status, body: body.slice(0, 200), help: response.headers.get('x-akismet-debug-help') },
      'akismet: no verdict',
    );
  } catch (error) {
    log.warn({ err: error }, 'akismet: unreachable');
  }
  return 'unknown';
}

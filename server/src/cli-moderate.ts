import type { Config } from './config.js';
import type { CommentStatus, OpenedDb } from './db.js';
import { postId, postUrl } from './input.js';
import { ban, listBans, listForModeration, setStatus, unban, type BanKind } from './store/moderation.js';
import { requirePost } from './store/posts.js';
import { UsageError, type Flags } from './cli.js';

const STATUSES = ['pending', 'approved', 'spam', 'deleted', 'all'] as const;
const ACTIONS: Record<string, CommentStatus> = { approve: 'approved', spam: 'spam', delete: 'deleted' };

/** One line of text: newlines and tabs as spaces, cut to `max` characters. */
const line = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function ids(args: string[]): number[] {
  if (!args.length) throw new UsageError('name the comments by id, e.g. `moderate approve 12 13`');
  return args.map((arg) => {
    if (!/^\d+$/.test(arg)) throw new UsageError(`"${arg}" is not a comment id`);
    return Number(arg);
  });
}

function who(flags: Flags): [BanKind, string] {
  if (flags.email && !flags.ip) return ['email', flags.email];
  if (flags.ip && !flags.email) return ['ip', flags.ip];
  throw new UsageError('give either --email ADDRESS or --ip ADDRESS');
}

/** `moderate …`: see USAGE in cli.ts. */
export async function moderateCommand(
  { db }: OpenedDb,
  config: Config,
  [action, ...args]: string[],
  flags: Flags,
  out: NodeJS.WritableStream,
): Promise<number> {
  switch (action) {
    case 'list': {
      const status = (flags.status ?? 'pending') as (typeof STATUSES)[number];
      if (!STATUSES.includes(status)) throw new UsageError(`--status: one of ${STATUSES.join(', ')}`);
      const limit = flags.limit ? Number(flags.limit) : 50;
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit: a whole number ≥ 1');
      const rows = await listForModeration(db, { status, limit, ...(flags.site ? { site: flags.site } : {}) });
      if (flags.json) {
        out.write(`${JSON.stringify(rows, null, 2)}\n`);
        return 0;
      }
      if (!rows.length) {
        out.write(`No ${status === 'all' ? '' : `${status} `}comments.\n`);
        return 0;
      }
      for (const r of rows) {
        const reply = r.parent ? ` ↳ reply to #${r.parent}` : '';
        out.write(`#${r.id}  ${r.status}  ${r.date}  ${r.site} / ${line(r.post, 60)}${reply}\n`);
        out.write(`    ${line(r.name, 60)} <${r.email ?? '-'}>  ${r.website ?? ''}  ip ${r.ip ?? '-'}\n`);
        out.write(`    ${line(r.content, 200)}\n`);
      }
      return 0;
    }
    case 'approve':
    case 'spam':
    case 'delete': {
      const wanted = ids(args);
      const done = await setStatus(db, wanted, ACTIONS[action] ?? 'pending');
      const missing = wanted.filter((id) => !done.includes(id));
      if (done.length) out.write(`${ACTIONS[action]}: ${done.map((id) => `#${id}`).join(' ')}\n`);
      if (missing.length) process.stderr.write(`no such comment: ${missing.map((id) => `#${id}`).join(' ')}\n`);
      return missing.length ? 1 : 0;
    }
    case 'ban': {
      const [kind, value] = who(flags);
      const filed = await ban(db, kind, value, flags.reason);
      out.write(`banned ${kind} ${value}; ${filed} held comment(s) filed as spam\n`);
      return 0;
    }
    case 'unban': {
      const [kind, value] = who(flags);
      const removed = await unban(db, kind, value);
      out.write(removed ? `unbanned ${kind} ${value}\n` : `${kind} ${value} was not banned\n`);
      return removed ? 0 : 1;
    }
    case 'bans': {
      const rows = await listBans(db);
      if (flags.json) out.write(`${JSON.stringify(rows, null, 2)}\n`);
      else if (!rows.length) out.write('No bans.\n');
      else for (const r of rows) out.write(`${r.kind} ${r.value}  ${r.date}${r.reason ? `  ${r.reason}` : ''}\n`);
      return 0;
    }
    case 'close':
    case 'open': {
      if (!flags.post) throw new UsageError('--post ID|URL names the post');
      const site = flags.site ?? (config.sites.length === 1 ? config.sites[0]?.id : undefined);
      if (!site) throw new UsageError('--site ID: which site the post is on');
      const key = /^https?:\/\//.test(flags.post) ? `url:${postUrl(flags.post).href}` : `id:${postId(flags.post)}`;
      const post = await requirePost(db, { site, key, url: null });
      await db
        .updateTable('posts')
        .set({ closed: action === 'close' ? 1 : 0 })
        .where('id', '=', post.id)
        .execute();
      out.write(
        `comments ${action === 'close' ? 'closed' : 'open'} on ${post.site} / ${post.key.replace(/^(id|url):/, '')}\n`,
      );
      return 0;
    }
    default:
      throw new UsageError(`moderate: unknown action "${action ?? ''}"`);
  }
}

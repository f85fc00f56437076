import { readFileSync, writeFileSync } from 'node:fs';
import type { Config } from './config.js';
import type { OpenedDb } from './db.js';
import { parseDisqus } from './data/disqus.js';
import { exportAll, parseExport } from './data/export.js';
import { deletePerson, personalData } from './data/gdpr.js';
import { importPosts, type ImportPost, type ImportResult } from './data/import-core.js';
import { parseWxr } from './data/wxr.js';
import { UsageError, type Flags } from './cli.js';

/** The site imported posts belong to: `--site`, or the only configured one. */
function siteFor(config: Config, flags: Flags): string {
  if (flags.site) return flags.site;
  const [only, ...others] = config.sites;
  if (only && !others.length) return only.id;
  throw new UsageError('--site ID: which site the imported comments belong to');
}

const summary = (what: string, r: ImportResult): string =>
  `${what}: ${r.comments} comment(s)${r.likes ? ` and ${r.likes} like(s)` : ''} imported on ${r.posts} post(s)` +
  `${r.skipped ? `, ${r.skipped} already there` : ''}${r.orphans ? `, ${r.orphans} without their parent kept top-level` : ''}\n`;

/** `import …`, `export`, `gdpr …`: see USAGE in cli.ts. */
export async function dataCommand(
  { db }: OpenedDb,
  config: Config,
  command: string,
  args: string[],
  flags: Flags,
  out: NodeJS.WritableStream,
): Promise<number> {
  if (command === 'export') {
    const text = `${JSON.stringify(await exportAll(db), null, 2)}\n`;
    if (flags.out) {
      writeFileSync(flags.out, text);
      out.write(`exported to ${flags.out}\n`);
    } else out.write(text);
    return 0;
  }
  if (command === 'import') {
    const [format, file] = args;
    if (!file) throw new UsageError('import wxr|disqus|json FILE');
    const text = readFileSync(file, 'utf8');
    if (format === 'json') {
      for (const [site, posts] of parseExport(text))
        out.write(summary(`${file} → ${site}`, await importPosts(db, site, 'json', posts)));
      return 0;
    }
    let posts: ImportPost[];
    if (format === 'wxr') posts = parseWxr(text);
    else if (format === 'disqus') posts = parseDisqus(text);
    else throw new UsageError(`import: unknown format "${format ?? ''}" (wxr, disqus or json)`);
    const site = siteFor(config, flags);
    out.write(summary(`${file} → ${site}`, await importPosts(db, site, format, posts)));
    return 0;
  }
  if (command === 'gdpr') {
    const [action, email] = args;
    if (!email?.includes('@')) throw new UsageError('gdpr export|delete EMAIL');
    if (action === 'export') {
      out.write(`${JSON.stringify(await personalData(db, email), null, 2)}\n`);
      return 0;
    }
    if (action === 'delete') {
      const r = await deletePerson(db, email);
      out.write(
        `deleted ${r.comments} comment(s), ${r.identities} identit${r.identities === 1 ? 'y' : 'ies'} and ${r.likes} like(s) of ${email.toLowerCase()}\n`,
      );
      return 0;
    }
    throw new UsageError(`gdpr: unknown action "${action ?? ''}" (export or delete)`);
  }
  throw new UsageError(`unknown command "${command}"`);
}

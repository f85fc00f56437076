import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, sql, type Generated } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pg from 'pg';

/*
 * The database: SQLite (one file, WAL) by default, PostgreSQL for several instances. Both are
 * reached through Kysely with the same tables and the same migrations (migrations.ts). Times
 * are integers (milliseconds since 1970, `bigint` on PostgreSQL), flags are 0/1 integers: the
 * one representation both engines store, compare and order the same way.
 */

export type CommentStatus = 'pending' | 'approved' | 'spam' | 'deleted';

export interface PostsTable {
  id: Generated<number>;
  /** The site id (config `sites`), e.g. `blog.example`. */
  site: string;
  /** The page's post id (`id:her`) or its canonical URL (`url:https://…`). */
  key: string;
  url: string | null;
  title: string | null;
  closed: Generated<number>;
  /** Approved comments, kept in step by every write that changes them. */
  comment_count: Generated<number>;
  like_count: Generated<number>;
  created_at: number;
}

export interface IdentitiesTable {
  id: Generated<number>;
  /** `guest` for a browser that holds a guest token; `google`, `github`… once sign-in exists. */
  provider: string;
  subject: string;
  name: string | null;
  avatar: string | null;
  profile_url: string | null;
  /** Only a verified address from a provider; never returned by the API. */
  email: string | null;
  created_at: number;
}

export interface SessionsTable {
  /** SHA-256 of the token (hex): a leaked database does not leak usable tokens. */
  token_hash: string;
  identity_id: number;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
  ip: string | null;
}

export interface CommentsTable {
  id: Generated<number>;
  post_id: number;
  parent_id: number | null;
  /** The top-level comment of the thread (null for a top-level comment): pages are whole threads. */
  root_id: number | null;
  identity_id: number | null;
  status: CommentStatus;
  author_name: string;
  author_email: string | null;
  author_url: string | null;
  /** A signed-in author's picture (from their identity); null for guests. */
  author_avatar: string | null;
  content: string;
  ip: string | null;
  user_agent: string | null;
  notify_comments: number;
  notify_posts: number;
  created_at: number;
  updated_at: number;
  /** Where an imported comment came from (`wxr:…`, `disqus:…`): importing twice adds nothing. */
  origin: string | null;
}

export interface LikesTable {
  post_id: number;
  identity_id: number;
  ip: string | null;
  created_at: number;
}

export interface BansTable {
  id: Generated<number>;
  kind: 'email' | 'ip';
  value: string;
  reason: string | null;
  created_at: number;
}

export interface SignInsTable {
  state_hash: string;
  provider: string;
  origin: string;
  request: string;
  code_verifier: string;
  nonce: string;
  browser_hash: string;
  created_at: number;
  expires_at: number;
}

export interface Tables {
  posts: PostsTable;
  identities: IdentitiesTable;
  sessions: SessionsTable;
  comments: CommentsTable;
  likes: LikesTable;
  bans: BansTable;
  sign_ins: SignInsTable;
}

export type Db = Kysely<Tables>;

/**
 * Runs `work` in a transaction that writes. On SQLite it begins IMMEDIATE: a deferred transaction
 * reads first, and when another process (the moderation CLI, a second service on the same file)
 * commits in between, its snapshot is stale and it fails at once with "database is locked",
 * busy_timeout or not. IMMEDIATE takes the write lock first, waiting for it up to busy_timeout.
 */
export function writeTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return db.transaction().execute(work);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}
export type Engine = 'sqlite' | 'postgres';

export interface OpenedDb {
  readonly db: Db;
  readonly engine: Engine;
  /** Where it is, without a password, for logs. */
  readonly where: string;
}

/** `postgres://…` / `postgresql://…` → PostgreSQL; anything else is a SQLite file path (or `:memory:`). */
export const engineOf = (url: string): Engine => (/^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite');

/** A URL for logs: the password replaced by `***`. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return url;
  }
}

export interface OpenOptions {
  /** SQLite `synchronous`: FULL (default) syncs the WAL on every commit. */
  readonly sqliteSynchronous?: 'FULL' | 'NORMAL';
  /** PostgreSQL pool size per instance. */
  readonly poolSize?: number;
}

/** Opens the database named by `url` (a SQLite path is resolved against `cwd`). */
export function openDatabase(url: string, options: OpenOptions = {}, cwd = process.cwd()): OpenedDb {
  if (engineOf(url) === 'postgres') {
    // int8 (counts, millisecond times) as numbers: every value we store is far below 2^53.
    const types = new pg.TypeOverrides();
    types.setTypeParser(pg.types.builtins.INT8, Number);
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      types,
    });
    // An idle connection that PostgreSQL ends (a restart, a failover, an administrator) emits
    // 'error' on the pool, which drops it and opens another on the next query. Unheard, that
    // event would throw and stop the service.
    pool.on('error', (error) => {
      console.warn(
        `blog-widgets-server: an idle PostgreSQL connection was lost (${error.message}); the next query opens another.`,
      );
    });
    return {
      db: new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) }),
      engine: 'postgres',
      where: redact(url),
    };
  }
  const file = url.replace(/^sqlite:(\/\/)?/i, '');
  const path = file === ':memory:' ? file : resolve(cwd, file);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // WAL: readers never block the writer; FULL: a commit is on disk before the 201 leaves.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${options.sqliteSynchronous ?? 'FULL'}`);
  sqlite.pragma('foreign_keys = ON');
  // The moderation CLI may write while the service runs: wait for the lock instead of failing.
  sqlite.pragma('busy_timeout = 5000');
  return {
    db: new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) }),
    engine: 'sqlite',
    where: path,
  };
}

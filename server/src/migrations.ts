import { Migrator, type Migration, type MigrationResultSet } from 'kysely';
import * as initial from '../migrations/0001-initial.js';
import * as signIn from '../migrations/0002-sign-in.js';
import type { Db } from './db.js';

/**
 * Every migration, in order, by name. A static list rather than a folder scan, so the same code
 * runs from TypeScript sources and from a bundle alike. Kysely keeps what ran in
 * `kysely_migration` and, on PostgreSQL, takes an advisory lock: several instances starting at
 * once migrate exactly once.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-sign-in': signIn,
};

/** Brings the schema up to date; throws with the failing migration's error. */
export async function migrate(db: Db): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error instanceof Error ? result.error : new Error(JSON.stringify(result.error));
  return result;
}

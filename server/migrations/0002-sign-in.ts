import type { Kysely } from 'kysely';

/*
 * Sign-in (issue 5): the sign-ins in progress. A row is written when a popup starts a sign-in
 * and deleted when the provider sends the reader back, so a `state` works once: a replayed
 * callback finds nothing. Kept in the database rather than in memory so that several service
 * instances behind a load balancer can finish each other's sign-ins.
 */

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('sign_ins')
    // SHA-256 of the `state` sent to the provider: a leaked table finishes no sign-in.
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    .addColumn('provider', 'text', (c) => c.notNull())
    // The page origin (checked against the sites) that gets the token by postMessage.
    .addColumn('origin', 'text', (c) => c.notNull())
    // The page's own id of this attempt, echoed in the message so it can tell its popups apart.
    .addColumn('request', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    // SHA-256 of a random value kept in a cookie of the popup (first-party): the callback must
    // come back to the browser that started it.
    .addColumn('browser_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_ins_expires').on('sign_ins').column('expires_at').execute();
  // A signed-in person's picture, kept with each comment as it was when they wrote it.
  await db.schema.alterTable('comments').addColumn('author_avatar', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('comments').dropColumn('author_avatar').execute();
  await db.schema.dropTable('sign_ins').execute();
}

/** Applies the one migration folder to either backend. */
import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { DatabaseHandle } from './database';

/** The migration folder drizzle-kit writes (`npm run db:generate -w @peel/db`). */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

/** Key of the PostgreSQL advisory lock that serialises migrations across processes ("peel" in ASCII). */
const MIGRATION_LOCK_KEY = 0x7065656c;

/**
 * Brings the schema up to date. Idempotent: drizzle records applied migrations in
 * `drizzle.__drizzle_migrations` and skips them. On PostgreSQL an advisory lock makes
 * concurrent starts (several servers, workers) wait for each other instead of racing.
 */
export async function migrate(handle: DatabaseHandle): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (handle.kind === 'pglite') {
    await migratePglite(drizzlePglite(handle.client), config);
    return;
  }
  const lock = await handle.pool.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migratePostgres(drizzlePostgres(handle.pool), config);
    } finally {
      await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    lock.release();
  }
}

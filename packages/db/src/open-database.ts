/** Opens the database the configuration selects: embedded PGlite or a PostgreSQL pool. */
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { DatabaseConfig, DatabaseHandle } from './database';

/** Runs `close` once; later calls wait for the first. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

/**
 * Opens a database. PGlite keeps its files in `dataDir` (created with its parents if missing) or,
 * without one, in memory; PostgreSQL is reached through a `pg` pool on `url`. The schema is not
 * touched: call `migrate(handle)` before using repositories.
 * @param config usually `getConfig().database` from `@peel/config`
 */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url });
    // Fail here, with the server's own message, rather than at the first query.
    const client = await pool.connect().catch(async (error: unknown) => {
      await pool.end();
      throw error;
    });
    client.release();
    return { kind: 'postgres', db: drizzlePostgres(pool), pool, close: once(() => pool.end()) };
  }
  if (config.dataDir !== undefined) await mkdir(config.dataDir, { recursive: true });
  const client = await PGlite.create(config.dataDir);
  return { kind: 'pglite', db: drizzlePglite(client), client, close: once(() => client.close()) };
}

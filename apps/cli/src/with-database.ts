/** Opens the configured database (PGlite by default, PostgreSQL with DATABASE_URL), migrated. */
import type { Config } from '@peel/config';
import { migrate, openDatabase, type DatabaseHandle } from '@peel/db';

/** Runs `work` with a migrated database and always closes it (PGlite keeps the process alive otherwise). */
export async function withDatabase<T>(config: Config, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase(config.database);
    await migrate(handle);
  } catch (error) {
    throw new Error(`cannot open the database (${describeDatabase(config)}): ${(error as Error).message}`, { cause: error });
  }
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/** "embedded PGlite at ./.peel/data" or "PostgreSQL at host:port/db" (never the password). */
export function describeDatabase(config: Config): string {
  if (config.database.kind === 'pglite') return `embedded PGlite at ${config.database.dataDir}`;
  const url = new URL(config.database.url);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

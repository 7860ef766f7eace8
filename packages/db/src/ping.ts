/** A round trip to the database, for health checks. */
import { sql } from 'drizzle-orm';
import type { Database } from './database';

/** Resolves when the database answers `select 1`; rejects with the driver's error otherwise. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}

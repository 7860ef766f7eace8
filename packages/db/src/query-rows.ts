/** Raw SQL with rows back, the same on both backends. */
import type { SQL } from 'drizzle-orm';
import type { Database } from './database';

/**
 * Runs raw SQL and returns its rows. drizzle's `execute` result differs by driver (PGlite's
 * `Results`, pg's `QueryResult`) and is typed `unknown` on the common base; both carry `rows`.
 * Values come back as the driver parses them: cast counts to int in SQL (pg returns bigint as text).
 */
export async function queryRows<Row extends Record<string, unknown>>(db: Database, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  const rows = (result as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) throw new TypeError('queryRows: the driver returned no rows array');
  return rows as Row[];
}

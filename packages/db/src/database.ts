/** The types every repository in this package works against, whatever the backend. */
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Pool } from 'pg';

/**
 * A drizzle database over either backend. PGlite's `PgliteDatabase` and node-postgres's
 * `NodePgDatabase` both extend drizzle's `PgDatabase`, so repositories take this common base.
 */
export type Database = PgDatabase<PgQueryResultHKT>;

/** A drizzle transaction, as passed to `db.transaction(async (tx) => …)`. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Where the database is: embedded PGlite (in memory when `dataDir` is absent) or a PostgreSQL server. */
export type DatabaseConfig = { kind: 'pglite'; dataDir?: string } | { kind: 'postgres'; url: string };

interface HandleBase {
  /** The drizzle instance repositories use. */
  readonly db: Database;
  /** Closes the connection (PGlite) or pool (PostgreSQL). Safe to call twice. */
  close(): Promise<void>;
}

/** An open embedded database; `client` is exposed for PGlite-only fast paths (e.g. COPY). */
export interface PgliteHandle extends HandleBase {
  readonly kind: 'pglite';
  readonly client: PGlite;
}

/** An open PostgreSQL connection pool; `pool` is exposed for server-only fast paths (e.g. COPY). */
export interface PostgresHandle extends HandleBase {
  readonly kind: 'postgres';
  readonly pool: Pool;
}

/** An open database of either kind, as returned by `openDatabase`. */
export type DatabaseHandle = PgliteHandle | PostgresHandle;

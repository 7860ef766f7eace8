/**
 * Bulk load with COPY inside an import's transaction: `COPY … FROM STDIN` through pg-copy-streams
 * on PostgreSQL, `COPY … FROM '/dev/blob'` on PGlite (its documented way to feed COPY a Blob).
 * Measured against the `unnest` insert of ./insert-rows.ts by the ingest benchmark
 * (apps/cli/src/commands/import-police-uk.bench.ts).
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { from as copyFrom } from 'pg-copy-streams';
import { createCopyEncoder } from './copy-csv';
import type { Transaction } from './database';
import { chunks } from './import-rows';
import { rawConnection } from './raw-connection';

/**
 * Rows per COPY statement. Bounds the text held at once (about 2 MB of crime rows); beyond a few
 * thousand rows the cost of a statement is lost in the noise.
 */
export const ROWS_PER_COPY = 10_000;

/** Quotes an SQL identifier (names come from the drizzle schema, never from input). */
function identifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A table and column list to COPY into, as SQL: `"table" ("a", "b", …)`. */
export interface CopyTarget {
  readonly sql: string;
}

/** The COPY target for the columns named by `keys` (drizzle property names) of `table`. */
export function copyTarget<Table extends PgTable>(table: Table, keys: readonly (keyof Table['$inferInsert'] & string)[]): CopyTarget {
  const columns = getTableColumns(table);
  const names = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`copyTarget: ${key} is not a column of ${getTableName(table)}`);
    return identifier(column.name);
  });
  return { sql: `${identifier(getTableName(table))} (${names.join(', ')})` };
}

/**
 * Runs one COPY of `text` (CSV lines, each ending in `\n`, in the target's column order) on the
 * transaction's own connection, so the rows commit or roll back with the import.
 */
export async function copyCsvText(tx: Transaction, target: CopyTarget, text: string): Promise<void> {
  if (text.length === 0) return;
  const connection = rawConnection(tx);
  if (connection.kind === 'pglite') {
    await connection.tx.query(`copy ${target.sql} from '/dev/blob' with (format csv)`, [], { blob: new Blob([text]) });
  } else {
    await pipeline(Readable.from([text]), connection.client.query(copyFrom(`copy ${target.sql} from stdin with (format csv)`)));
  }
}

/** A prepared bulk writer for one table and column list. */
export interface RowCopier<Row> {
  readonly target: CopyTarget;
  /** Encodes `rows` as COPY texts of at most {@link ROWS_PER_COPY} rows each (for {@link copyCsvText}). */
  encode(rows: readonly Row[]): string[];
}

/**
 * Prepares COPY for the columns named by `keys` of `table`. Values go through each column's driver
 * mapping, as with drizzle's inserts; `undefined` is stored as NULL.
 */
export function createRowCopier<Table extends PgTable, Key extends keyof Table['$inferInsert'] & string>(
  table: Table,
  keys: readonly Key[],
): RowCopier<Pick<Table['$inferInsert'], Key>> {
  const encode = createCopyEncoder(table, keys);
  return { target: copyTarget(table, keys), encode: (rows) => [...chunks(rows, ROWS_PER_COPY)].map(encode) };
}

/**
 * Bulk load with COPY inside an import's transaction: `COPY … FROM STDIN` through pg-copy-streams
 * on PostgreSQL, `COPY … FROM '/dev/blob'` on PGlite (its documented way to feed COPY a Blob).
 * Measured against the `unnest` insert of ./insert-rows.ts by packages/db/src/copy-rows.bench.ts.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { from as copyFrom } from 'pg-copy-streams';
import { createCopyEncoder, type CopyEncoder } from './copy-csv';
import type { Transaction } from './database';
import { chunks } from './import-rows';
import { rawConnection } from './raw-connection';

/**
 * Rows per COPY statement. Bounds the text held in memory at once (about 2 MB for crime rows);
 * beyond a few thousand rows the per-statement cost is lost in the noise.
 */
const ROWS_PER_COPY = 10_000;

/** Quotes an SQL identifier (table and column names come from the drizzle schema, never from input). */
function identifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A prepared bulk writer for one table and column list. */
export interface RowCopier<Row> {
  /** Writes `rows` through the transaction `tx` with COPY. */
  copy(tx: Transaction, rows: readonly Row[]): Promise<void>;
}

/**
 * Prepares COPY for the columns named by `keys` (drizzle property names) of `table`. Values go
 * through each column's driver mapping, as with drizzle's inserts; `undefined` is stored as NULL.
 */
export function createRowCopier<Table extends PgTable, Key extends keyof Table['$inferInsert'] & string>(
  table: Table,
  keys: readonly Key[],
): RowCopier<Pick<Table['$inferInsert'], Key>> {
  const columns = getTableColumns(table);
  const names = keys.map((key) => identifier(columns[key]?.name ?? key)).join(', ');
  const target = `${identifier(getTableName(table))} (${names})`;
  const encode: CopyEncoder<Pick<Table['$inferInsert'], Key>> = createCopyEncoder(table, keys);
  return {
    async copy(tx, rows) {
      if (rows.length === 0) return;
      const connection = rawConnection(tx);
      for (const chunk of chunks(rows, ROWS_PER_COPY)) {
        const text = encode(chunk);
        if (connection.kind === 'pglite') {
          await connection.tx.query(`copy ${target} from '/dev/blob' with (format csv)`, [], { blob: new Blob([text]) });
        } else {
          await pipeline(Readable.from([text]), connection.client.query(copyFrom(`copy ${target} from stdin with (format csv)`)));
        }
      }
    },
  };
}

/**
 * Rows as the text of `COPY … FROM … WITH (FORMAT csv)`: the format PostgreSQL documents in
 * "COPY — CSV Format" (https://www.postgresql.org/docs/15/sql-copy.html). NULL is an unquoted
 * empty field and an empty string is `""`, so the two never mix.
 */
import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/** Characters that force a CSV field into quotes: the delimiter, the quote, line breaks, and `\` (so `\.` can never end the data). */
const NEEDS_QUOTES = /[",\r\n\\]/;

/** One field of a COPY CSV line; `null`/`undefined` become the unquoted empty field (NULL). */
export function encodeCopyField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    // COPY accepts NaN and ±Infinity for double precision in the spelling String() gives.
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : JSON.stringify(value);
  if (text.length === 0) return '""';
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Encodes rows of one table: `encode(rows)` → COPY CSV text, one line per row (each ending in `\n`). */
export type CopyEncoder<Row> = (rows: readonly Row[]) => string;

/**
 * Builds an encoder for the columns named by `keys` (drizzle property names), in that order.
 * Each value goes through its column's driver mapping first (as drizzle's own inserts do), so a
 * Date in a timestamp column is written as ISO text.
 */
export function createCopyEncoder<Table extends PgTable, Key extends keyof Table['$inferInsert'] & string>(
  table: Table,
  keys: readonly Key[],
): CopyEncoder<Pick<Table['$inferInsert'], Key>> {
  const columns = getTableColumns(table);
  const mappers = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`createCopyEncoder: ${key} is not a column`);
    return (value: unknown) => (value === null || value === undefined ? '' : encodeCopyField(column.mapToDriverValue(value)));
  });
  const last = keys.length - 1;
  return (rows) => {
    let text = '';
    for (const row of rows) {
      for (let index = 0; index <= last; index++) {
        text += (mappers[index] as (value: unknown) => string)(row[keys[index] as Key]);
        text += index === last ? '\n' : ',';
      }
    }
    return text;
  };
}

/**
 * An aggregate's child rows as one JSON array column of the parent's SELECT. Reading parent and
 * children in one statement gives one snapshot (a concurrent save cannot be half seen) and one
 * round trip however many parents are listed. Keys are the column names (snake_case); timestamps
 * arrive as ISO text with an offset, dates as `YYYY-MM-DD`.
 */
import { getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/** A child row as JSON: column name → value. */
export type JsonRow = Readonly<Record<string, unknown>>;

/**
 * `(select json_agg(row_to_json(c) order by c.<order>) from <table> c where c.<key> = <parent>)`,
 * an empty array when there are none.
 */
export function childRows(options: { table: PgTable; key: PgColumn; parent: PgColumn; order: PgColumn }): SQL<JsonRow[]> {
  const { table, key, parent, order } = options;
  return sql<JsonRow[]>`(select coalesce(json_agg(row_to_json(c) order by c.${sql.identifier(order.name)}), '[]'::json) from ${table} c where c.${sql.identifier(key.name)} = ${qualified(parent)})`;
}

/**
 * `"table"."column"`, always: drizzle writes a column of a one-table query unqualified, which
 * inside the subquery would name the child's column of the same name (both have an `id`).
 */
export function qualified(column: PgColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

/** Readers for the values of a {@link JsonRow}. */
export const json = {
  text(row: JsonRow, column: string): string {
    const value = row[column];
    if (typeof value !== 'string') throw new TypeError(`column ${column}: expected text, got ${JSON.stringify(value)}`);
    return value;
  },
  optionalText(row: JsonRow, column: string): string | undefined {
    const value = row[column];
    return value === null || value === undefined ? undefined : json.text(row, column);
  },
  number(row: JsonRow, column: string): number {
    const value = row[column];
    if (typeof value !== 'number') throw new TypeError(`column ${column}: expected a number, got ${JSON.stringify(value)}`);
    return value;
  },
  date(row: JsonRow, column: string): Date {
    return new Date(json.text(row, column));
  },
  optionalDate(row: JsonRow, column: string): Date | undefined {
    const value = json.optionalText(row, column);
    return value === undefined ? undefined : new Date(value);
  },
  optionalBoolean(row: JsonRow, column: string): boolean | undefined {
    const value = row[column];
    if (value === null || value === undefined) return undefined;
    if (typeof value !== 'boolean') throw new TypeError(`column ${column}: expected a boolean, got ${JSON.stringify(value)}`);
    return value;
  },
};

/** `{ [key]: value }` when the value is defined, else `{}` — for the domain's optional fields. */
export function present<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

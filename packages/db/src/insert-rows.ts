/**
 * Batched INSERT for large imports: one statement per chunk, one array parameter per column,
 * `insert into t (…) select * from unnest($1::integer[], $2::text[], …)`.
 * drizzle's `insert().values(rows)` spends ~80 ms building the SQL for 1,000 rows of 18 columns;
 * this builds a constant-size statement, so the cost is the database's. (The COPY path for
 * whole files comes later.)
 */
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Transaction } from './database';
import { chunks } from './import-rows';

/** Rows per statement: arrays make the parameter count independent of it. */
const ROWS_PER_STATEMENT = 5000;

/**
 * Inserts `rows` into `table`, writing the columns named by `keys` (drizzle property names).
 * Values go through each column's driver mapping (Date → ISO text for timestamps); `undefined`
 * is stored as NULL.
 */
export async function insertRows<Table extends PgTable, Key extends keyof Table['$inferInsert'] & string>(
  tx: Transaction,
  table: Table,
  keys: readonly Key[],
  rows: readonly Pick<Table['$inferInsert'], Key>[],
): Promise<void> {
  const columns = getTableColumns(table);
  const targets = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`insertRows: ${key} is not a column`);
    return column;
  });
  const names = sql.join(targets.map((column) => sql.identifier(column.name)), sql`, `);
  for (const chunk of chunks(rows, ROWS_PER_STATEMENT)) {
    const arrays: SQL[] = targets.map((column, index) => {
      const key = keys[index] as Key;
      const values = chunk.map((row) => {
        const value: unknown = row[key];
        return value === undefined || value === null ? null : column.mapToDriverValue(value);
      });
      return sql`${sql.param(values)}::${sql.raw(column.getSQLType())}[]`;
    });
    await tx.execute(sql`insert into ${table} (${names}) select * from unnest(${sql.join(arrays, sql`, `)})`);
  }
}

/** File imports (identified by kind and content hash) and the lines they rejected. */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';

/** One row per imported file. */
export const imports = pgTable(
  'imports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind', { enum: ['police-uk-crime', 'calls-for-service', 'boundaries'] }).notNull(),
    fileName: text('file_name').notNull(),
    contentHash: text('content_hash').notNull(),
    status: text('status', { enum: ['running', 'complete'] }).notNull().default('running'),
    rowsRead: integer('rows_read').notNull().default(0),
    rowsImported: integer('rows_imported').notNull().default(0),
    rowsRejected: integer('rows_rejected').notNull().default(0),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [
    unique('imports_kind_content_hash_unique').on(table.kind, table.contentHash),
    check('imports_kind_known', sql`${table.kind} in ('police-uk-crime', 'calls-for-service', 'boundaries')`),
    check('imports_status_known', sql`${table.status} in ('running', 'complete')`),
    check('imports_content_hash_sha256', sql`${table.contentHash} ~ '^[0-9a-f]{64}$'`),
    check(
      'imports_rows_non_negative',
      sql`${table.rowsRead} >= 0 and ${table.rowsImported} >= 0 and ${table.rowsRejected} >= 0`,
    ),
    check(
      'imports_complete_reconciles',
      sql`${table.status} <> 'complete' or (${table.finishedAt} is not null and ${table.rowsRead} = ${table.rowsImported} + ${table.rowsRejected})`,
    ),
  ],
);

/** Why a line of an imported file was not stored. */
export const importRejections = pgTable(
  'import_rejections',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    line: integer('line').notNull(),
    column: text('column'),
    reason: text('reason').notNull(),
  },
  (table) => [
    index('import_rejections_import_id_line_idx').on(table.importId, table.line),
    check('import_rejections_line_positive', sql`${table.line} >= 1`),
  ],
);

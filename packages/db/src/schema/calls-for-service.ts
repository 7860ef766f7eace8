/** Calls for service (999, 101, online contacts), one per line of an imported file. */
import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { imports } from './imports';

/** Calls for service with their timeline; times after receipt are null when unknown. */
export const callsForService = pgTable(
  'calls_for_service',
  {
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    lineNumber: integer('line_number').notNull(),
    sourceCallId: text('source_call_id').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    callType: text('call_type').notNull(),
    priority: text('priority').notNull(),
    grade: integer('grade'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    locationCode: text('location_code'),
    areaId: text('area_id'),
    wardCode: text('ward_code'),
    matchedLsoaCode: text('matched_lsoa_code'),
    geoMatch: text('geo_match', { enum: ['code', 'geometry', 'none'] }),
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
    arrivedAt: timestamp('arrived_at', { withTimezone: true }),
    clearedAt: timestamp('cleared_at', { withTimezone: true }),
    timeSpentMinutes: doublePrecision('time_spent_minutes'),
    disposition: text('disposition'),
  },
  (table) => [
    primaryKey({ name: 'calls_for_service_pkey', columns: [table.importId, table.lineNumber] }),
    index('calls_for_service_received_at_idx').on(table.receivedAt),
    index('calls_for_service_area_id_received_at_idx').on(table.areaId, table.receivedAt),
    check('calls_for_service_grade_positive', sql`${table.grade} is null or ${table.grade} >= 1`),
    check(
      'calls_for_service_time_spent_non_negative',
      sql`${table.timeSpentMinutes} is null or ${table.timeSpentMinutes} >= 0`,
    ),
    check('calls_for_service_line_number_positive', sql`${table.lineNumber} >= 1`),
    check('calls_for_service_geo_match_known', sql`${table.geoMatch} is null or ${table.geoMatch} in ('code', 'geometry', 'none')`),
  ],
);

/** data.police.uk street-level crime rows, one per line of an imported CSV. */
import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { CRIME_CATEGORIES } from './crime-categories';
import { imports } from './imports';

const categoryList = sql.raw(CRIME_CATEGORIES.map((slug) => `'${slug}'`).join(', '));

/** Street-level crime; rows without coordinates are kept with has_location = false. */
export const crimeRecords = pgTable(
  'crime_records',
  {
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    lineNumber: integer('line_number').notNull(),
    crimeId: text('crime_id'),
    month: text('month').notNull(),
    reportedBy: text('reported_by').notNull(),
    fallsWithin: text('falls_within').notNull(),
    longitude: doublePrecision('longitude'),
    latitude: doublePrecision('latitude'),
    hasLocation: boolean('has_location').notNull(),
    location: text('location').notNull(),
    lsoaCode: text('lsoa_code'),
    lsoaName: text('lsoa_name'),
    crimeType: text('crime_type').notNull(),
    category: text('category', { enum: CRIME_CATEGORIES }).notNull(),
    lastOutcome: text('last_outcome'),
    context: text('context'),
    areaId: text('area_id'),
    wardCode: text('ward_code'),
    /** The LSOA polygon the record was placed in (its own code when known, else by point-in-polygon). */
    matchedLsoaCode: text('matched_lsoa_code'),
    /** How the record was placed: by its LSOA code, by its coordinates, or not at all; null before assignment. */
    geoMatch: text('geo_match', { enum: ['code', 'geometry', 'none'] }),
  },
  (table) => [
    primaryKey({ name: 'crime_records_pkey', columns: [table.importId, table.lineNumber] }),
    index('crime_records_area_id_month_idx').on(table.areaId, table.month),
    index('crime_records_month_category_idx').on(table.month, table.category),
    index('crime_records_lsoa_code_idx').on(table.lsoaCode),
    check('crime_records_month_format', sql`${table.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check('crime_records_category_known', sql`${table.category} in (${categoryList})`),
    check(
      'crime_records_has_location_matches',
      sql`${table.hasLocation} = (${table.longitude} is not null and ${table.latitude} is not null)`,
    ),
    check('crime_records_line_number_positive', sql`${table.lineNumber} >= 1`),
    check('crime_records_geo_match_known', sql`${table.geoMatch} is null or ${table.geoMatch} in ('code', 'geometry', 'none')`),
  ],
);

/** Boundary polygons (ONS LSOAs and wards) imported from GeoJSON, for geography assignment and maps. */
import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { imports } from './imports';

/** One polygon; `geometry` is the GeoJSON Polygon or MultiPolygon in WGS84 (lon, lat). */
export const boundaries = pgTable(
  'boundaries',
  {
    level: text('level', { enum: ['lsoa', 'ward'] }).notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    district: text('district'),
    vintage: text('vintage'),
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    geometry: jsonb('geometry').notNull(),
    minLon: doublePrecision('min_lon').notNull(),
    minLat: doublePrecision('min_lat').notNull(),
    maxLon: doublePrecision('max_lon').notNull(),
    maxLat: doublePrecision('max_lat').notNull(),
    centroidLon: doublePrecision('centroid_lon').notNull(),
    centroidLat: doublePrecision('centroid_lat').notNull(),
    areaKm2: doublePrecision('area_km2').notNull(),
  },
  (table) => [
    primaryKey({ name: 'boundaries_pkey', columns: [table.level, table.code] }),
    index('boundaries_district_idx').on(table.district),
    check('boundaries_level_known', sql`${table.level} in ('lsoa', 'ward')`),
    check('boundaries_area_non_negative', sql`${table.areaKm2} >= 0`),
  ],
);

/**
 * The column mapping of a calls-for-service CSV: which header holds each of Peel's fields, the
 * time zone the times were written in, how priorities become grades, what the location is, and
 * lookup tables. Written in YAML or JSON (see mappings/san-diego.yaml) and validated here.
 */
import { z } from 'zod';

const column = z.string().trim().min(1, { error: 'expected a column name (a header of the CSV)' });
const text = z.string().trim().min(1, { error: 'expected a non-empty string' });

/** A lookup table: a CSV (UTF-8, a BOM is allowed) under the shared data directory, `key` column → `value` column. */
export const lookupTableSchema = z.strictObject({
  file: text.refine((value) => !value.startsWith('/') && !/^[A-Za-z]:/.test(value) && !value.split(/[\\/]/).includes('..'), {
    error: 'expected a path relative to the shared data directory, without ".."',
  }),
  key: column,
  value: column,
});

/** The headers holding Peel's fields. `id`, `receivedAt`, `type` and `priority` are required. */
export const callColumnsSchema = z
  .strictObject({
    id: column,
    receivedAt: column,
    type: column,
    priority: column,
    latitude: column.optional(),
    longitude: column.optional(),
    locationCode: column.optional(),
    dispatchedAt: column.optional(),
    arrivedAt: column.optional(),
    clearedAt: column.optional(),
    timeSpentMinutes: column.optional(),
    disposition: column.optional(),
  })
  .refine((columns) => (columns.latitude === undefined) === (columns.longitude === undefined), {
    error: 'give latitude and longitude together, or neither',
    path: ['latitude'],
  })
  .refine((columns) => columns.latitude !== undefined || columns.locationCode !== undefined, {
    error: 'give a location: latitude and longitude, or locationCode (an LSOA, area or beat code)',
    path: ['locationCode'],
  });

/** A calls-for-service column mapping. */
export const callMappingSchema = z
  .strictObject({
    /** For people: whose export this maps. */
    name: text.optional(),
    /** IANA zone the file's local times were written in, e.g. Europe/London or America/Los_Angeles. */
    timeZone: text.refine(isTimeZone, { error: 'expected an IANA time zone such as Europe/London or America/Los_Angeles' }),
    /** Pattern of every timestamp column (tokens YYYY MM DD HH mm ss SSS). */
    timestampFormat: text.default('YYYY-MM-DD HH:mm:ss'),
    columns: callColumnsSchema,
    /** Stored as the call type when the type column is empty; without it such rows are rejected. */
    missingType: text.optional(),
    /** Priority as written → Peel grade (1 = emergency …). */
    grades: z.record(z.string(), z.int({ error: 'expected a whole grade number' }).min(1, { error: 'expected a grade of 1 or more' })),
    /** A priority not in `grades`: kept with no grade, or the row rejected. */
    ungradedPriorities: z.enum(['keep', 'reject']).default('keep'),
    /** What `columns.locationCode` holds and which of its values mean "no location". */
    location: z
      .strictObject({
        codeKind: z.enum(['lsoa', 'beat'], { error: "expected 'lsoa' (an ONS LSOA code) or 'beat' (a force's own beat/area code)" }),
        noLocation: z.array(z.string()).default([]),
      })
      .optional(),
    lookups: z
      .strictObject({
        /** Call type code → description. */
        callTypes: lookupTableSchema.optional(),
        /** Disposition code → description. */
        dispositions: lookupTableSchema.optional(),
        /** Beat/location code → the area the call is counted in (e.g. a neighbourhood). */
        locations: lookupTableSchema.optional(),
      })
      .default({}),
  })
  .refine((mapping) => mapping.columns.locationCode === undefined || mapping.location !== undefined, {
    error: "columns.locationCode needs a location section saying what the code is (codeKind: lsoa | beat)",
    path: ['location'],
  })
  .refine((mapping) => mapping.lookups.locations === undefined || mapping.location?.codeKind === 'beat', {
    error: 'a locations lookup maps beat codes: set location.codeKind to beat',
    path: ['lookups', 'locations'],
  });

/** A validated calls-for-service mapping. */
export type CallMapping = z.infer<typeof callMappingSchema>;
/** A lookup table reference in a mapping. */
export type LookupTableRef = z.infer<typeof lookupTableSchema>;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

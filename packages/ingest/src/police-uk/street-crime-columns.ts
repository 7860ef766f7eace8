/**
 * The 12 columns of a data.police.uk archive street-level crime file, in order
 * (https://data.police.uk/about/#columns; every monthly `<yyyy-mm>-<force>-street.csv`).
 */
export const STREET_CRIME_COLUMNS = [
  'Crime ID',
  'Month',
  'Reported by',
  'Falls within',
  'Longitude',
  'Latitude',
  'Location',
  'LSOA code',
  'LSOA name',
  'Crime type',
  'Last outcome category',
  'Context',
] as const;

/** One of {@link STREET_CRIME_COLUMNS}. */
export type StreetCrimeColumn = (typeof STREET_CRIME_COLUMNS)[number];

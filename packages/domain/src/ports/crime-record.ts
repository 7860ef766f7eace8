/**
 * A data.police.uk street-level crime row as Peel stores it.
 * Column meanings follow https://data.police.uk/about/#columns.
 */

/** The 14 data.police.uk crime category slugs (https://data.police.uk/api/crime-categories). */
export type CrimeCategory =
  | 'anti-social-behaviour'
  | 'bicycle-theft'
  | 'burglary'
  | 'criminal-damage-arson'
  | 'drugs'
  | 'other-theft'
  | 'possession-of-weapons'
  | 'public-order'
  | 'robbery'
  | 'shoplifting'
  | 'theft-from-the-person'
  | 'vehicle-crime'
  | 'violent-crime'
  | 'other-crime';

/**
 * One street-level crime (or anti-social behaviour) record, keyed by the CSV line it came from.
 * Coordinates are null when the source row had none: such rows are kept, not dropped.
 */
export interface CrimeRecord {
  /** 1-based line number in the source file (the header is line 1). */
  lineNumber: number;
  /** data.police.uk's 64-character crime id; null for anti-social behaviour, which has none. */
  crimeId: string | null;
  /** Month of the crime as 'YYYY-MM'. */
  month: string;
  /** The force that provided the data. */
  reportedBy: string;
  /** The force whose area the crime falls within. */
  fallsWithin: string;
  /** WGS 84 longitude of the anonymised map point, or null. */
  longitude: number | null;
  /** WGS 84 latitude of the anonymised map point, or null. */
  latitude: number | null;
  /** Anonymised location description, e.g. 'On or near Station Road'. */
  location: string;
  /** LSOA code (e.g. 'E01031349'), or null when absent. */
  lsoaCode: string | null;
  /** LSOA name, or null when absent. */
  lsoaName: string | null;
  /** The crime type exactly as written in the file, e.g. 'Violence and sexual offences'. */
  crimeType: string;
  /** The crime type mapped to its category slug. */
  category: CrimeCategory;
  /** Latest public outcome string, or null (always null for anti-social behaviour). */
  lastOutcome: string | null;
  /** Free-text context, or null. */
  context: string | null;
  /** Peel area (from the policing model) the point falls in; null until geography is assigned. */
  areaId?: string | null;
  /** ONS ward code the point falls in; null until geography is assigned. */
  wardCode?: string | null;
  /** The LSOA polygon the record was placed in (its own code when known, else by its point). */
  matchedLsoaCode?: string | null;
  /** How the record was placed: by LSOA code, by coordinates, or not at all; null before assignment. */
  geoMatch?: GeoMatch | null;
}

/** How a record was placed in the geography. */
export type GeoMatch = 'code' | 'geometry' | 'none';

/** Aggregates of stored demand, as plain numbers. */
import type { CrimeCategory } from './crime-record';

/** Restricts demand aggregates; every field is optional and they combine with AND. */
export interface DemandFilter {
  /** Only rows from this import. */
  importId?: number;
  /** Only months from this one on, 'YYYY-MM' (inclusive). */
  fromMonth?: string;
  /** Only months up to this one, 'YYYY-MM' (inclusive). */
  toMonth?: string;
}

/** The number of crimes of one category in one area and month. */
export interface CrimeCount {
  category: CrimeCategory;
  /** Null for records not yet assigned to an area. */
  areaId: string | null;
  month: string;
  count: number;
}

/** Options for counting calls by hour of the week. */
export interface HourOfWeekOptions {
  /** IANA time zone the hours are read in, e.g. 'Europe/London' or 'America/Los_Angeles'. */
  timeZone: string;
  /** Only calls from this import. */
  importId?: number;
}

/** Hours in a week: hour-of-week indices run from 0 (Monday 00:00–00:59) to 167 (Sunday 23:00). */
export const HOURS_PER_WEEK = 168;

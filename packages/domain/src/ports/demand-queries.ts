/**
 * Read-side questions behind demand profiles and hotspots: crimes by month, category and area or
 * LSOA/ward, crime points for density maps, the grade mix of calls, and boundary areas.
 */
import type { CrimeCategory } from './crime-record';

/** An area of a policing model and the ONS wards it is made of. */
export interface AreaWards {
  id: string;
  wardCodes: readonly string[];
}

/**
 * Which crime records a query reads; every field is optional and they combine with AND.
 * Only records of complete imports are ever read.
 */
export interface DemandScope {
  /** Months from this one on, 'YYYY-MM' (inclusive). */
  fromMonth?: string;
  /** Months up to this one, 'YYYY-MM' (inclusive). */
  toMonth?: string;
  /**
   * The model's areas. When given, a record belongs to area A when its stored area id is A, or —
   * when its stored area id is none of these areas' ids — when its ward code is one of A's wards
   * (records imported before geography was assigned, or with another model). Records in none of
   * the areas are left out.
   */
  areas?: readonly AreaWards[];
  /** Only this area: its id (with `areas`, one of theirs; without, the stored area id). */
  areaId?: string;
}

/** Crimes of one category in one month and area. */
export interface AreaMonthCount {
  month: string;
  category: CrimeCategory;
  /** The record's area as `DemandScope.areas` resolves it; null when it has none. */
  areaId: string | null;
  count: number;
}

/** The geographic level hotspots are ranked at. */
export type HotspotLevel = 'lsoa' | 'ward';

/** Crimes of one category in one month and LSOA or ward. */
export interface UnitMonthCount {
  month: string;
  category: CrimeCategory;
  /**
   * The LSOA (the polygon the record was placed in, else the code on the record) or ward code;
   * null when the record has none.
   */
  unitCode: string | null;
  count: number;
}

/** One geolocated crime. */
export interface CrimePoint {
  longitude: number;
  latitude: number;
  month: string;
  category: CrimeCategory;
}

/** Calls for service with one grade (null: not graded). */
export interface GradeCount {
  grade: number | null;
  count: number;
}

/** The local calendar dates of the first and last call for service, 'YYYY-MM-DD'. */
export interface CallsDateRange {
  firstDay: string;
  lastDay: string;
}

/** A boundary polygon's code, name and area. */
export interface BoundaryArea {
  code: string;
  name: string;
  areaKm2: number;
}

/** Aggregates for demand profiles and hotspots. */
export interface DemandQueries {
  /** Crimes by month, category and (resolved) area, ordered by month, area (nulls last), category. */
  countCrimesByArea(scope?: DemandScope): Promise<AreaMonthCount[]>;
  /** Crimes by month, category and LSOA or ward, ordered by month, unit (nulls last), category. */
  countCrimesByUnit(level: HotspotLevel, scope?: DemandScope): Promise<UnitMonthCount[]>;
  /** Every crime with coordinates, ordered by month. */
  listCrimePoints(scope?: DemandScope): Promise<CrimePoint[]>;
  /** Calls for service counted by grade, ordered by grade (null last). */
  countCallsByGrade(): Promise<GradeCount[]>;
  /**
   * The local dates (in the IANA `timeZone`) of the first and last stored call; undefined when no
   * call is stored. The exposure of each hour-of-week slot in the calls' period is counted from it.
   */
  callsDateRange(timeZone: string): Promise<CallsDateRange | undefined>;
  /** Stored boundaries of a level (all of them, or those with the given codes), ordered by code. */
  listBoundaryAreas(level: HotspotLevel, codes?: readonly string[]): Promise<BoundaryArea[]>;
}

/**
 * Demand profiles: crimes and workload by area × hour of week × demand type × grade.
 *
 * For every stored count (month, category, area):
 *   - the category's demand type comes from the model ({@link mapCategoriesToDemandTypes});
 *   - the count is spread over the 168 hours of the week by the calls-derived intensity, weighted
 *     by how often each weekday occurs in that month ({@link monthHourShares});
 *   - it is split between grades by the grade mix ({@link GradeShare});
 *   - time = count × minutes per job (one role, or the sum over roles) / 60, in hours;
 *   - harm = count × the category's harm weight (days of imprisonment, CCHI style);
 *   - workload = count × time per job × harm weight = time (hours) × harm weight, in
 *     harm-weighted hours: time spent on a job counts for more the more harmful the job.
 * Every figure is an expected value, so a row's count may be fractional; summed over any
 * dimension they give back the stored totals exactly.
 */
import { assertGradeMix, type GradeShare } from './grade-mix';
import { HOURS_PER_WEEK } from './hour-of-week';
import { minutesPerJob, type DemandTypeMapping } from './demand-types';
import type { ResolvedHarmWeights } from './harm-weights';
import { daysInMonth, hourOfWeekOccurrences } from './month-calendar';
import { assertPoliceUkCategory } from './police-uk-categories';
import { monthHourShares } from './spread-monthly-count';

/** A dimension a profile can be broken down by. */
export type ProfileDimension = 'area' | 'hour-of-week' | 'type' | 'grade';

/** Every dimension, in the order rows are keyed. */
export const PROFILE_DIMENSIONS: readonly ProfileDimension[] = ['area', 'hour-of-week', 'type', 'grade'];

/** Crimes of one category in one area and month, as stored. */
export interface MonthlyCategoryCount {
  month: string;
  category: string;
  /** Null for records in no area. */
  areaId: string | null;
  count: number;
}

/** Everything a profile is built from. */
export interface DemandProfileInput {
  counts: readonly MonthlyCategoryCount[];
  /** 168 hour-of-week shares summing to 1 (from calls for service, or uniform). */
  intensity: readonly number[];
  demandTypes: DemandTypeMapping;
  harm: ResolvedHarmWeights;
  /** The grade mix applied to every type without its own. */
  gradeMix: readonly GradeShare[];
  /** Grade mixes of particular demand types, by type id. */
  gradeMixByType?: Readonly<Record<string, readonly GradeShare[]>>;
  /** Count time for this role only; the sum over roles when absent. */
  role?: string;
  /** The dimensions to break the totals down by (none: one grand-total row). */
  by: readonly ProfileDimension[];
}

/** One row of a profile: the dimensions asked for, and the figures. */
export interface DemandProfileRow {
  area?: string | null;
  hourOfWeek?: number;
  demandType?: string;
  grade?: number | null;
  /** Expected crimes over the whole period. */
  count: number;
  /** Crimes per week on average over the period. */
  perWeek: number;
  /** Crimes per hour while this hour-of-week slot lasts (rows broken down by hour of week only): an arrival rate. */
  perHour?: number;
  /** Staff time, hours. */
  timeHours: number;
  /** Harm, in the harm table's unit (days of imprisonment). */
  harm: number;
  /** Time × harm weight: harm-weighted hours. */
  workload: number;
}

/** A built profile. */
export interface DemandProfile {
  rows: DemandProfileRow[];
  totals: Omit<DemandProfileRow, 'area' | 'hourOfWeek' | 'demandType' | 'grade' | 'perHour'>;
  /** Distinct months covered, in order. */
  months: string[];
  /** Weeks the months span (days / 7). */
  weeks: number;
}

/** Builds a profile (see the file comment for the method). */
export function buildDemandProfile(input: DemandProfileInput): DemandProfile {
  const { counts, intensity, demandTypes, harm, gradeMix, gradeMixByType = {}, role, by } = input;
  assertGradeMix(gradeMix);
  for (const [typeId, mix] of Object.entries(gradeMixByType)) assertGradeMix(mix, `gradeMixByType.${typeId}`);
  for (const dimension of by) {
    if (!PROFILE_DIMENSIONS.includes(dimension)) throw new RangeError(`by: unknown dimension '${dimension}' (expected ${PROFILE_DIMENSIONS.join(', ')})`);
  }
  const wants = (dimension: ProfileDimension) => by.includes(dimension);
  const shareCache = new Map<string, number[]>();
  const sharesOf = (month: string) => {
    let shares = shareCache.get(month);
    if (!shares) shareCache.set(month, (shares = monthHourShares(month, intensity)));
    return shares;
  };
  const months = [...new Set(counts.map((row) => row.month))].sort();
  const days = months.reduce((sum, month) => sum + daysInMonth(month), 0);
  const weeks = days / 7;
  // How often each hour-of-week slot occurred over the period: the denominator of perHour.
  const occurrences = new Array<number>(HOURS_PER_WEEK).fill(0);
  for (const month of months) hourOfWeekOccurrences(month).forEach((n, hour) => (occurrences[hour]! += n));

  const rows = new Map<string, DemandProfileRow>();
  const add = (key: DemandProfileRow, count: number, minutes: number, weight: number) => {
    const id = JSON.stringify([key.area, key.hourOfWeek, key.demandType, key.grade]);
    let row = rows.get(id);
    if (!row) rows.set(id, (row = { ...key, count: 0, perWeek: 0, timeHours: 0, harm: 0, workload: 0 }));
    const hours = (count * minutes) / 60;
    row.count += count;
    row.timeHours += hours;
    row.harm += count * weight;
    row.workload += hours * weight;
  };

  counts.forEach(({ month, category, areaId, count }, index) => {
    if (!Number.isFinite(count) || count < 0) throw new RangeError(`counts[${index}].count: expected a number >= 0, got ${count}`);
    assertPoliceUkCategory(category, `counts[${index}].category`);
    const type = demandTypes.byCategory[category];
    const minutes = minutesPerJob(type, role);
    const weight = harm.weights[category];
    const mix = gradeMixByType[type.id] ?? gradeMix;
    const base: DemandProfileRow = { count: 0, perWeek: 0, timeHours: 0, harm: 0, workload: 0 };
    if (wants('area')) base.area = areaId;
    if (wants('type')) base.demandType = type.id;
    const hourShares = wants('hour-of-week') ? sharesOf(month) : undefined;
    for (const { grade, share } of mix) {
      const graded = wants('grade') ? { ...base, grade } : base;
      if (!hourShares) {
        add(graded, count * share, minutes, weight);
        continue;
      }
      hourShares.forEach((hourShare, hourOfWeek) => add({ ...graded, hourOfWeek }, count * share * hourShare, minutes, weight));
    }
  });

  const onlyHour = by.length > 0 && by.every((dimension) => dimension === 'hour-of-week' || dimension === 'area');
  const result = [...rows.values()].map((row) => {
    row.perWeek = weeks === 0 ? 0 : row.count / weeks;
    if (row.hourOfWeek !== undefined && onlyHour) row.perHour = row.count / occurrences[row.hourOfWeek]!;
    return row;
  });
  result.sort(compareRows);
  const totals = { count: 0, perWeek: 0, timeHours: 0, harm: 0, workload: 0 };
  for (const row of result) {
    totals.count += row.count;
    totals.timeHours += row.timeHours;
    totals.harm += row.harm;
    totals.workload += row.workload;
  }
  totals.perWeek = weeks === 0 ? 0 : totals.count / weeks;
  return { rows: result, totals, months, weeks };
}

/** Orders rows by area (nulls last), hour, type, grade (nulls last). */
function compareRows(a: DemandProfileRow, b: DemandProfileRow): number {
  return (
    compareNullable(a.area, b.area, (x, y) => x.localeCompare(y)) ||
    (a.hourOfWeek ?? 0) - (b.hourOfWeek ?? 0) ||
    (a.demandType ?? '').localeCompare(b.demandType ?? '') ||
    compareNullable(a.grade, b.grade, (x, y) => x - y)
  );
}

function compareNullable<T>(a: T | null | undefined, b: T | null | undefined, compare: (x: T, y: T) => number): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return compare(a, b);
}

/**
 * The measures period by period across a window — weeks, or longer steps for a long window so a
 * chart has at most {@link MAX_TREND_PERIODS} points — for the dashboard's trend chart. Periods
 * run from the window's start; the last may be shorter.
 */
import type { PolicingModel } from '@peel/model';
import { computeMeasures, filterRecords, type PeriodMeasures } from './compute-measures';
import type { PerformanceRecords } from './performance-records';

/** At most this many periods. */
export const MAX_TREND_PERIODS = 26;

const DAY_MS = 86_400_000;

/** One period of the trend. */
export interface TrendPeriod {
  readonly from: Date;
  readonly to: Date;
  readonly measures: PeriodMeasures;
}

/** The length of a trend period for a window of `days` days: whole weeks, enough that there are at most MAX_TREND_PERIODS. */
export function trendStepDays(days: number): number {
  return Math.max(1, Math.ceil(days / 7 / MAX_TREND_PERIODS)) * 7;
}

/** The measures of each period of [from, to). */
export function measureTrend(records: PerformanceRecords, window: { readonly from: Date; readonly to: Date }, context: { readonly model: PolicingModel; readonly now: Date }): TrendPeriod[] {
  const span = window.to.getTime() - window.from.getTime();
  const step = trendStepDays(Math.ceil(span / DAY_MS)) * DAY_MS;
  const periods: TrendPeriod[] = [];
  for (let start = window.from.getTime(); start < window.to.getTime(); start += step) {
    const end = Math.min(start + step, window.to.getTime());
    periods.push({
      from: new Date(start),
      to: new Date(end),
      measures: computeMeasures(filterRecords(records, (at) => at.getTime() >= start && at.getTime() < end), context),
    });
  }
  return periods;
}

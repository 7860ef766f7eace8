/**
 * Monthly seasonality. Months differ in length, so the index compares crimes per day:
 * index_m = (count_m / days_m) / mean over the months of (count / days). An index of 1.2 means a
 * month 20 % busier per day than the average month in the data; with one month the index is 1.
 */
import { daysInMonth } from './month-calendar';

/** One month of a seasonality series. */
export interface SeasonalMonth {
  month: string;
  count: number;
  days: number;
  perDay: number;
  /** Crimes per day relative to the mean of the months present. */
  index: number;
}

/** Seasonality of monthly counts (months summed if repeated), in month order. */
export function monthlySeasonality(counts: readonly { month: string; count: number }[]): SeasonalMonth[] {
  const totals = new Map<string, number>();
  for (const { month, count } of counts) {
    if (!Number.isFinite(count) || count < 0) throw new RangeError(`counts: expected counts >= 0, got ${count} for ${month}`);
    daysInMonth(month);
    totals.set(month, (totals.get(month) ?? 0) + count);
  }
  const rows = [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, count]) => ({ month, count, days: daysInMonth(month), perDay: count / daysInMonth(month) }));
  const mean = rows.reduce((sum, row) => sum + row.perDay, 0) / rows.length;
  return rows.map((row) => ({ ...row, index: mean === 0 ? 1 : row.perDay / mean }));
}

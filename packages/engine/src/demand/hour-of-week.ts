/**
 * The hour of the week: 168 slots, 0 = Monday 00:00–00:59 … 167 = Sunday 23:00–23:59 (ISO 8601
 * weeks start on Monday). The same indexing as the calls-for-service query in @peel/db.
 */

/** Hours in a week. */
export const HOURS_PER_WEEK = 168;

/** Day names, Monday first (ISO 8601). */
export const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** The weekday (0 = Monday … 6 = Sunday) of an hour-of-week slot. */
export function weekdayOfHour(hourOfWeek: number): number {
  assertHourOfWeek(hourOfWeek);
  return Math.floor(hourOfWeek / 24);
}

/** A readable label such as "Mon 00:00" or "Sun 23:00". */
export function hourOfWeekLabel(hourOfWeek: number): string {
  assertHourOfWeek(hourOfWeek);
  const hour = hourOfWeek % 24;
  return `${WEEKDAY_NAMES[Math.floor(hourOfWeek / 24)]} ${String(hour).padStart(2, '0')}:00`;
}

function assertHourOfWeek(hourOfWeek: number): void {
  if (!Number.isInteger(hourOfWeek) || hourOfWeek < 0 || hourOfWeek >= HOURS_PER_WEEK) {
    throw new RangeError(`hourOfWeek: expected a whole number 0–167, got ${hourOfWeek}`);
  }
}

/** The flat intensity 1/168 in every hour: the fallback when there is no calls-for-service data. */
export function uniformIntensity(): number[] {
  return new Array<number>(HOURS_PER_WEEK).fill(1 / HOURS_PER_WEEK);
}

/**
 * Hour-of-week intensity from counts of calls for service: intensity_h = calls in slot h / all
 * calls, so the 168 values sum to 1. This is the share of a week's demand that falls in each hour,
 * the temporal shape applied to crimes that carry only a month ({@link spreadMonthlyCount}).
 * @param counts 168 non-negative counts indexed by hour of week
 * @returns 168 shares summing to 1, or undefined when every count is zero (no shape to learn)
 */
export function hourOfWeekIntensity(counts: readonly number[]): number[] | undefined {
  if (counts.length !== HOURS_PER_WEEK) throw new RangeError(`counts: expected ${HOURS_PER_WEEK} values, got ${counts.length}`);
  let total = 0;
  counts.forEach((count, hour) => {
    if (!Number.isFinite(count) || count < 0) throw new RangeError(`counts[${hour}]: expected a finite number >= 0, got ${count}`);
    total += count;
  });
  if (total === 0) return undefined;
  return counts.map((count) => count / total);
}

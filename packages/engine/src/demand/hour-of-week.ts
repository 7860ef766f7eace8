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
 * Hour-of-week intensity from counts of calls for service. Raw shares (calls in slot h / all calls)
 * are biased whenever the calls cover a period in which the weekdays do not occur equally often:
 * January 2023 has five Sundays but four Saturdays, so Sunday's slots would carry 25 % more calls
 * for no reason but the calendar. So each slot's count is first divided by its exposure — how many
 * times the slot occurred in the period the calls cover — and the rates are then normalised:
 *
 *     intensity_h = (calls_h / exposure_h) / Σ_k (calls_k / exposure_k)
 *
 * The 168 values sum to 1: the share of an average week's demand in each hour, the temporal shape
 * applied to crimes that carry only a month ({@link spreadMonthlyCount}). Without `exposure` every
 * slot is taken to have occurred equally often (intensity_h = calls_h / all calls).
 * @param counts 168 non-negative counts indexed by hour of week
 * @param exposure 168 occurrence counts of each slot in the calls' period ({@link hourOfWeekOccurrencesBetween})
 * @returns 168 shares summing to 1, or undefined when every count is zero (no shape to learn)
 */
export function hourOfWeekIntensity(counts: readonly number[], exposure?: readonly number[]): number[] | undefined {
  if (counts.length !== HOURS_PER_WEEK) throw new RangeError(`counts: expected ${HOURS_PER_WEEK} values, got ${counts.length}`);
  if (exposure !== undefined && exposure.length !== HOURS_PER_WEEK) throw new RangeError(`exposure: expected ${HOURS_PER_WEEK} values, got ${exposure.length}`);
  const rates = counts.map((count, hour) => {
    if (!Number.isFinite(count) || count < 0) throw new RangeError(`counts[${hour}]: expected a finite number >= 0, got ${count}`);
    if (exposure === undefined) return count;
    const occurred = exposure[hour]!;
    if (!Number.isFinite(occurred) || occurred < 0) throw new RangeError(`exposure[${hour}]: expected a finite number >= 0, got ${occurred}`);
    if (occurred === 0) {
      if (count > 0) throw new RangeError(`exposure[${hour}]: ${count} calls in a slot that never occurred in the period`);
      return 0;
    }
    return count / occurred;
  });
  const total = rates.reduce((sum, rate) => sum + rate, 0);
  if (total === 0) return undefined;
  return rates.map((rate) => rate / total);
}

/** Generates the shifts of a shift-cover problem: every length starting at every period. */
import type { CoverShift } from './shift-cover';

/** Input of {@link shiftsAtEveryStart}. */
export interface ShiftsAtEveryStartInput {
  /** Periods in the horizon, e.g. 24 (hours of a day) or 168 (hours of a week). */
  periods: number;
  /** Shift lengths in periods, e.g. [8, 10, 12] with hourly periods. */
  lengths: readonly number[];
  /**
   * Whether the horizon wraps round (a week followed by the same week): a shift starting near the
   * end runs on into the first periods. When false only shifts that fit inside the horizon exist.
   */
  cyclic: boolean;
  /** Cost per officer of the shift starting at `start` lasting `length` periods; default 1 (count officers). */
  cost?: (start: number, length: number) => number;
}

/** A generated shift: the cover-problem shift and where it starts and how long it lasts. */
export interface GeneratedShift extends CoverShift {
  start: number;
  length: number;
}

/**
 * Every shift of every length at every start period, lengths in the order given, then by start.
 * Labels read `start+length` (`"22+10"`). Non-cyclic: starts 0 … periods − length only.
 */
export function shiftsAtEveryStart(input: ShiftsAtEveryStartInput): GeneratedShift[] {
  const { periods, lengths, cyclic, cost } = input;
  if (!(Number.isSafeInteger(periods) && periods >= 1)) throw new RangeError(`periods: expected a whole number >= 1, got ${periods}`);
  if (lengths.length === 0) throw new RangeError('lengths: expected at least one shift length');
  lengths.forEach((length, i) => {
    if (!(Number.isSafeInteger(length) && length >= 1 && length <= periods)) throw new RangeError(`lengths[${i}]: expected a whole number of periods 1..${periods}, got ${length}`);
  });
  const shifts: GeneratedShift[] = [];
  for (const length of lengths) {
    const lastStart = cyclic ? periods - 1 : periods - length;
    for (let start = 0; start <= lastStart; start += 1) {
      const covers = Array.from({ length }, (_, k) => (start + k) % periods);
      const shiftCost = cost ? cost(start, length) : 1;
      shifts.push({ cost: shiftCost, covers, label: `${start}+${length}`, start, length });
    }
  }
  return shifts;
}

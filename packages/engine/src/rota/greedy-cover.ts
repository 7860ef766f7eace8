/**
 * The greedy heuristic for weighted set multicover (Chvátal 1979, "A greedy heuristic for the
 * set-covering problem", Mathematics of Operations Research 4(3)): repeatedly add one officer to
 * the shift with the most still-short periods per unit of cost, until every period is covered.
 * Within a factor H(max shift length) of the optimum; used as the MIP start (so a time-limited
 * solve always has a cover to return) and as the baseline the optimum must never exceed.
 */
import type { ShiftCoverProblem } from './shift-cover';

/**
 * Officers per shift of a greedy cover. The problem must be valid and every period with a
 * requirement covered by some shift (else a RangeError names the first uncovered period).
 */
export function greedyCover(problem: Pick<ShiftCoverProblem, 'required' | 'shifts'>): number[] {
  const short = problem.required.slice();
  const counts = new Array<number>(problem.shifts.length).fill(0);
  let remaining = short.reduce((sum, r) => sum + r, 0);
  while (remaining > 0) {
    let best = -1;
    let bestRatio = 0;
    problem.shifts.forEach((shift, j) => {
      let gain = 0;
      for (const period of shift.covers) if (short[period]! > 0) gain += 1;
      if (gain === 0) return;
      const ratio = shift.cost === 0 ? Number.POSITIVE_INFINITY : gain / shift.cost;
      if (best < 0 || ratio > bestRatio) {
        best = j;
        bestRatio = ratio;
      }
    });
    if (best < 0) {
      const period = short.findIndex((r) => r > 0);
      throw new RangeError(`required[${period}]: ${short[period]} officers needed but no shift covers period ${period}`);
    }
    // Add as many officers at once as keep every period this shift helps still short: the same
    // choice the one-at-a-time greedy would repeat, without re-scanning every shift.
    const shift = problem.shifts[best]!;
    let step = Number.POSITIVE_INFINITY;
    for (const period of shift.covers) if (short[period]! > 0) step = Math.min(step, short[period]!);
    counts[best]! += step;
    for (const period of shift.covers) {
      const before = short[period]!;
      if (before > 0) {
        short[period] = before - step;
        remaining -= step;
      }
    }
  }
  return counts;
}

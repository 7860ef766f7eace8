/**
 * How a demand type's jobs divide between grades (1 Emergency … 4 Resolution without deployment).
 * Crime records carry no grade and a policing model gives no grade mix per demand type, so the
 * default is the grade mix of the calls for service in the same database: share_g = graded calls
 * of grade g / all graded calls, applied to every demand type alike (calls carry a grade but no
 * demand type). Without graded calls every job stays ungraded (grade null, share 1).
 */

/** One grade's share of a demand type's jobs; grade null means "not graded". */
export interface GradeShare {
  grade: number | null;
  share: number;
}

/** Where a grade mix came from, for outputs. */
export type GradeMixSource = 'calls-for-service' | 'ungraded';

/** The ungraded mix: one bucket, grade null. */
export const UNGRADED_MIX: readonly GradeShare[] = [{ grade: null, share: 1 }];

/**
 * Grade shares from counts of graded calls, ordered by grade; ungraded counts (grade null) are left
 * out. Undefined when no call has a grade.
 */
export function gradeMixFromCounts(counts: readonly { grade: number | null; count: number }[]): GradeShare[] | undefined {
  const byGrade = new Map<number, number>();
  for (const { grade, count } of counts) {
    if (!Number.isFinite(count) || count < 0) throw new RangeError(`counts: expected counts >= 0, got ${count} for grade ${grade}`);
    if (grade === null) continue;
    if (!Number.isInteger(grade) || grade < 1) throw new RangeError(`counts: expected grades as whole numbers >= 1, got ${grade}`);
    byGrade.set(grade, (byGrade.get(grade) ?? 0) + count);
  }
  const total = [...byGrade.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return undefined;
  return [...byGrade.entries()].sort(([a], [b]) => a - b).map(([grade, count]) => ({ grade, share: count / total }));
}

/** RangeError naming `field` unless the shares are non-negative and sum to 1 (within 1e-9). */
export function assertGradeMix(mix: readonly GradeShare[], field = 'gradeMix'): void {
  if (mix.length === 0) throw new RangeError(`${field}: expected at least one grade`);
  let total = 0;
  for (const { grade, share } of mix) {
    if (!Number.isFinite(share) || share < 0) throw new RangeError(`${field}: expected shares >= 0, got ${share} for grade ${grade}`);
    total += share;
  }
  if (Math.abs(total - 1) > 1e-9) throw new RangeError(`${field}: expected shares summing to 1, got ${total}`);
}

/**
 * Allocation by marginal analysis: share whole posts between areas to maximise Σ_i v_i(p_i) —
 * PCAM's way (Chaiken & Dormont, "A patrol car allocation model: capabilities and algorithms",
 * Management Science 24(12), 1978): start every area at its minimum, then give each post in turn
 * to the area where it adds most (Gross 1956; Fox, "Discrete optimization via marginal analysis",
 * Management Science 13(3), 1966). When every v_i is concave (each post adds no more than the one
 * before) the greedy allocation is optimal for every total, and so house monotone. Here v_i(p) is
 * the Grade 1 calls a week an area's officers reach within target with p posts.
 *
 * Ties go to the lower index. Each step re-evaluates only the area that took the post, so the cost
 * is (posts + areas) evaluations of v.
 */

/** Input of {@link allocateByMarginalGain}. */
export interface MarginalAllocationInput {
  /** Whole posts to share, ≥ Σ minimums. */
  posts: number;
  /** Posts each area keeps at least (whole, ≥ 0). */
  minimums: readonly number[];
  /** v_i(p): the value of `posts` posts in area `index` (finite). */
  value: (index: number, posts: number) => number;
}

/**
 * Posts per area (see the file comment). Returns undefined when the minimums ask for more than
 * `posts`.
 * @throws {RangeError} for a fractional or negative count, or a non-finite value
 */
export function allocateByMarginalGain(input: MarginalAllocationInput): number[] | undefined {
  const { posts, minimums, value } = input;
  if (!Number.isSafeInteger(posts) || posts < 0) throw new RangeError(`posts must be a whole number >= 0, got ${posts}`);
  minimums.forEach((minimum, i) => {
    if (!Number.isSafeInteger(minimum) || minimum < 0) throw new RangeError(`minimums[${i}] must be a whole number >= 0, got ${minimum}`);
  });
  const held = [...minimums];
  const floor = held.reduce((a, b) => a + b, 0);
  if (floor > posts) return undefined;
  if (held.length === 0) return posts === 0 ? [] : undefined;
  const valueAt = (index: number, count: number) => {
    const result = value(index, count);
    if (!Number.isFinite(result)) throw new RangeError(`value(${index}, ${count}) must be finite, got ${result}`);
    return result;
  };
  const current = held.map((count, index) => valueAt(index, count));
  const gain = held.map((count, index) => valueAt(index, count + 1) - current[index]!);
  for (let remaining = posts - floor; remaining > 0; remaining -= 1) {
    let best = 0;
    for (let i = 1; i < gain.length; i += 1) if (gain[i]! > gain[best]!) best = i;
    held[best] = held[best]! + 1;
    current[best] = current[best]! + gain[best]!;
    gain[best] = valueAt(best, held[best]! + 1) - current[best]!;
  }
  return held;
}

/**
 * Integer apportionment: share a whole number of posts between areas in proportion to their
 * workload, each area held between a minimum and a cap — the same problem as sharing the seats of a
 * house between states (Balinski & Young, "Fair Representation", 2nd ed., 2001).
 *
 * Method: **Huntington–Hill** (the "method of equal proportions", used for the US House since
 * 1941), a divisor method. Area i holding k posts claims its next post with priority
 * w_i / √(k(k + 1)); posts go one at a time to the highest claim. Why this and not largest
 * remainder (Hamilton):
 *   - every divisor method is *house monotone* (one more post to share never takes a post from
 *     anyone — no Alabama paradox) and *population monotone* (moving workload from A to B never
 *     moves a post from B to A); largest remainder is neither (Balinski & Young, ch. 5–6: divisor
 *     methods are exactly the population-monotone ones);
 *   - among divisor methods, Huntington–Hill keeps the *relative* difference in workload per post
 *     between any two areas smallest (Huntington, "The apportionment of representatives in
 *     Congress", Trans. AMS 30, 1928), and its divisor √(0·1) = 0 gives every area with any
 *     workload at least one post before any area gets a second — an area with demand is never left
 *     with nobody;
 *   - the US Census Bureau publishes its results, so the code is checked against real figures.
 *
 * Bounds (Balinski & Rachev's bounded divisor method): every area starts at its minimum and an
 * area at its cap takes no more. Handing out posts in order of priority from the minimums gives
 * exactly s_i = clamp(round_HH(w_i/λ), min_i, cap_i) for a common divisor λ, so both monotonicity
 * properties survive the bounds. Ties are broken by a fixed order — higher priority, then fewer
 * posts held, then lower index — which is a total order on the (area, k-th post) claims that does
 * not depend on the other areas, so the properties hold exactly, ties included.
 */

/** Input of {@link apportion}. */
export interface ApportionInput {
  /** Each area's claim (workload, demand); finite and ≥ 0. */
  weights: readonly number[];
  /** Whole number of posts to share; ≥ 0. */
  posts: number;
  /** Posts each area must get at least (whole, ≥ 0); default 0. */
  minimums?: readonly number[];
  /** Posts each area may get at most (whole, ≥ its minimum, or Infinity); default no cap. */
  caps?: readonly number[];
}

/** A successful apportionment. */
export interface Apportionment {
  feasible: true;
  /** Posts per area, in the order of the weights; sums to `posts`. */
  posts: number[];
}

/** No apportionment exists: the minimums ask for more than there is, or the caps hold less. */
export interface InfeasibleApportionment {
  feasible: false;
  reason: string;
}

/** Result of {@link apportion}. */
export type ApportionResult = Apportionment | InfeasibleApportionment;

/**
 * Huntington–Hill priority of the claim to a (k+1)-th post: w / √(k(k + 1)), infinite at k = 0 for
 * any w > 0; 0 when w = 0 (an area with no workload gets posts only when nobody else can take them).
 */
export function huntingtonHillPriority(weight: number, held: number): number {
  if (weight === 0) return 0;
  return held === 0 ? Number.POSITIVE_INFINITY : weight / Math.sqrt(held * (held + 1));
}

/**
 * Shares `posts` between areas by the bounded Huntington–Hill method (see the file comment).
 * @throws {RangeError} naming the argument for negative, fractional or non-finite input
 */
export function apportion(input: ApportionInput): ApportionResult {
  const { weights, posts } = input;
  const n = weights.length;
  if (!Number.isSafeInteger(posts) || posts < 0) throw new RangeError(`posts must be a whole number >= 0, got ${posts}`);
  weights.forEach((weight, i) => {
    if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`weights[${i}] must be a finite number >= 0, got ${weight}`);
  });
  const minimums = input.minimums ?? new Array<number>(n).fill(0);
  const caps = input.caps ?? new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  if (minimums.length !== n) throw new RangeError(`minimums must have one entry per weight (${n}), got ${minimums.length}`);
  if (caps.length !== n) throw new RangeError(`caps must have one entry per weight (${n}), got ${caps.length}`);
  minimums.forEach((minimum, i) => {
    if (!Number.isSafeInteger(minimum) || minimum < 0) throw new RangeError(`minimums[${i}] must be a whole number >= 0, got ${minimum}`);
  });
  caps.forEach((cap, i) => {
    if (!(cap === Number.POSITIVE_INFINITY || Number.isSafeInteger(cap)) || cap < minimums[i]!) throw new RangeError(`caps[${i}] must be a whole number >= minimums[${i}] (${minimums[i]}) or Infinity, got ${cap}`);
  });
  const floor = minimums.reduce((sum, minimum) => sum + minimum, 0);
  if (floor > posts) return { feasible: false, reason: `the minimums add up to ${floor} posts, more than the ${posts} to share` };
  const ceiling = caps.reduce((sum, cap) => sum + cap, 0);
  if (ceiling < posts) return { feasible: false, reason: `the caps add up to ${ceiling} posts, fewer than the ${posts} to share` };

  const held = [...minimums];
  // Posts to hand out are at most a few thousand in a force, so a linear scan per post is fine.
  for (let remaining = posts - floor; remaining > 0; remaining -= 1) {
    let best = -1;
    let bestPriority = -1;
    for (let i = 0; i < n; i += 1) {
      if (held[i]! >= caps[i]!) continue;
      const priority = huntingtonHillPriority(weights[i]!, held[i]!);
      if (best < 0 || priority > bestPriority || (priority === bestPriority && held[i]! < held[best]!)) {
        best = i;
        bestPriority = priority;
      }
    }
    held[best] = held[best]! + 1;
  }
  return { feasible: true, posts: held };
}

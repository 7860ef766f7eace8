import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, type ApportionInput } from './apportion';

// Property tests (fast-check, fixed seed) of the bounded Huntington–Hill apportionment: the
// guarantees of a divisor method (Balinski & Young, "Fair Representation", 2001, ch. 5–6).
const SETTINGS = { seed: 5_2025, numRuns: 300 };

/** Areas with workloads (integers, so exact ties happen), minimums, caps and a feasible number of posts. */
const problem = fc
  .array(
    fc.record({
      // Integers make exact ties; doubles stay clear of subnormals, which lose their digits when scaled.
      weight: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.double({ min: 1e-3, max: 1e4, noNaN: true })),
      minimum: fc.integer({ min: 0, max: 4 }),
      headroom: fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.integer({ min: 0, max: 30 })),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .chain((areas) => {
    const floor = areas.reduce((sum, area) => sum + area.minimum, 0);
    const ceiling = areas.reduce((sum, area) => sum + area.minimum + area.headroom, 0);
    return fc.integer({ min: floor, max: Math.min(ceiling, floor + 200) }).map(
      (posts): ApportionInput => ({
        weights: areas.map((area) => area.weight),
        posts,
        minimums: areas.map((area) => area.minimum),
        caps: areas.map((area) => area.minimum + area.headroom),
      }),
    );
  });

function postsOf(input: ApportionInput): number[] {
  const result = apportion(input);
  if (!result.feasible) throw new Error(`expected a feasible apportionment: ${result.reason}`);
  return result.posts;
}

describe('apportion properties', () => {
  it('posts sum to the number shared, each area within its minimum and cap', () => {
    fc.assert(
      fc.property(problem, (input) => {
        const posts = postsOf(input);
        expect(posts.reduce((a, b) => a + b, 0)).toBe(input.posts);
        posts.forEach((value, i) => {
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(input.minimums![i]!);
          expect(value).toBeLessThanOrEqual(input.caps![i]!);
        });
      }),
      SETTINGS,
    );
  });

  it('house monotone: one more post to share never lowers any area (no Alabama paradox)', () => {
    fc.assert(
      fc.property(problem, (input) => {
        const ceiling = input.caps!.reduce((a, b) => a + b, 0);
        fc.pre(input.posts < ceiling);
        const before = postsOf(input);
        const after = postsOf({ ...input, posts: input.posts + 1 });
        after.forEach((value, i) => expect(value).toBeGreaterThanOrEqual(before[i]!));
      }),
      SETTINGS,
    );
  });

  it('population monotone: moving workload from area A to area B never moves a post from B to A', () => {
    fc.assert(
      fc.property(problem, fc.nat(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (input, a, b, fraction) => {
        const from = a % input.weights.length;
        const to = b % input.weights.length;
        fc.pre(from !== to);
        const moved = input.weights[from]! * fraction;
        const weights = [...input.weights];
        weights[from] = weights[from]! - moved;
        weights[to] = weights[to]! + moved;
        const before = postsOf(input);
        const after = postsOf({ ...input, weights });
        expect(after[from]).toBeLessThanOrEqual(before[from]!);
        expect(after[to]).toBeGreaterThanOrEqual(before[to]!);
      }),
      SETTINGS,
    );
  });

  it('proportional: scaling every workload by the same factor changes nothing', () => {
    // Powers of two, so that the scaling is exact in floating point and exact ties stay ties.
    fc.assert(
      fc.property(problem, fc.integer({ min: 1, max: 20 }).map((power) => 2 ** power), (input, factor) => {
        expect(postsOf({ ...input, weights: input.weights.map((w) => w * factor) })).toEqual(postsOf(input));
      }),
      SETTINGS,
    );
  });
});

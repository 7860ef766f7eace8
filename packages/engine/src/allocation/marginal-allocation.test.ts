import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateByMarginalGain } from './marginal-allocation';

/** Every way of sharing `posts` between areas at or above their minimums, by brute force. */
function* allocations(posts: number, minimums: readonly number[]): Generator<number[]> {
  if (minimums.length === 1) {
    if (posts >= minimums[0]!) yield [posts];
    return;
  }
  for (let first = minimums[0]!; first <= posts; first += 1) for (const rest of allocations(posts - first, minimums.slice(1))) yield [first, ...rest];
}

/** A concave value: v(p) = w·(1 − e^{−p/s}) (diminishing returns, as compliance in officers). */
const concave = (weights: readonly number[], scales: readonly number[]) => (index: number, posts: number) => weights[index]! * (1 - Math.exp(-posts / scales[index]!));

describe('allocateByMarginalGain (Fox 1966)', () => {
  it('is optimal for concave values: equals the brute-force best allocation (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ weight: fc.double({ min: 0.1, max: 100, noNaN: true }), scale: fc.double({ min: 0.5, max: 10, noNaN: true }), minimum: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 12 }),
        (areas, extra) => {
          const minimums = areas.map((area) => area.minimum);
          const posts = minimums.reduce((a, b) => a + b, 0) + extra;
          const value = concave(areas.map((area) => area.weight), areas.map((area) => area.scale));
          const total = (allocation: readonly number[]) => allocation.reduce((sum, count, index) => sum + value(index, count), 0);
          const greedy = allocateByMarginalGain({ posts, minimums, value })!;
          expect(greedy.reduce((a, b) => a + b, 0)).toBe(posts);
          greedy.forEach((count, index) => expect(count).toBeGreaterThanOrEqual(minimums[index]!));
          let best = -Infinity;
          for (const allocation of allocations(posts, minimums)) best = Math.max(best, total(allocation));
          expect(total(greedy)).toBeCloseTo(best, 9);
        },
      ),
      { seed: 1966, numRuns: 200 },
    );
  });

  it('is house monotone: one more post never lowers an area', () => {
    const value = concave([30, 10, 55], [3, 8, 2]);
    let previous = allocateByMarginalGain({ posts: 0, minimums: [0, 0, 0], value })!;
    for (let posts = 1; posts <= 40; posts += 1) {
      const next = allocateByMarginalGain({ posts, minimums: [0, 0, 0], value })!;
      next.forEach((count, index) => expect(count).toBeGreaterThanOrEqual(previous[index]!));
      previous = next;
    }
  });

  it('keeps minimums, refuses minimums above the posts, and names bad input', () => {
    expect(allocateByMarginalGain({ posts: 5, minimums: [4, 0], value: (index, posts) => (index === 1 ? posts : 0) })).toEqual([4, 1]);
    expect(allocateByMarginalGain({ posts: 3, minimums: [2, 2], value: () => 0 })).toBeUndefined();
    expect(() => allocateByMarginalGain({ posts: 1.5, minimums: [0], value: () => 0 })).toThrow('posts must be a whole number >= 0, got 1.5');
    expect(() => allocateByMarginalGain({ posts: 1, minimums: [0], value: () => Number.NaN })).toThrow('value(0, 0) must be finite, got NaN');
  });
});

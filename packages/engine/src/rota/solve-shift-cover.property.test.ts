/**
 * Property tests (fast-check, fixed seed) of solveShiftCover with HiGHS on small random problems:
 * the optimum covers every period, costs no more than Chvátal's greedy cover, and — for cyclic
 * problems with shifts at every start — does not depend on where the cycle is cut.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHighsSolver, type HighsSolver } from './create-highs-solver';
import { greedyCover } from './greedy-cover';
import { costOf, type CoverShift } from './shift-cover';
import { shiftsAtEveryStart } from './shifts-at-every-start';
import { solveShiftCover } from './solve-shift-cover';

let solver: HighsSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});
afterAll(async () => {
  await solver.close();
});

const settings = { seed: 20250105, numRuns: 60 };

/** 2–16 periods, requirements 0–12, 1–10 shifts each covering a random non-empty set, costs 1–9. */
const generalProblems = fc.integer({ min: 2, max: 16 }).chain((periods) =>
  fc.record({
    required: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: periods, maxLength: periods }),
    shifts: fc.array(
      fc.record({ cost: fc.integer({ min: 1, max: 9 }), covers: fc.shuffledSubarray([...Array(periods).keys()], { minLength: 1 }) }),
      { minLength: 1, maxLength: 10 },
    ),
  }),
);

/** Cyclic horizons of 4–24 periods with shifts of 1–3 lengths at every start, unit costs. */
const cyclicProblems = fc.integer({ min: 4, max: 24 }).chain((periods) =>
  fc.record({
    periods: fc.constant(periods),
    required: fc.array(fc.integer({ min: 0, max: 15 }), { minLength: periods, maxLength: periods }),
    lengths: fc.uniqueArray(fc.integer({ min: 1, max: Math.min(periods, 12) }), { minLength: 1, maxLength: 3 }),
    rotation: fc.integer({ min: 1, max: periods - 1 }),
  }),
);

function isCovered(required: readonly number[], shifts: readonly CoverShift[]): boolean {
  const covered = new Set(shifts.flatMap((shift) => shift.covers));
  return required.every((value, p) => value === 0 || covered.has(p));
}

describe('shift cover properties', () => {
  it('an optimal cover meets the requirement in every period and costs no more than the greedy cover', async () => {
    await fc.assert(
      fc.asyncProperty(generalProblems, async ({ required, shifts }) => {
        const result = await solveShiftCover({ required, shifts }, solver);
        if (!isCovered(required, shifts)) {
          expect(result.status).toBe('infeasible');
          expect(result.uncoveredPeriods.length).toBeGreaterThan(0);
          return;
        }
        expect(result.status).toBe('optimal');
        result.cover.forEach((onDuty, p) => expect(onDuty).toBeGreaterThanOrEqual(required[p]!));
        expect(result.cost).toBeLessThanOrEqual(costOf(shifts, greedyCover({ required, shifts })));
        expect(result.cost).toBe(costOf(shifts, result.counts));
      }),
      settings,
    );
  });

  it('cyclic, shifts at every start: rotating the requirement leaves the optimal cost unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(cyclicProblems, async ({ periods, required, lengths, rotation }) => {
        const shifts = shiftsAtEveryStart({ periods, lengths, cyclic: true });
        const rotated = required.map((_, p) => required[(p + rotation) % periods]!);
        const [original, shifted] = await Promise.all([solveShiftCover({ required, shifts }, solver), solveShiftCover({ required: rotated, shifts }, solver)]);
        expect(original.status).toBe('optimal');
        expect(shifted.status).toBe('optimal');
        expect(shifted.cost).toBe(original.cost);
      }),
      settings,
    );
  });
});

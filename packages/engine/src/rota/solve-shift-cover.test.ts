/**
 * Shift cover against published staff-scheduling examples with known optima, solved by HiGHS in
 * its worker thread (the production path).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHighsSolver, type HighsSolver } from './create-highs-solver';
import { shiftsAtEveryStart } from './shifts-at-every-start';
import { relaxShiftCover, solveShiftCover } from './solve-shift-cover';
import type { CoverShift } from './shift-cover';

let solver: HighsSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});
afterAll(async () => {
  await solver.close();
});

describe('published examples', () => {
  // Winston, Operations Research: Applications and Algorithms (4th ed., 2004), §3.5 Example 7
  // ("Post office problem") and its integer version in ch. 9: full-time employees work five
  // consecutive days then have two off; requirements Monday … Sunday 17, 13, 15, 19, 14, 16, 11.
  // Published: LP optimum z = 67/3 (22⅓), integer optimum 23 employees.
  const postOffice = [17, 13, 15, 19, 14, 16, 11];
  const fiveDayShifts = shiftsAtEveryStart({ periods: 7, lengths: [5], cyclic: true });

  it('Winston post office: 23 employees (integer optimum)', async () => {
    const result = await solveShiftCover({ required: postOffice, shifts: fiveDayShifts }, solver);
    expect(result.status).toBe('optimal');
    expect(result.cost).toBe(23);
    expect(result.officers).toBe(23);
    expect(result.gap).toBe(0);
    result.cover.forEach((onDuty, day) => expect(onDuty).toBeGreaterThanOrEqual(postOffice[day]!));
  });

  it('Winston post office: LP relaxation 67/3', async () => {
    const relaxation = await relaxShiftCover({ required: postOffice, shifts: fiveDayShifts }, solver);
    expect(relaxation.status).toBe('optimal');
    expect(relaxation.cost).toBeCloseTo(67 / 3, 9);
  });

  it('post office with costs (Kjellerstrand, post_office_problem2): least cost 15,800 with 23 employees', async () => {
    // Håkan Kjellerstrand's model of the same problem (hakank.org/or_tools/post_office_problem2.py):
    // pattern j covers day i unless j ≡ i + 5 or i + 6 (mod 7); cost per pattern 500, 600, 800,
    // 800, 800, 800, 700. His complete CP search ends at total cost 15,800, 23 workers.
    const costs = [500, 600, 800, 800, 800, 800, 700];
    const shifts: CoverShift[] = costs.map((cost, j) => ({ cost, covers: [0, 1, 2, 3, 4, 5, 6].filter((i) => j !== (i + 5) % 7 && j !== (i + 6) % 7) }));
    const result = await solveShiftCover({ required: postOffice, shifts }, solver);
    expect(result.status).toBe('optimal');
    expect(result.cost).toBe(15_800);
    expect(result.officers).toBe(23);
  });

  it('Hillier & Lieberman, Union Airways: (48, 31, 39, 43, 15) at $30,610', async () => {
    // Hillier & Lieberman, Introduction to Operations Research (7th ed., 2001), §3.4 "Personnel
    // scheduling": ten periods from 06:00, five 8-hour shifts at daily costs $170, 160, 175, 180,
    // 195. Published optimum x = (48, 31, 39, 43, 15), total $30,610 (the LP optimum is integer).
    const required = [48, 79, 65, 87, 64, 73, 82, 43, 52, 15];
    const shifts: CoverShift[] = [
      { cost: 170, covers: [0, 1, 2, 3], label: '06:00-14:00' },
      { cost: 160, covers: [1, 2, 3, 4], label: '08:00-16:00' },
      { cost: 175, covers: [3, 4, 5, 6], label: '12:00-20:00' },
      { cost: 180, covers: [5, 6, 7, 8], label: '16:00-24:00' },
      { cost: 195, covers: [8, 9], label: '22:00-06:00' },
    ];
    const result = await solveShiftCover({ required, shifts }, solver);
    expect(result.status).toBe('optimal');
    expect(result.cost).toBe(30_610);
    expect(result.counts).toEqual([48, 31, 39, 43, 15]);
  });

  it('Taha, bus scheduling (six 4-hour periods, 8-hour shifts, cyclic): 26 buses', async () => {
    // Taha, Operations Research: An Introduction (8th ed., 2007), ch. 2, "Bus scheduling" (Progress
    // City): minimum buses 4, 8, 10, 7, 12, 4 in the six 4-hour periods from midnight; a bus runs
    // 8 consecutive hours, across midnight too. Published optimum 26 buses. Independent check: the
    // periods 1, 3, 5 (4 + 10 + 12) are covered by disjoint shift pairs, so 26 is also a lower bound.
    const required = [4, 8, 10, 7, 12, 4];
    const result = await solveShiftCover({ required, shifts: shiftsAtEveryStart({ periods: 6, lengths: [2], cyclic: true }) }, solver);
    expect(result.status).toBe('optimal');
    expect(result.officers).toBe(26);
  });
});

describe('infeasible and degenerate problems', () => {
  it('names the periods that no shift covers', async () => {
    const result = await solveShiftCover({ required: [1, 2, 0, 3], shifts: [{ cost: 1, covers: [0, 1] }] }, solver);
    expect(result.status).toBe('infeasible');
    expect(result.uncoveredPeriods).toEqual([3]);
    expect(Number.isNaN(result.cost)).toBe(true);
  });

  it('covers nothing when nothing is required', async () => {
    const result = await solveShiftCover({ required: [0, 0], shifts: [{ cost: 1, covers: [0, 1] }] }, solver);
    expect(result).toMatchObject({ status: 'optimal', cost: 0, counts: [0], cover: [0, 0] });
  });

  it('rejects a malformed problem naming the field', async () => {
    await expect(solveShiftCover({ required: new Array(24).fill(1), shifts: [{ cost: 1, covers: [0] }, { cost: 1, covers: [3, 40] }] }, solver)).rejects.toThrow(
      'shifts[1].covers[1]: period 40 is out of range 0..23',
    );
    await expect(solveShiftCover({ required: [1, -2], shifts: [] }, solver)).rejects.toThrow('required[1]: must be a whole number of officers >= 0, got -2');
  });
});

describe('time limit', () => {
  it('returns the best cover found with its gap when the limit is reached', async () => {
    // A week of hours with an irregular requirement and 8/10/12-hour shifts at every hour: far
    // more than a millisecond of branch and bound. The greedy MIP start guarantees a cover.
    const required = Array.from({ length: 168 }, (_, h) => 3 + ((h * 7919) % 11) + (h % 24 >= 18 ? 6 : 0));
    const shifts = shiftsAtEveryStart({ periods: 168, lengths: [8, 10, 12], cyclic: true, cost: (_start, length) => length });
    const result = await solveShiftCover({ required, shifts, timeLimitSeconds: 0.001 }, solver);
    expect(result.status).toBe('time-limit');
    expect(result.gap).toBeGreaterThan(0);
    expect(result.bound).toBeLessThan(result.cost);
    result.cover.forEach((onDuty, p) => expect(onDuty).toBeGreaterThanOrEqual(required[p]!));
  });
});

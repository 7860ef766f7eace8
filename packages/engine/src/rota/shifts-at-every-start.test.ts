import { describe, expect, it } from 'vitest';
import { greedyCover } from './greedy-cover';
import { shiftsAtEveryStart } from './shifts-at-every-start';

describe('shiftsAtEveryStart', () => {
  it('cyclic: every length at every start, wrapping round', () => {
    const shifts = shiftsAtEveryStart({ periods: 6, lengths: [2, 3], cyclic: true, cost: (start, length) => 10 * length + start });
    expect(shifts).toHaveLength(12);
    expect(shifts[5]).toMatchObject({ start: 5, length: 2, covers: [5, 0], cost: 25, label: '5+2' });
    expect(shifts[11]).toMatchObject({ start: 5, length: 3, covers: [5, 0, 1], cost: 35 });
  });

  it('not cyclic: only shifts inside the horizon', () => {
    const shifts = shiftsAtEveryStart({ periods: 6, lengths: [4], cyclic: false });
    expect(shifts.map((shift) => shift.covers)).toEqual([[0, 1, 2, 3], [1, 2, 3, 4], [2, 3, 4, 5]]);
    expect(shifts.every((shift) => shift.cost === 1)).toBe(true);
  });

  it('names a bad length', () => {
    expect(() => shiftsAtEveryStart({ periods: 24, lengths: [8, 30], cyclic: true })).toThrow('lengths[1]: expected a whole number of periods 1..24, got 30');
  });
});

describe('greedyCover', () => {
  it('covers every period, by Chvátal\'s rule (most short periods per unit cost first)', () => {
    // Shift 0 covers three short periods at cost 3 (1 per unit), shift 1 two at cost 1 (2 per unit): shift 1 first.
    const counts = greedyCover({ required: [2, 2, 1], shifts: [{ cost: 3, covers: [0, 1, 2] }, { cost: 1, covers: [0, 1] }, { cost: 1, covers: [2] }] });
    expect(counts).toEqual([0, 2, 1]);
  });

  it('names a period no shift covers', () => {
    expect(() => greedyCover({ required: [1, 0, 4], shifts: [{ cost: 1, covers: [0] }] })).toThrow('required[2]: 4 officers needed but no shift covers period 2');
  });
});

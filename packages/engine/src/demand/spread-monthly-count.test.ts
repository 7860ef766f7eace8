import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hourOfWeekIntensity, hourOfWeekLabel, uniformIntensity, weekdayOfHour } from './hour-of-week';
import { hourOfWeekOccurrencesBetween } from './month-calendar';
import { monthHourShares, spreadMonthlyCount } from './spread-monthly-count';

const MON_00 = 0;
const THU_00 = 3 * 24;
const SAT_22 = 5 * 24 + 22;

describe('hour-of-week intensity', () => {
  it('normalises call counts to shares summing to 1, and has no shape without calls', () => {
    const counts = new Array<number>(168).fill(0);
    counts[MON_00] = 3;
    counts[SAT_22] = 1;
    const intensity = hourOfWeekIntensity(counts)!;
    expect(intensity[MON_00]).toBe(0.75);
    expect(intensity[SAT_22]).toBe(0.25);
    expect(hourOfWeekIntensity(new Array<number>(168).fill(0))).toBeUndefined();
  });

  it('divides by exposure: calls from January 2023 (five Sundays, four Saturdays), 50 on Sunday 00:00 and 40 on Saturday 00:00, are the same rate', () => {
    const counts = new Array<number>(168).fill(0);
    counts[6 * 24] = 50;
    counts[5 * 24] = 40;
    const intensity = hourOfWeekIntensity(counts, hourOfWeekOccurrencesBetween('2023-01-01', '2023-01-31'))!;
    expect(intensity[6 * 24]).toBeCloseTo(0.5, 12);
    expect(intensity[5 * 24]).toBeCloseTo(0.5, 12);
    const never = new Array<number>(168).fill(0);
    never[24] = 1;
    expect(() => hourOfWeekIntensity(never, hourOfWeekOccurrencesBetween('2024-01-01', '2024-01-01'))).toThrow('exposure[24]: 1 calls in a slot that never occurred in the period');
    expect(() => hourOfWeekIntensity([1, 2])).toThrow('counts: expected 168 values, got 2');
  });

  it('labels hours Monday first', () => {
    expect(hourOfWeekLabel(0)).toBe('Mon 00:00');
    expect(hourOfWeekLabel(SAT_22)).toBe('Sat 22:00');
    expect(hourOfWeekLabel(167)).toBe('Sun 23:00');
    expect(weekdayOfHour(THU_00)).toBe(3);
    expect(() => hourOfWeekLabel(168)).toThrow(RangeError);
  });
});

describe('spreading a monthly count over the hours of the week', () => {
  it('uniform intensity, January 2024: 31 crimes in 744 hours is 1/24 an hour, so a Monday slot (5 Mondays) holds 5/24 and a Thursday slot (4) holds 4/24', () => {
    const spread = spreadMonthlyCount({ count: 31, month: '2024-01', intensity: uniformIntensity() });
    expect(spread[MON_00]).toBeCloseTo(5 / 24, 12);
    expect(spread[THU_00]).toBeCloseTo(4 / 24, 12);
    expect(spread.reduce((sum, value) => sum + value, 0)).toBeCloseTo(31, 10);
  });

  it('weights the intensity by weekday occurrences: half the calls on Monday 00:00 and half on Thursday 00:00 split 9 January crimes 5 : 4', () => {
    const intensity = new Array<number>(168).fill(0);
    intensity[MON_00] = 0.5;
    intensity[THU_00] = 0.5;
    const spread = spreadMonthlyCount({ count: 9, month: '2024-01', intensity });
    expect(spread[MON_00]).toBeCloseTo(5, 12);
    expect(spread[THU_00]).toBeCloseTo(4, 12);
    // February 2024 has five Thursdays and four Mondays: the split turns round.
    const february = spreadMonthlyCount({ count: 9, month: '2024-02', intensity });
    expect(february[MON_00]).toBeCloseTo(4, 12);
    expect(february[THU_00]).toBeCloseTo(5, 12);
  });

  it('puts everything in the one hour that has calls', () => {
    const intensity = new Array<number>(168).fill(0);
    intensity[SAT_22] = 1;
    const spread = spreadMonthlyCount({ count: 12, month: '2018-11', intensity });
    expect(spread[SAT_22]).toBe(12);
    expect(spread.filter((value) => value !== 0)).toHaveLength(1);
  });

  it('property: for any month and any calls profile, the spread counts sum back to the monthly total (fast-check, seed 3)', () => {
    const month = fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
    const calls = fc.array(fc.nat({ max: 1000 }), { minLength: 168, maxLength: 168 }).filter((counts) => counts.some((c) => c > 0));
    fc.assert(
      fc.property(month, calls, fc.nat({ max: 100_000 }), (m, counts, count) => {
        const spread = spreadMonthlyCount({ count, month: m, intensity: hourOfWeekIntensity(counts)! });
        const total = spread.reduce((sum, value) => sum + value, 0);
        expect(Math.abs(total - count)).toBeLessThanOrEqual(1e-9 * Math.max(1, count));
        expect(spread.every((value) => value >= 0)).toBe(true);
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  it('rejects an intensity that does not sum to 1, and a negative count, naming the argument', () => {
    expect(() => monthHourShares('2024-01', new Array<number>(168).fill(1))).toThrow('intensity: expected values summing to 1, got 168');
    expect(() => spreadMonthlyCount({ count: -1, month: '2024-01', intensity: uniformIntensity() })).toThrow('count: expected a finite number >= 0, got -1');
  });
});

import { describe, expect, it } from 'vitest';
import { classOf, colourOfClass, contrastRatio, coverChartData, equalBreaks, formatDelta, formatEstimate, formatPercent, HEAT_COLOURS, hourGrid, hourOfWeekLabel, quantileBreaks, textOn } from './planning-format';

describe('planning figures in words', () => {
  it('writes shares, changes and estimates with their 95 % interval', () => {
    expect(formatPercent(0.7834)).toBe('78.3 %');
    expect(formatPercent(null)).toBe('–');
    expect(formatDelta(2)).toBe('+2');
    expect(formatDelta(-1)).toBe('−1');
    expect(formatEstimate({ mean: 0.78, halfWidth: 0.03, lower: 0.75, upper: 0.81, replications: 4 }, { percent: true })).toBe('78.0 % (95 % CI 75.0 % to 81.0 %)');
    expect(formatEstimate({ mean: 12.34, halfWidth: null, lower: null, upper: null, replications: 1 })).toBe('12.3');
    // Two replications can give an interval past the possible values: it is clipped to them.
    expect(formatEstimate({ mean: 0.821, halfWidth: 0.6, lower: 0.213, upper: 1.429, replications: 2 }, { percent: true })).toBe('82.1 % (95 % CI 21.3 % to 100.0 %)');
    expect(formatEstimate({ mean: 10.1, halfWidth: 22.9, lower: -12.8, upper: 33, replications: 2 })).toBe('10.1 (95 % CI 0.0 to 33.0)');
    expect(formatEstimate({ mean: null, halfWidth: null, lower: null, upper: null, replications: 0 })).toBe('–');
  });
});

describe('map and heat-table classes', () => {
  it('splits positive values into quantile classes; zero is no class', () => {
    const values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const breaks = quantileBreaks(values);
    expect(breaks).toEqual([2, 4, 6, 8, 10]);
    expect(classOf(0, breaks)).toBe(-1);
    expect(classOf(1, breaks)).toBe(0);
    expect(classOf(4.5, breaks)).toBe(2);
    expect(classOf(10, breaks)).toBe(4);
    // Ties collapse classes: three values all equal make one class, shown in the darkest colour.
    expect(quantileBreaks([5, 5, 5])).toEqual([5]);
    expect(colourOfClass(0, 1)).toBe(HEAT_COLOURS[4]);
    expect(quantileBreaks([0, 0])).toEqual([]);
    // Equal steps from 0: a flat week (5.3 to 5.6 crimes an hour) is all in the top class.
    const flat = equalBreaks([5.3, 5.6, 5.4]);
    expect(flat).toEqual([1.12, 2.24, 3.36, 4.48, 5.6].map((value) => expect.closeTo(value, 10)));
    expect(classOf(5.3, flat)).toBe(4);
    expect(equalBreaks([0])).toEqual([]);
  });

  it('puts text on each heat colour at AA contrast (4.5:1)', () => {
    for (const colour of HEAT_COLOURS) expect(contrastRatio(textOn(colour), colour)).toBeGreaterThanOrEqual(4.5);
    // WCAG's own example pair: black on white is 21:1.
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
  });
});

describe('the week', () => {
  it('lays 168 hours out as seven days of 24, Monday first', () => {
    const grid = hourGrid(Array.from({ length: 168 }, (_, hour) => hour));
    expect(grid).toHaveLength(7);
    expect(grid[1]![0]).toBe(24);
    expect(grid[6]![23]).toBe(167);
    expect(() => hourGrid([1, 2])).toThrow(/168/);
    expect(hourOfWeekLabel(31)).toBe('Tue 07:00');
    expect(coverChartData([[1, 2]])[0]).toHaveLength(168);
  });
});

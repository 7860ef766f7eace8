import { describe, expect, it } from 'vitest';
import { daysInMonth, hourOfWeekOccurrences, nextMonth, parseMonth, weekdayOccurrences } from './month-calendar';

describe('month calendar (proleptic Gregorian)', () => {
  it('counts days, including the leap-year rules (2000 leap, 1900 not)', () => {
    expect(daysInMonth('2024-01')).toBe(31);
    expect(daysInMonth('2024-02')).toBe(29);
    expect(daysInMonth('2023-02')).toBe(28);
    expect(daysInMonth('2000-02')).toBe(29);
    expect(daysInMonth('1900-02')).toBe(28);
    expect(daysInMonth('2018-11')).toBe(30);
  });

  it('counts weekdays: January 2024 starts on a Monday (31 days: Mon–Wed five times), February 2024 on a Thursday (29 days)', () => {
    expect(weekdayOccurrences('2024-01')).toEqual([5, 5, 5, 4, 4, 4, 4]);
    expect(weekdayOccurrences('2024-02')).toEqual([4, 4, 4, 5, 4, 4, 4]);
    // 1 October 2018 was a Monday; 31 days.
    expect(weekdayOccurrences('2018-10')).toEqual([5, 5, 5, 4, 4, 4, 4]);
  });

  it('repeats each weekday count over its 24 hours', () => {
    const occurrences = hourOfWeekOccurrences('2024-02');
    expect(occurrences).toHaveLength(168);
    expect(occurrences.slice(72, 96).every((n) => n === 5)).toBe(true);
    expect(occurrences.reduce((sum, n) => sum + n, 0)).toBe(29 * 24);
  });

  it('steps months across a year end and rejects malformed months with the field named', () => {
    expect(nextMonth('2024-12')).toBe('2025-01');
    expect(nextMonth('2024-09')).toBe('2024-10');
    expect(() => parseMonth('2024-13', 'holdoutMonth')).toThrow(new RangeError("holdoutMonth: expected a month as YYYY-MM, got '2024-13'"));
    expect(() => daysInMonth('2024-1')).toThrow(RangeError);
  });
});

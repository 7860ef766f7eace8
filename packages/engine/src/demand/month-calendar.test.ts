import { describe, expect, it } from 'vitest';
import { daysInMonth, hourOfWeekOccurrences, hourOfWeekOccurrencesBetween, nextMonth, parseMonth, weekdayOccurrences } from './month-calendar';

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

describe('slot exposure between two dates', () => {
  it('January 2023 (1 January a Sunday, 31 days) has five Sundays, Mondays and Tuesdays and four of the rest', () => {
    const exposure = hourOfWeekOccurrencesBetween('2023-01-01', '2023-01-31');
    expect([0, 1, 2, 3, 4, 5, 6].map((day) => exposure[day * 24])).toEqual([5, 5, 4, 4, 4, 4, 5]);
  });

  it('one day is one occurrence of its weekday, and the range agrees with the month count', () => {
    const exposure = hourOfWeekOccurrencesBetween('2024-02-29', '2024-02-29');
    expect(exposure[3 * 24 + 7]).toBe(1); // a Thursday
    expect(exposure.reduce((sum, n) => sum + n, 0)).toBe(24);
    expect(hourOfWeekOccurrencesBetween('2024-02-01', '2024-02-29')).toEqual(hourOfWeekOccurrences('2024-02'));
    expect(() => hourOfWeekOccurrencesBetween('2024-02-30', '2024-03-01')).toThrow("firstDay: expected a date as YYYY-MM-DD, got '2024-02-30'");
    expect(() => hourOfWeekOccurrencesBetween('2024-03-02', '2024-03-01')).toThrow('lastDay: 2024-03-01 is before firstDay 2024-03-02');
  });
});

import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween, dayOfWeek, isIsoDate, isoDate, parseIsoDate } from './iso-date';

describe('IsoDate', () => {
  it('parses real dates and rejects others, naming the date', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(() => parseIsoDate('2023-02-29')).toThrow(/2023-02-29/);
    expect(() => parseIsoDate('4 May 2023')).toThrow(/YYYY-MM-DD/);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(() => isoDate(2023, 13, 1)).toThrow(/month/);
  });

  it('adds days across months, years and leap days', () => {
    expect(addCalendarDays(parseIsoDate('2023-12-31'), 1)).toBe('2024-01-01');
    expect(addCalendarDays(parseIsoDate('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addCalendarDays(parseIsoDate('2024-03-01'), -1)).toBe('2024-02-29');
    expect(calendarDaysBetween(parseIsoDate('2023-05-04'), parseIsoDate('2023-05-12'))).toBe(8);
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek(parseIsoDate('2023-05-08'))).toBe(1); // the Coronation holiday was a Monday
    expect(dayOfWeek(parseIsoDate('2022-12-25'))).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { calendarDayDeadline, workingDayDeadline } from './deadline';
import { parseIsoDate } from './iso-date';
import { londonDateOf, startOfLondonDay } from './london-time';
import { englandAndWalesCalendar } from './working-days';

const calendar = englandAndWalesCalendar();
const date = parseIsoDate;

// Every expected date below was counted by hand on a calendar; the comment shows the count.
describe('England and Wales working days', () => {
  it.each([
    // Thu 4 May 2023: Fri 5 (1), Mon 8 Coronation, Tue 9 (2), Wed 10 (3), Thu 11 (4), Fri 12 (5).
    ['2023-05-04', 5, '2023-05-12', 'the Coronation'],
    // Wed 10 Jan 2024: Thu 11 (1), Fri 12 (2), weekend, Mon 15 (3), Tue 16 (4), Wed 17 (5).
    ['2024-01-10', 5, '2024-01-17', 'a weekend'],
    // Thu 23 Dec 2021: Fri 24 (1), Mon 27 and Tue 28 substitutes, Wed 29 (2), Thu 30 (3), Fri 31 (4),
    // Mon 3 Jan 2022 New Year substitute, Tue 4 (5).
    ['2021-12-23', 5, '2022-01-04', 'Christmas and Boxing Day substitutes, then the New Year substitute'],
    // Fri 23 Dec 2022: Mon 26 Boxing Day, Tue 27 Christmas substitute, Wed 28 (1).
    ['2022-12-23', 1, '2022-12-28', 'a Sunday Christmas'],
    // Thu 28 Mar 2024: Good Friday 29, Easter Monday 1 Apr, Tue 2 (1).
    ['2024-03-28', 1, '2024-04-02', 'Easter'],
    // Thu 28 Mar 2024: Tue 2 (1), Wed 3 (2), Thu 4 (3), Fri 5 (4), Mon 8 (5).
    ['2024-03-28', 5, '2024-04-08', 'Easter, five days'],
    // Wed 1 Jun 2022: Thu 2 moved spring holiday, Fri 3 Platinum Jubilee, Mon 6 (1).
    ['2022-06-01', 1, '2022-06-06', 'the Platinum Jubilee'],
    // Fri 16 Sep 2022: Mon 19 State Funeral, Tue 20 (1).
    ['2022-09-16', 1, '2022-09-20', 'the State Funeral'],
    // Sat 2 Mar 2024 (not a working day itself): Mon 4 (1).
    ['2024-03-02', 1, '2024-03-04', 'an event at the weekend'],
    // Fri 1 May 2020: Mon 4 (1) — the early May holiday moved to Fri 8 for VE Day — Tue 5 (2),
    // Wed 6 (3), Thu 7 (4), Mon 11 (5).
    ['2020-05-01', 5, '2020-05-11', 'the VE Day move'],
  ])('%s + %i working days is %s (%s)', (from, days, expected) => {
    expect(calendar.addWorkingDays(date(from), days)).toBe(expected);
  });

  it('returns the day itself for zero days and rejects negative or fractional counts', () => {
    expect(calendar.addWorkingDays(date('2023-05-08'), 0)).toBe('2023-05-08');
    expect(() => calendar.addWorkingDays(date('2023-05-08'), -1)).toThrow(/days/);
    expect(() => calendar.addWorkingDays(date('2023-05-08'), 1.5)).toThrow(RangeError);
  });

  it('counts working days between two dates, excluding the first', () => {
    expect(calendar.workingDaysBetween(date('2023-05-04'), date('2023-05-12'))).toBe(5);
    expect(calendar.workingDaysBetween(date('2021-12-23'), date('2022-01-04'))).toBe(5);
    expect(calendar.workingDaysBetween(date('2023-05-12'), date('2023-05-04'))).toBe(0);
  });

  it('knows holidays and weekends', () => {
    expect(calendar.isWorkingDay(date('2023-05-08'))).toBe(false);
    expect(calendar.isHoliday(date('2023-05-08'))).toBe(true);
    expect(calendar.isWorkingDay(date('2023-05-06'))).toBe(false);
    expect(calendar.isHoliday(date('2023-05-06'))).toBe(false);
    expect(calendar.isWorkingDay(date('2023-05-09'))).toBe(true);
  });

  it('takes extra holidays, e.g. a newly proclaimed one', () => {
    const withExtra = englandAndWalesCalendar([date('2031-06-06')]);
    expect(withExtra.isWorkingDay(date('2031-06-06'))).toBe(false);
    expect(calendar.isWorkingDay(date('2031-06-06'))).toBe(true);
  });
});

describe('London days and deadlines', () => {
  it('reads the London date of an instant, an hour ahead of UTC in summer', () => {
    expect(londonDateOf(new Date('2023-05-04T23:30:00Z'))).toBe('2023-05-05');
    expect(londonDateOf(new Date('2024-01-10T23:30:00Z'))).toBe('2024-01-10');
  });

  it.each([
    ['2024-03-31', '2024-03-31T00:00:00.000Z'], // clocks go forward at 01:00 UTC: midnight was GMT
    ['2024-04-01', '2024-03-31T23:00:00.000Z'],
    ['2024-10-27', '2024-10-26T23:00:00.000Z'], // clocks go back at 01:00 UTC: midnight was BST
    ['2024-10-28', '2024-10-28T00:00:00.000Z'],
  ])('starts %s in London at %s', (day, instant) => {
    expect(startOfLondonDay(date(day)).toISOString()).toBe(instant);
  });

  it('puts a working-day deadline at the end of the London due date', () => {
    const deadline = workingDayDeadline({ from: new Date('2023-05-04T10:00:00Z'), workingDays: 5, calendar });
    expect(deadline.dueDate).toBe('2023-05-12');
    expect(deadline.dueBy.toISOString()).toBe('2023-05-12T23:00:00.000Z');
  });

  it('counts from the London day: an arrest at 23:30 UTC on Thu 4 May 2023 is on Fri 5 May', () => {
    // Fri 5 May: Tue 9 (1), Wed 10 (2), Thu 11 (3), Fri 12 (4), Mon 15 (5).
    expect(workingDayDeadline({ from: new Date('2023-05-04T23:30:00Z'), workingDays: 5, calendar }).dueDate).toBe('2023-05-15');
  });

  it('puts a calendar-day deadline N days after the London day', () => {
    const deadline = calendarDayDeadline({ from: new Date('2024-01-10T15:00:00Z'), days: 28 });
    expect(deadline).toEqual({ dueDate: '2024-02-07', dueBy: new Date('2024-02-08T00:00:00Z') });
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { easterSunday } from './easter';
import { dayOfWeek, parseIsoDate } from './iso-date';

describe('easterSunday (anonymous Gregorian algorithm, Meeus 1998 ch. 8)', () => {
  // Meeus, Astronomical Algorithms (2nd ed.), chapter 8, worked examples; exact dates, no tolerance.
  it.each([
    [1818, '1818-03-22'],
    [1954, '1954-04-18'],
    [1991, '1991-03-31'],
    [1992, '1992-04-19'],
    [1993, '1993-04-11'],
    [2000, '2000-04-23'],
  ])('gives the published date for %i', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  // Easter Sundays behind the GOV.UK bank-holiday lists (Good Friday + 2, Easter Monday − 1).
  it.each([
    [2019, '2019-04-21'],
    [2022, '2022-04-17'],
    [2024, '2024-03-31'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
  ])('gives %i as %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        const monthDay = easter.slice(5);
        return dayOfWeek(parseIsoDate(easter)) === 0 && monthDay >= '03-22' && monthDay <= '04-25';
      }),
    );
  });

  it('rejects years before the Gregorian calendar, naming the argument', () => {
    expect(() => easterSunday(1500)).toThrow(/year/);
    expect(() => easterSunday(2024.5)).toThrow(RangeError);
  });
});

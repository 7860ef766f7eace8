import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { englandAndWalesBankHolidays } from './england-and-wales-bank-holidays';
import { isWeekend, parseIsoDate } from './iso-date';

/**
 * GOV.UK "UK bank holidays", England and Wales (https://www.gov.uk/bank-holidays and its
 * bank-holidays.json), transcribed by hand for 2019–2028. Exact dates: no tolerance.
 */
const GOV_UK: Record<number, string[]> = {
  2019: ['2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-08-26', '2019-12-25', '2019-12-26'],
  2020: ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28'],
  2021: ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28'],
  2022: ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27'],
  2023: ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26'],
  2024: ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'],
  2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
  2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
  2028: ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26'],
};

describe('englandAndWalesBankHolidays', () => {
  it.each(Object.entries(GOV_UK))('matches the GOV.UK list for %s', (year, expected) => {
    expect(englandAndWalesBankHolidays(Number(year)).map((holiday) => holiday.date)).toEqual(expected);
  });

  it('names substitute days as GOV.UK does', () => {
    const names = (year: number) => englandAndWalesBankHolidays(year).map((holiday) => `${holiday.date} ${holiday.name}`);
    expect(names(2022)).toContain('2022-01-03 New Year’s Day (substitute day)');
    expect(names(2022)).toContain('2022-12-27 Christmas Day (substitute day)');
    expect(names(2022)).toContain('2022-12-26 Boxing Day');
    expect(names(2026)).toContain('2026-12-28 Boxing Day (substitute day)');
    expect(englandAndWalesBankHolidays(2021).filter((holiday) => holiday.substitute).map((holiday) => holiday.date)).toEqual(['2021-12-27', '2021-12-28']);
  });

  it('keeps the proclaimed one-off days', () => {
    const all = [2011, 2012, 2022, 2023].flatMap((year) => englandAndWalesBankHolidays(year).map((holiday) => holiday.date));
    expect(all).toEqual(expect.arrayContaining(['2011-04-29', '2012-06-04', '2012-06-05', '2022-06-03', '2022-09-19', '2023-05-08']));
    // 2022's spring bank holiday moved from the last Monday in May to Thursday 2 June.
    expect(all).not.toContain('2022-05-30');
    expect(all).not.toContain('2012-05-28');
  });

  it('puts every holiday on a weekday, inside its year, eight of them when nothing is proclaimed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2024, max: 2400 }), (year) => {
        const holidays = englandAndWalesBankHolidays(year);
        return (
          holidays.length === 8 &&
          holidays.every((holiday) => !isWeekend(parseIsoDate(holiday.date)) && holiday.date.startsWith(`${year}-`)) &&
          new Set(holidays.map((holiday) => holiday.date)).size === 8
        );
      }),
    );
  });

  it('rejects a year before the modern pattern, naming the argument', () => {
    expect(() => englandAndWalesBankHolidays(1970)).toThrow(/year must be an integer from 1978/);
  });
});

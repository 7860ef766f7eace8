/**
 * Bank holidays in England and Wales, computed rather than copied, so deadlines work in any
 * year. Sources:
 * - Banking and Financial Dealings Act 1971, Schedule 1: Easter Monday, the last Monday in May,
 *   the last Monday in August, 26 December (27 December when 25 or 26 December is a Sunday).
 * - Good Friday and Christmas Day: common-law holidays.
 * - Royal proclamations under s.1(3) of the 1971 Act: New Year's Day (from 1974), the early May
 *   bank holiday on the first Monday in May (from 1978), and the one-off and moved days below.
 * - GOV.UK "UK bank holidays" (https://www.gov.uk/bank-holidays): "If a bank holiday is on a
 *   weekend, a 'substitute' weekday becomes a bank holiday, normally the following Monday." Its
 *   published England-and-Wales lists for 2019–2028 are the test oracle
 *   (england-and-wales-bank-holidays.test.ts).
 *
 * A new one-off day is proclaimed a few months ahead; until this table learns it, pass it to
 * {@link englandAndWalesCalendar} as an extra holiday.
 */
import { easterSunday } from './easter';
import { addCalendarDays, dayOfWeek, isoDate, type IsoDate } from './iso-date';

/** One bank holiday: its date and its GOV.UK name. */
export interface BankHoliday {
  date: IsoDate;
  name: string;
  /** True when the day stands in for a holiday that fell on a weekend. */
  substitute: boolean;
}

/** The first year whose full modern pattern is known (the early May bank holiday began in 1978). */
export const FIRST_BANK_HOLIDAY_YEAR = 1978;

/** Proclaimed one-off bank holidays (England and Wales). */
const ONE_OFF: readonly { date: string; name: string }[] = [
  { date: '1981-07-29', name: 'Royal wedding bank holiday' },
  { date: '1999-12-31', name: 'Millennium bank holiday' },
  { date: '2002-06-03', name: 'Golden Jubilee bank holiday' },
  { date: '2011-04-29', name: 'Royal wedding bank holiday' },
  { date: '2012-06-05', name: 'Diamond Jubilee bank holiday' },
  { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
  { date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
  { date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' },
];

/** Regular holidays moved by proclamation: the year's rule date is replaced by this one. */
const EARLY_MAY_MOVED: Readonly<Record<number, string>> = {
  1995: '1995-05-08', // VE Day 50
  2020: '2020-05-08', // VE Day 75
};
const SPRING_MOVED: Readonly<Record<number, string>> = {
  2002: '2002-06-04', // Golden Jubilee
  2012: '2012-06-04', // Diamond Jubilee
  2022: '2022-06-02', // Platinum Jubilee
};

/** The bank holidays of `year` in England and Wales, in date order. */
export function englandAndWalesBankHolidays(year: number): BankHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_BANK_HOLIDAY_YEAR || year > 9999) {
    throw new RangeError(`year must be an integer from ${FIRST_BANK_HOLIDAY_YEAR} to 9999, got ${year}`);
  }
  const holidays: BankHoliday[] = [];
  const add = (date: IsoDate, name: string, substitute = false) => holidays.push({ date, name, substitute });

  const newYear = isoDate(year, 1, 1);
  const newYearDay = dayOfWeek(newYear);
  if (newYearDay === 6) add(addCalendarDays(newYear, 2), 'New Year’s Day (substitute day)', true);
  else if (newYearDay === 0) add(addCalendarDays(newYear, 1), 'New Year’s Day (substitute day)', true);
  else add(newYear, 'New Year’s Day');

  const easter = easterSunday(year);
  add(addCalendarDays(easter, -2), 'Good Friday');
  add(addCalendarDays(easter, 1), 'Easter Monday');

  const earlyMay = EARLY_MAY_MOVED[year];
  add(earlyMay ? (earlyMay as IsoDate) : firstMonday(year, 5), 'Early May bank holiday');
  const spring = SPRING_MOVED[year];
  add(spring ? (spring as IsoDate) : lastMonday(year, 5), 'Spring bank holiday');
  add(lastMonday(year, 8), 'Summer bank holiday');

  // Christmas Day and Boxing Day: a day that falls on a weekend moves to the next free weekday.
  const christmas = isoDate(year, 12, 25);
  switch (dayOfWeek(christmas)) {
    case 5: // Friday: Boxing Day is a Saturday, replaced by Monday 28th.
      add(christmas, 'Christmas Day');
      add(isoDate(year, 12, 28), 'Boxing Day (substitute day)', true);
      break;
    case 6: // Saturday: both move, to Monday 27th and Tuesday 28th.
      add(isoDate(year, 12, 27), 'Christmas Day (substitute day)', true);
      add(isoDate(year, 12, 28), 'Boxing Day (substitute day)', true);
      break;
    case 0: // Sunday: Boxing Day (Monday) stays; Christmas moves to Tuesday 27th.
      add(isoDate(year, 12, 26), 'Boxing Day');
      add(isoDate(year, 12, 27), 'Christmas Day (substitute day)', true);
      break;
    default:
      add(christmas, 'Christmas Day');
      add(isoDate(year, 12, 26), 'Boxing Day');
  }

  for (const oneOff of ONE_OFF) {
    if (oneOff.date.startsWith(`${year}-`)) add(oneOff.date as IsoDate, oneOff.name);
  }
  return holidays.sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0));
}

function firstMonday(year: number, month: number): IsoDate {
  const first = isoDate(year, month, 1);
  return addCalendarDays(first, (8 - dayOfWeek(first)) % 7);
}

function lastMonday(year: number, month: number): IsoDate {
  const nextMonthFirst = month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1);
  const last = addCalendarDays(nextMonthFirst, -1);
  return addCalendarDays(last, -((dayOfWeek(last) + 6) % 7));
}

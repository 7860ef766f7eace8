/**
 * Working days: Monday to Friday except bank holidays. The Victims' Code counts its deadlines in
 * working days (Code of Practice for Victims of Crime in England and Wales, 2020, Glossary:
 * "working days" exclude weekends and bank holidays).
 */
import { englandAndWalesBankHolidays } from './england-and-wales-bank-holidays';
import { addCalendarDays, isoDateParts, isWeekend, type IsoDate } from './iso-date';

/** A calendar that knows which days are working days. */
export interface WorkingDayCalendar {
  /** Which calendar this is, e.g. 'england-and-wales'. */
  readonly name: string;
  /** True on a weekday that is not a holiday. */
  isWorkingDay(date: IsoDate): boolean;
  /** True on a holiday of this calendar (whatever the day of the week). */
  isHoliday(date: IsoDate): boolean;
  /**
   * The `days`-th working day after `date`. The day of `date` itself never counts, whether or not
   * it is a working day — "within 5 working days of Thursday" counts Friday as the first. With
   * `days` = 0 the answer is `date` itself.
   */
  addWorkingDays(date: IsoDate, days: number): IsoDate;
  /** Working days `d` with `from` < `d` ≤ `to` (0 when `to` is not after `from`). */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
}

/** What {@link createWorkingDayCalendar} needs. */
export interface WorkingDayCalendarOptions {
  name: string;
  /** The holidays of a year. Called once per year and cached. */
  holidaysOfYear: (year: number) => readonly IsoDate[];
  /** Extra holidays, e.g. a newly proclaimed one-off bank holiday. */
  extraHolidays?: readonly IsoDate[];
}

/** A working-day calendar from a holiday rule. */
export function createWorkingDayCalendar(options: WorkingDayCalendarOptions): WorkingDayCalendar {
  const byYear = new Map<number, ReadonlySet<string>>();
  const extra = new Set<string>(options.extraHolidays ?? []);
  const holidaysOf = (year: number) => {
    let set = byYear.get(year);
    if (!set) {
      set = new Set<string>(options.holidaysOfYear(year));
      byYear.set(year, set);
    }
    return set;
  };
  const isHoliday = (date: IsoDate) => extra.has(date) || holidaysOf(isoDateParts(date).year).has(date);
  const isWorkingDay = (date: IsoDate) => !isWeekend(date) && !isHoliday(date);
  return {
    name: options.name,
    isHoliday,
    isWorkingDay,
    addWorkingDays(date, days) {
      if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer, got ${days}`);
      let current = date;
      let counted = 0;
      while (counted < days) {
        current = addCalendarDays(current, 1);
        if (isWorkingDay(current)) counted += 1;
      }
      return current;
    },
    workingDaysBetween(from, to) {
      let count = 0;
      for (let current = addCalendarDays(from, 1); current <= to; current = addCalendarDays(current, 1)) {
        if (isWorkingDay(current)) count += 1;
      }
      return count;
    },
  };
}

/** The England and Wales working-day calendar (GOV.UK bank holidays), plus any `extraHolidays`. */
export function englandAndWalesCalendar(extraHolidays: readonly IsoDate[] = []): WorkingDayCalendar {
  return createWorkingDayCalendar({
    name: 'england-and-wales',
    holidaysOfYear: (year) => englandAndWalesBankHolidays(year).map((holiday) => holiday.date),
    extraHolidays: extraHolidays,
  });
}

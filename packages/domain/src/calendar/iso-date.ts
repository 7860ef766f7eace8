/**
 * Calendar dates without a time or a zone ('2023-05-08'). Working days, bank holidays and
 * Victims' Code deadlines are about days on the calendar, not instants, so they get their own
 * branded type: an instant passed where a date was meant is the classic off-by-one-day bug.
 */

/** A proleptic Gregorian calendar date written `YYYY-MM-DD`. Make one with {@link parseIsoDate} or {@link isoDate}. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days of the week as `Date.prototype.getUTCDay` numbers them (0 = Sunday). */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The date `year-month-day`; throws RangeError naming the argument when it does not exist. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`year must be an integer from 1 to 9999, got ${year}`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be an integer from 1 to 12, got ${month}`);
  const last = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > last) throw new RangeError(`day must be an integer from 1 to ${last} for ${year}-${pad(month)}, got ${day}`);
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}` as IsoDate;
}

/** Checks and brands a `YYYY-MM-DD` string; throws RangeError naming `date` when it is not a real date. */
export function parseIsoDate(text: string): IsoDate {
  const match = ISO_DATE.exec(text);
  if (!match) throw new RangeError(`date must be written YYYY-MM-DD, got '${text}'`);
  try {
    return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  } catch (error) {
    throw new RangeError(`date '${text}' does not exist: ${(error as Error).message}`, { cause: error });
  }
}

/** True when `text` is a real `YYYY-MM-DD` date. */
export function isIsoDate(text: string): text is IsoDate {
  try {
    parseIsoDate(text);
    return true;
  } catch {
    return false;
  }
}

/** The year, month (1–12) and day of a date. */
export function isoDateParts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

/** The day of the week of `date` (0 = Sunday … 6 = Saturday). */
export function dayOfWeek(date: IsoDate): DayOfWeek {
  return new Date(toEpochDay(date) * DAY_MS).getUTCDay() as DayOfWeek;
}

/** True on Saturdays and Sundays. */
export function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Days since 1970-01-01 (negative before it). */
function toEpochDay(date: IsoDate): number {
  const { year, month, day } = isoDateParts(date);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return Math.round(instant.getTime() / DAY_MS);
}

function fromEpochDay(epochDay: number): IsoDate {
  const instant = new Date(epochDay * DAY_MS);
  return isoDate(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Calendar facts about a month given as 'YYYY-MM' (data.police.uk's only time resolution).
 * Whole calendar days are counted; the 23- and 25-hour days of a daylight-saving change are
 * treated as 24 hours (an error of one hour in about 730 per month).
 */
import { HOURS_PER_WEEK } from './hour-of-week';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Year and month (1–12) of a 'YYYY-MM' string; RangeError naming `field` otherwise. */
export function parseMonth(month: string, field = 'month'): { year: number; month: number } {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`${field}: expected a month as YYYY-MM, got '${month}'`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** Days in a month, e.g. 29 for '2024-02'. */
export function daysInMonth(month: string): number {
  const { year, month: m } = parseMonth(month);
  // Day 0 of the next month is the last day of this one (proleptic Gregorian, UTC: no DST).
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/** How many Mondays, Tuesdays … Sundays (index 0 = Monday) a month has: each is 4 or 5. */
export function weekdayOccurrences(month: string): number[] {
  const { year, month: m } = parseMonth(month);
  const days = daysInMonth(month);
  const counts = new Array<number>(7).fill(0);
  // getUTCDay: 0 = Sunday; shift so that 0 = Monday (ISO 8601).
  const firstWeekday = (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7;
  for (let day = 0; day < days; day += 1) counts[(firstWeekday + day) % 7]! += 1;
  return counts;
}

/** How many times each hour-of-week slot occurs in the month (168 values, each 4 or 5). */
export function hourOfWeekOccurrences(month: string): number[] {
  const weekdays = weekdayOccurrences(month);
  return Array.from({ length: HOURS_PER_WEEK }, (_, hour) => weekdays[Math.floor(hour / 24)]!);
}

/** The month after `month`, e.g. '2025-01' after '2024-12'. */
export function nextMonth(month: string): string {
  const { year, month: m } = parseMonth(month);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Milliseconds since the epoch of a 'YYYY-MM-DD' date at 00:00 UTC; RangeError naming `field` otherwise. */
function parseDay(day: string, field: string): number {
  const match = DAY.exec(day);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || new Date(time).getUTCDate() !== Number(match[3])) throw new RangeError(`${field}: expected a date as YYYY-MM-DD, got '${day}'`);
  return time;
}

/**
 * How many times each hour-of-week slot occurs between two calendar dates, both included (168
 * values): the exposure of each slot over a period of data, e.g. the local dates of the first and
 * last call for service. Whole days are counted, as in {@link hourOfWeekOccurrences}.
 */
export function hourOfWeekOccurrencesBetween(firstDay: string, lastDay: string): number[] {
  const first = parseDay(firstDay, 'firstDay');
  const last = parseDay(lastDay, 'lastDay');
  if (last < first) throw new RangeError(`lastDay: ${lastDay} is before firstDay ${firstDay}`);
  const days = Math.round((last - first) / 86_400_000) + 1;
  const weekdays = new Array<number>(7).fill(0);
  const firstWeekday = (new Date(first).getUTCDay() + 6) % 7;
  // Whole weeks give every weekday once each; the remainder runs on from the first weekday.
  const weeks = Math.floor(days / 7);
  for (let weekday = 0; weekday < 7; weekday += 1) weekdays[weekday] = weeks;
  for (let extra = 0; extra < days % 7; extra += 1) weekdays[(firstWeekday + extra) % 7]! += 1;
  return Array.from({ length: HOURS_PER_WEEK }, (_, hour) => weekdays[Math.floor(hour / 24)]!);
}

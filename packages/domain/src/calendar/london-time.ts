/**
 * Instants ↔ calendar days in England and Wales. A working-day deadline is about the day on the
 * clock in London, which is an hour ahead of UTC in summer (BST): an arrest at 23:30 UTC on
 * 4 May is on 5 May in London. Uses the Intl time-zone database (no process or file access).
 */
import { addCalendarDays, isoDate, isoDateParts, type IsoDate } from './iso-date';

const LONDON = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const HOUR_MS = 3_600_000;

/** The London calendar date of an instant. */
export function londonDateOf(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('instant must be a valid Date');
  const parts = LONDON.formatToParts(instant);
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
  return isoDate(part('year'), part('month'), part('day'));
}

/** The first instant of `date` in London (00:00 GMT or 00:00 BST). */
export function startOfLondonDay(date: IsoDate): Date {
  const { year, month, day } = isoDateParts(date);
  const utcMidnight = new Date(0);
  utcMidnight.setUTCFullYear(year, month - 1, day);
  // London is UTC+0 or UTC+1, and the clocks change at 01:00 UTC, never at midnight: local
  // midnight is one of these two instants.
  for (const candidate of [new Date(utcMidnight.getTime() - HOUR_MS), utcMidnight]) {
    if (londonDateOf(candidate) === date && londonDateOf(new Date(candidate.getTime() - 1)) !== date) return candidate;
  }
  throw new RangeError(`no London midnight found for ${date}`);
}

/** The first instant after `date` ends in London: a deadline "by the end of `date`" is before this. */
export function endOfLondonDay(date: IsoDate): Date {
  return startOfLondonDay(addCalendarDays(date, 1));
}

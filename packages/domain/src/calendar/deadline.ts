/** Deadlines "within N working days of an event", as a calendar date and the instant it passes. */
import { addCalendarDays, type IsoDate } from './iso-date';
import { endOfLondonDay, londonDateOf } from './london-time';
import type { WorkingDayCalendar } from './working-days';

/** A deadline: met if done before `dueBy`, the end of `dueDate` in London. */
export interface Deadline {
  /** The last day on which the duty can be done in time. */
  dueDate: IsoDate;
  /** The first instant after the deadline (midnight London at the end of `dueDate`). */
  dueBy: Date;
}

/**
 * The deadline `workingDays` working days after the London day on which `from` happened; the
 * event's own day does not count (see {@link WorkingDayCalendar.addWorkingDays}).
 */
export function workingDayDeadline(options: { from: Date; workingDays: number; calendar: WorkingDayCalendar }): Deadline {
  const dueDate = options.calendar.addWorkingDays(londonDateOf(options.from), options.workingDays);
  return { dueDate, dueBy: endOfLondonDay(dueDate) };
}

/** The deadline `days` calendar days after the London day on which `from` happened. */
export function calendarDayDeadline(options: { from: Date; days: number }): Deadline {
  if (!Number.isInteger(options.days) || options.days < 0) throw new RangeError(`days must be a non-negative integer, got ${options.days}`);
  const dueDate = addCalendarDays(londonDateOf(options.from), options.days);
  return { dueDate, dueBy: endOfLondonDay(dueDate) };
}

/**
 * A performance window given as London calendar days, as a dashboard asks for it: from the start
 * of the `from` day to the end of the `to` day (both included), split at the start of the `before`
 * day. Without `to` the window ends with today; without `from` it is the last
 * {@link DEFAULT_WINDOW_DAYS} days to `to`.
 */
import { endOfLondonDay, londonDateOf, startOfLondonDay } from '../calendar/london-time';
import { addCalendarDays, isIsoDate, type IsoDate } from '../calendar/iso-date';
import { DomainError } from '../shared/domain-error';

/** The default window length in days (four weeks). */
export const DEFAULT_WINDOW_DAYS = 28;

/** The days a request names (ISO dates, YYYY-MM-DD), all optional. */
export interface PerformanceDays {
  readonly from?: string;
  readonly to?: string;
  readonly before?: string;
}

/** The instants of the window and the split, with the days they came from. */
export interface PerformanceDayWindow {
  readonly from: Date;
  readonly to: Date;
  readonly splitAt?: Date;
  readonly fromDate: IsoDate;
  readonly toDate: IsoDate;
  readonly beforeDate?: IsoDate;
}

function dayOf(value: string, field: string): IsoDate {
  if (!isIsoDate(value)) throw new DomainError('VALIDATION', `${field}: expected a date YYYY-MM-DD, got "${value}"`, field);
  return value;
}

/** The window of `days` as of instant `now`; VALIDATION naming the field for a malformed date or `to` before `from`. */
export function performanceWindowOfDays(days: PerformanceDays, now: Date): PerformanceDayWindow {
  const toDate = days.to === undefined ? londonDateOf(now) : dayOf(days.to, 'to');
  const fromDate = days.from === undefined ? addCalendarDays(toDate, 1 - DEFAULT_WINDOW_DAYS) : dayOf(days.from, 'from');
  if (toDate < fromDate) throw new DomainError('VALIDATION', `to: ${toDate} is before from (${fromDate})`, 'to');
  const beforeDate = days.before === undefined ? undefined : dayOf(days.before, 'before');
  return {
    from: startOfLondonDay(fromDate),
    to: endOfLondonDay(toDate),
    fromDate,
    toDate,
    ...(beforeDate === undefined ? {} : { beforeDate, splitAt: startOfLondonDay(beforeDate) }),
  };
}

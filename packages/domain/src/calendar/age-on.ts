/** Age in whole years on a date. */
import { isoDateParts, type IsoDate } from './iso-date';

/**
 * Completed years of age on `date` for someone born on `dateOfBirth`. A person born on 29 February
 * turns a year older on 1 March in common years (the month-day comparison below does exactly
 * that), as English law reads the anniversary (Family Law Reform Act 1969, s.9).
 */
export function ageOn(dateOfBirth: IsoDate, date: IsoDate): number {
  if (date < dateOfBirth) throw new RangeError(`date ${date} is before dateOfBirth ${dateOfBirth}`);
  const born = isoDateParts(dateOfBirth);
  const on = isoDateParts(date);
  const hadBirthday = on.month > born.month || (on.month === born.month && on.day >= born.day);
  return on.year - born.year - (hadBirthday ? 0 : 1);
}

/** Input checks shared by the case, victim and problem use cases (internal: not exported by the package). */
import { DomainError } from '../shared/domain-error';

/** The trimmed text, or VALIDATION naming `field` when it is missing or blank. */
export function requireText(value: string | undefined | null, field: string): string {
  if (typeof value !== 'string' || value.trim().length === 0) throw new DomainError('VALIDATION', `${field} is required`, field);
  return value.trim();
}

/** The instant, or VALIDATION naming `field` when it is not a valid Date. */
export function requireInstant(value: Date, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new DomainError('VALIDATION', `${field} must be a valid date and time`, field);
  return value;
}

/** An instant that is not after `now`; VALIDATION naming `field` otherwise. */
export function requirePast(value: Date, now: Date, field: string): Date {
  requireInstant(value, field);
  if (value.getTime() > now.getTime()) throw new DomainError('VALIDATION', `${field} (${value.toISOString()}) is in the future`, field);
  return value;
}

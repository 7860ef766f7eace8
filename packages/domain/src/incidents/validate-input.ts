/** Input checks shared by the incident use cases; each failure names the field. */
import { DomainError } from '../shared/domain-error';

/** `value` trimmed; throws VALIDATION naming `field` when it is not a non-empty string. */
export function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim().length === 0) throw new DomainError('VALIDATION', `${field} is required (non-empty text)`, field);
  return value.trim();
}

/** `value` trimmed, or null when it is absent, null or blank; throws when it is not a string. */
export function optionalText(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new DomainError('VALIDATION', `${field} must be text`, field);
  const trimmed = value.trim();
  return trimmed.length === 0 ? null : trimmed;
}

/** Checks a valid Date; throws VALIDATION naming `field` otherwise. */
export function requireDate(value: unknown, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new DomainError('VALIDATION', `${field} must be a valid date and time`, field);
  return value;
}

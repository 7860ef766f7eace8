/**
 * Building blocks shared by every part of the policing-model schema. Each carries a message that
 * says what was expected, so a loader error reads "expected a whole number >= 0, got "ten"".
 */
import { z } from 'zod';

/** A kebab-case identifier used for cross-references (areas, teams, shift patterns…). */
export const id = z
  .string({ error: 'expected an identifier (lower-case letters, digits and hyphens)' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected an identifier (lower-case letters, digits and hyphens)' });

/** A role key such as `PC`, `PCSO`, `DC`: letters, digits, hyphens and underscores. */
export const roleKey = z
  .string({ error: 'expected a role key (letters, digits, hyphens or underscores)' })
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, { error: 'expected a role key (letters, digits, hyphens or underscores)' });

/** Non-empty free text. */
export const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected non-empty text' });

/** A whole number >= 0 (headcounts, counts of wards…). */
export const count = z
  .number({ error: 'expected a whole number >= 0' })
  .int({ error: 'expected a whole number >= 0' })
  .min(0, { error: 'expected a whole number >= 0' });

/** A whole number >= 1. */
export const positiveCount = z
  .number({ error: 'expected a whole number >= 1' })
  .int({ error: 'expected a whole number >= 1' })
  .min(1, { error: 'expected a whole number >= 1' });

/** A signed whole number (a change in headcount). */
export const delta = z.number({ error: 'expected a whole number' }).int({ error: 'expected a whole number' });

/** A percentage in [0, 100]. */
export const percent = z
  .number({ error: 'expected a percentage between 0 and 100' })
  .min(0, { error: 'expected a percentage between 0 and 100' })
  .max(100, { error: 'expected a percentage between 0 and 100' });

/** A duration or quantity that must be > 0 (minutes, hours, days). */
export const positiveNumber = z
  .number({ error: 'expected a number > 0' })
  .positive({ error: 'expected a number > 0' });

/** A number >= 0 (weights, rates). */
export const nonNegativeNumber = z
  .number({ error: 'expected a number >= 0' })
  .min(0, { error: 'expected a number >= 0' });

/** A clock time "HH:MM" (24-hour). */
export const clockTime = z
  .string({ error: 'expected a time "HH:MM" (24-hour)' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time "HH:MM" (24-hour)' });

/** Days of the week, Monday first (ISO 8601). */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A day of the week. */
export const day = z.enum(DAYS, { error: `expected a day: ${DAYS.join(', ')}` });

/** Urban or rural: drives attendance targets and travel speeds. */
export const urbanRural = z.enum(['urban', 'rural'], { error: 'expected "urban" or "rural"' });

/** An ONS GSS code such as E05005008 (ward), E01024413 (LSOA) or E07000111 (district). */
export const gssCode = z
  .string({ error: 'expected an ONS code like E05005008' })
  .regex(/^[EWSN]\d{8}$/, { error: 'expected an ONS code like E05005008' });

/** An enum whose error lists the allowed values. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { error: `expected ${what}: ${values.join(', ')}` });
}

/**
 * Shift patterns: the duty shifts worked each day and the number of rotating shift teams
 * (reliefs) the officers on the pattern are divided into.
 */
import { z } from 'zod';
import { clockTime, day, id, oneOf, positiveCount, positiveNumber, text } from './primitives';

/** One duty shift. `days` defaults to every day. */
export const shift = z.strictObject({
  id,
  start: clockTime,
  durationHours: positiveNumber.max(24, { error: 'expected a duration of at most 24 hours' }),
  days: z.array(day).optional(),
});

/** What the pattern promises to cover: every hour of the week, or only the listed shifts. */
export const COVERAGE = ['24/7', 'partial'] as const;

/** A shift pattern, e.g. a 5-relief 24/7 response rota or a 3-shift neighbourhood pattern. */
export const shiftPattern = z.strictObject({
  id,
  name: text,
  coverage: oneOf(COVERAGE, 'a coverage'),
  rotatingTeams: positiveCount,
  weighting: text.optional(),
  shifts: z.array(shift).min(1, { error: 'expected at least one shift' }),
});

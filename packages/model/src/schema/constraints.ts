/** Planning constraints the model declares: protected headcount and per-ward minimums. */
import { z } from 'zod';
import { TEAM_KINDS } from '../vocabulary/team-kinds';
import { id, oneOf, positiveCount, roleKey, text } from './primitives';

/** A protected total: the sum of these roles over these teams must stay at or above `minimum`. */
export const protectedHeadcount = z.strictObject({
  id,
  description: text,
  roles: z.array(roleKey).min(1, { error: 'expected at least one role' }),
  teamKinds: z.array(oneOf(TEAM_KINDS, 'a team kind')).optional(),
  minimum: positiveCount,
});

/** At least `minimumPerWard` of a role for every ward of the listed areas (Kent: a PCSO per ward). */
export const wardMinimum = z.strictObject({
  id,
  role: roleKey,
  areas: z.array(z.union([id, z.literal('all')])).min(1, { error: 'expected at least one area id (or "all")' }),
  minimumPerWard: positiveCount,
});

/** The constraints section. */
export const constraints = z.strictObject({
  protectedHeadcount: z.array(protectedHeadcount).optional(),
  wardMinimums: z.array(wardMinimum).optional(),
});

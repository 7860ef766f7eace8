/** Teams: who covers which areas, with which roles and how many of each. */
import { z } from 'zod';
import { TEAM_KINDS } from '../vocabulary/team-kinds';
import { count, id, oneOf, percent, roleKey, text } from './primitives';

/** Headcount of one role in a team, and the minimum on duty per shift. */
export const teamRole = z.strictObject({
  headcount: count,
  minimumOnDutyPerShift: count.optional(),
});

/** How work is shared out: by patch, evenly across the team (Sussex PCSOs), or as an owned caseload. */
export const WORK_ALLOCATION = ['patch', 'even', 'caseload', 'tasked'] as const;

/** A recurring duty (Staffordshire PCSOs: a parish council meeting a month; top-ten issues). */
export const duty = z.strictObject({
  id,
  role: roleKey,
  description: text,
  frequency: oneOf(['daily', 'weekly', 'monthly', 'quarterly', 'as-needed'] as const, 'a frequency'),
});

/** Who leads a team (Kent: one Community Support Inspector directs every PCSO). */
export const leadership = z.strictObject({ role: roleKey, title: text });

/** One team. `areas: [all]` means force-wide. */
export const team = z.strictObject({
  id,
  name: text,
  kind: oneOf(TEAM_KINDS, 'a team kind'),
  areas: z.array(z.union([id, z.literal('all')])).min(1, { error: 'expected at least one area id (or "all")' }),
  shiftPattern: id.optional(),
  roles: z.record(roleKey, teamRole),
  ledBy: leadership.optional(),
  workAllocation: oneOf(WORK_ALLOCATION, 'a work allocation').optional(),
  preventionLayer: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'expected 1, 2 or 3' }).optional(),
  focus: text.optional(),
  handlesTags: z.array(id).optional(),
  callSignTemplate: text.optional(),
  duties: z.array(duty).optional(),
  abstractionPercent: z.record(id, percent).optional(),
  rotation: text.optional(),
  notes: text.optional(),
});

/**
 * Demand: contact channels (999, 101, online…), demand types with the time each role takes and
 * the impact weight (Wiltshire's type × role × time taken × impact), and routing rules.
 */
import { z } from 'zod';
import { POLICE_UK_CATEGORY_SLUGS } from '../vocabulary/police-uk-categories';
import { count, id, nonNegativeNumber, oneOf, percent, positiveCount, positiveNumber, roleKey, text } from './primitives';

/** Kinds of contact channel. */
export const CHANNEL_KINDS = ['emergency-call', 'non-emergency-call', 'online', 'walk-in', 'partner', 'officer-generated'] as const;

/** A contact channel and its call-handling service level. */
export const channel = z.strictObject({
  id,
  name: text,
  kind: oneOf(CHANNEL_KINDS, 'a channel kind'),
  criteria: z.array(text).optional(),
  answerTargetSeconds: positiveNumber.optional(),
  answerTargetPercent: percent.optional(),
  abandonmentTargetPercent: percent.optional(),
  callsPerDay: count.optional(),
});

/** A type of demand, with the minutes each role spends on one and its impact weight. */
export const demandType = z.strictObject({
  id,
  name: text,
  policeUkCategories: z.array(oneOf(POLICE_UK_CATEGORY_SLUGS, 'a data.police.uk category')).optional(),
  timeTakenMinutes: z.record(roleKey, positiveNumber),
  impactWeight: nonNegativeNumber,
  unitsRequired: positiveCount.optional(),
  tags: z.array(id).optional(),
});

/** Where a routing rule sends the demand it matches. */
export const ROUTES = ['deploy', 'resolution-centre', 'scheduled-appointment', 'partner-referral', 'no-further-action'] as const;

/** Conditions of a routing rule; every listed condition must hold, an empty `when` matches all. */
export const routingCondition = z.strictObject({
  grades: z.array(positiveCount).optional(),
  demandTypes: z.array(id).optional(),
  channels: z.array(id).optional(),
  tags: z.array(id).optional(),
});

/** A routing rule; the first rule that matches decides. */
export const routingRule = z.strictObject({
  id,
  when: routingCondition,
  route: oneOf(ROUTES, 'a route'),
  team: id.optional(),
  teamKind: id.optional(),
  roles: z.array(roleKey).optional(),
  partner: id.optional(),
  rationale: text.optional(),
});

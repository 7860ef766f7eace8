/** Service levels, partners, the harm-weight table, Police and Crime Plan priorities and measures. */
import { z } from 'zod';
import { MEASURES } from '../vocabulary/measures';
import { POLICE_UK_CATEGORY_SLUGS } from '../vocabulary/police-uk-categories';
import { id, nonNegativeNumber, oneOf, percent, positiveCount, positiveNumber, text } from './primitives';

/** Resolution Centre levels (Sussex: 73 % resolved, 98 % contacted within 48 h). */
export const resolutionCentreLevels = z.strictObject({
  contactWithinHours: positiveNumber,
  contactTargetPercent: percent,
  resolutionTargetPercent: percent.optional(),
  satisfactionTargetPercent: percent.optional(),
});

/**
 * Victims' Code right 6: tell the victim within 5 working days (1 for enhanced rights) of the key
 * events; the update frequency is agreed with the victim, defaulting to this model value.
 */
export const victimUpdateLevels = z.strictObject({
  standardWorkingDays: positiveCount,
  enhancedWorkingDays: positiveCount,
  defaultUpdateEveryDays: positiveCount,
  compliancePercentTarget: percent.optional(),
});

/** The service-level section. */
export const serviceLevels = z.strictObject({
  resolutionCentre: resolutionCentreLevels.optional(),
  victimUpdates: victimUpdateLevels,
});

/** A partner agency, with the service level agreed with it (Sussex: Parish Council SLA). */
export const partner = z.strictObject({
  id,
  name: text,
  kind: oneOf(
    ['local-authority', 'parish-council', 'health', 'mental-health', 'education', 'housing', 'social-care', 'voluntary', 'other-force', 'transport', 'other'] as const,
    'a partner kind',
  ),
  slaResponseWorkingDays: positiveCount.optional(),
  sla: text.optional(),
});

/** One weight of the harm index, keyed by data.police.uk category. */
export const harmWeights = z.strictObject({
  name: text,
  unit: text,
  source: text,
  weights: z.partialRecord(oneOf(POLICE_UK_CATEGORY_SLUGS, 'a data.police.uk category'), nonNegativeNumber),
});

/** One priority of a Police and Crime Plan (a checklist item). */
export const priority = z.strictObject({
  id,
  group: text.optional(),
  title: text,
  measures: z.array(oneOf(MEASURES, 'a measure')).optional(),
});

/** A documented assumption: a value the seed does not give, chosen to be plausible. */
export const assumption = z.strictObject({ id, text, replaceWith: text.optional() });

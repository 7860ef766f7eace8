/**
 * The policing-model document: one YAML file describes a force's local policing model.
 * Every figure carries its unit in its name (`targetMinutes`, `durationHours`, `percent`).
 */
import { z } from 'zod';
import { MEASURES } from '../vocabulary/measures';
import { constraints } from './constraints';
import { channel, demandType, routingRule } from './demand';
import { geography } from './geography';
import { grade } from './grades';
import { id, oneOf, percent, roleKey, text } from './primitives';
import { role } from './roles';
import { scenario } from './scenarios';
import { assumption, harmWeights, partner, priority, serviceLevels } from './services';
import { shiftPattern } from './shifts';
import { team } from './teams';

/** The format version this code reads. */
export const MODEL_FORMAT_VERSION = 1;

/** The whole policing model. */
export const policingModel = z.strictObject({
  peel: z.literal(MODEL_FORMAT_VERSION, { error: `expected format version ${MODEL_FORMAT_VERSION}` }),
  id,
  force: text,
  description: text.optional(),
  source: text.optional(),
  timeZone: text.default('Europe/London'),
  assumptions: z.array(assumption).optional(),
  geography,
  roles: z.record(roleKey, role),
  shiftPatterns: z.array(shiftPattern).min(1, { error: 'expected at least one shift pattern' }),
  abstractionPercent: z.record(id, percent),
  teams: z.array(team).min(1, { error: 'expected at least one team' }),
  grades: z.array(grade).min(1, { error: 'expected at least one grade' }),
  channels: z.array(channel).min(1, { error: 'expected at least one contact channel' }),
  demandTypes: z.array(demandType).min(1, { error: 'expected at least one demand type' }),
  routing: z.array(routingRule).min(1, { error: 'expected at least one routing rule' }),
  serviceLevels,
  partners: z.array(partner).optional(),
  harmWeights: harmWeights.optional(),
  priorities: z.array(priority).optional(),
  measures: z.array(oneOf(MEASURES, 'a measure')).optional(),
  constraints: constraints.optional(),
  scenarios: z.array(scenario).optional(),
});

/** A validated policing model. */
export type PolicingModel = z.infer<typeof policingModel>;
/** One area of a model. */
export type Area = PolicingModel['geography']['areas'][number];
/** One team of a model. */
export type Team = PolicingModel['teams'][number];
/** One shift pattern of a model. */
export type ShiftPattern = PolicingModel['shiftPatterns'][number];
/** One scenario of a model. */
export type Scenario = NonNullable<PolicingModel['scenarios']>[number];

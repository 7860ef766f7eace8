/**
 * Scenarios: named changes to the model (North Yorkshire's precept uplift of 51 officers and
 * 20 PCSOs; "what if abstraction falls to 40 %"). Applied by `applyScenario`.
 */
import { z } from 'zod';
import { delta, id, percent, roleKey, text } from './primitives';
import { team } from './teams';

/** A change to one role's headcount in one team (an added team may be named). */
export const headcountChange = z.strictObject({ team: id, role: roleKey, headcountDelta: delta });

/** One scenario. */
export const scenario = z.strictObject({
  id,
  name: text,
  description: text.optional(),
  addTeams: z.array(team).optional(),
  headcountChanges: z.array(headcountChange).optional(),
  abstractionPercent: z.record(id, percent).optional(),
});

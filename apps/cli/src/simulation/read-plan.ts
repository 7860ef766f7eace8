/**
 * The plan file of `peel simulate --plan`: units on duty by area × role × hour of the week, the
 * minimal form the planning studio will write. Counts are deployable units (after abstraction).
 *
 *     {
 *       "planFormat": 1,
 *       "model": "kent",                         // optional; must be the simulated model's id
 *       "onDuty": [
 *         { "area": "medway", "role": "PC", "team": "medway-ldpt",   // team optional when unambiguous
 *           "byHourOfWeek": [ 168 whole numbers, Monday 00:00 first ] }
 *       ]
 *     }
 *
 * An entry replaces the model's rostering of its team and role (see @peel/engine `applyPlan`).
 */
import { readFile } from 'node:fs/promises';
import type { DutyPlan } from '@peel/engine';
import { z } from 'zod';

const planSchema = z.strictObject({
  planFormat: z.literal(1, { error: 'expected planFormat 1' }),
  model: z.string().optional(),
  onDuty: z
    .array(
      z.strictObject({
        area: z.string().optional(),
        team: z.string().optional(),
        role: z.string({ error: 'expected a role key' }),
        byHourOfWeek: z.array(z.number().int({ error: 'expected whole numbers' }).min(0, { error: 'expected numbers >= 0' })).length(168, { error: 'expected 168 values, Monday 00:00 first' }),
      }),
    )
    .min(1, { error: 'expected at least one entry' }),
});

/** Reads and checks a plan file; errors name the file and the field. */
export async function readPlan(file: string, modelId: string): Promise<DutyPlan> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`--plan: cannot read ${file} (${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message})`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`--plan: ${file} is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = planSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
    throw new Error(`--plan: ${file}: ${where || '(root)'}: ${issue.message}`);
  }
  if (parsed.data.model !== undefined && parsed.data.model !== modelId) throw new Error(`--plan: ${file} is a plan for model ${parsed.data.model}, not ${modelId}`);
  return { entries: parsed.data.onDuty.map(({ byHourOfWeek, ...entry }) => ({ ...entry, onDutyByHourOfWeek: byHourOfWeek })) };
}

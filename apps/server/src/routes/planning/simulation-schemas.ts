/** The simulation KPIs as the planning routes send them: the engine's ForceKpis (means with 95 % intervals), NaN sent as null. */
import { z } from 'zod';
import { estimateSchema } from './planning-schemas';

const attendanceSchema = z.object({
  incidentsPerDay: estimateSchema,
  compliance: estimateSchema.nullable(),
  complianceUrban: estimateSchema.nullable(),
  complianceRural: estimateSchema.nullable(),
  meanResponseMin: estimateSchema,
  medianResponseMin: estimateSchema,
  p90ResponseMin: estimateSchema,
  meanQueueWaitMin: estimateSchema,
  unattended: estimateSchema,
});

/** One simulation's KPIs. */
export const simulationSchema = z.object({
  model: z.string(),
  scenario: z.string().nullable(),
  rostering: z.enum(['model', 'plan']),
  method: z.enum(['workload', 'queueing']).nullable(),
  days: z.number().int(),
  warmUpDays: z.number(),
  replications: z.number().int(),
  seed: z.number().int(),
  wallMs: z.number(),
  threads: z.number().int(),
  demand: z.object({ months: z.array(z.string()), crimes: z.number(), crimesPerDay: z.number() }),
  grades: z.array(
    attendanceSchema.extend({
      grade: z.number(),
      name: z.string(),
      response: z.string(),
      target: z.string().nullable(),
      lostToAbandonmentPerDay: estimateSchema,
      byArea: z.array(attendanceSchema.extend({ area: z.string() })),
    }),
  ),
  channels: z.array(z.object({ channel: z.string(), handled: z.boolean(), offeredPerDay: estimateSchema, abandonment: estimateSchema, answeredWithinTarget: estimateSchema.nullable(), targetSeconds: z.number().nullable(), meanWaitMin: estimateSchema })),
  resolutionCentre: z.object({ referredPerDay: estimateSchema, contactWithinTarget: estimateSchema, contactWithinHours: z.number(), resolution: estimateSchema, meanContactHours: estimateSchema }).nullable(),
  pools: z.array(z.object({ pool: z.string(), team: z.string(), role: z.string(), kind: z.string(), areas: z.array(z.string()), utilisation: estimateSchema, meanOnDuty: estimateSchema })),
  areas: z.array(z.object({ area: z.string(), utilisation: estimateSchema })),
  notes: z.array(z.string()),
});

/** `value` with every non-finite number (NaN: undefined in every replication) replaced by null, as JSON would. */
export function finiteOrNull<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, item: unknown) => (typeof item === 'number' && !Number.isFinite(item) ? null : item))) as T;
}

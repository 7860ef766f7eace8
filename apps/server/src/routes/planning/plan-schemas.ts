/**
 * The plan as the planning routes send it: the engine's ForcePlan (plain JSON) with the hourly
 * series left to GET …/cover, and the stored overrides with their ids (to withdraw one).
 */
import { z } from 'zod';

const overrideAppliedSchema = z.object({ id: z.string().optional(), delta: z.number().int(), who: z.string(), why: z.string(), at: z.string().optional() });

const outcomeSchema = z.object({
  posts: z.number(),
  compliance: z.number().nullable().describe('Predicted Grade 1 compliance over the week, 0…1'),
  hoursShort: z.number().describe('Hours of the week whose expected on duty is below the requirement'),
});

/** A stored override (withdrawn or standing). */
export const storedOverrideSchema = z.object({
  id: z.number().int(),
  modelId: z.string(),
  scenarioId: z.string().nullable(),
  areaId: z.string().nullable(),
  teamId: z.string().nullable(),
  role: z.string(),
  delta: z.number().int(),
  reason: z.string(),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  withdrawal: z.object({ by: z.string(), reason: z.string(), at: z.iso.datetime() }).nullable(),
});

/** The plan. */
export const planSchema = z.object({
  model: z.object({ id: z.string(), force: z.string() }),
  scenario: z.string().nullable(),
  method: z.enum(['workload', 'queueing']),
  area: z.string().nullable().describe("The area shown (a supervisor's), or null for the force"),
  lines: z.array(
    z.object({
      id: z.string(),
      teamKind: z.string(),
      role: z.string(),
      shiftPattern: z.string().nullable(),
      cells: z.array(z.string()),
      basis: z.string(),
      establishment: z.number(),
      algorithm: z.number(),
      final: z.number(),
      required: z.number().nullable(),
    }),
  ),
  cells: z.array(
    z.object({
      key: z.string(),
      team: z.string(),
      teamName: z.string(),
      teamKind: z.string(),
      areas: z.array(z.string()),
      role: z.string(),
      line: z.string(),
      basis: z.enum(['workload', 'queueing', 'kept', 'force-wide']),
      basisNote: z.string(),
      current: z.number(),
      minimum: z.number(),
      minimumReasons: z.array(z.string()),
      workloadHoursPerWeek: z.number(),
      requiredPosts: z.number().nullable(),
      algorithm: z.number().describe("The algorithm's figure"),
      override: z.number().describe('Σ of the overrides'),
      final: z.number(),
      overrides: z.array(overrideAppliedSchema),
    }),
  ),
  response: z.array(
    z.object({
      cell: z.string(),
      team: z.string(),
      role: z.string(),
      areas: z.array(z.string()),
      areaKm2: z.number(),
      areaSource: z.enum(['boundaries', 'fallback']),
      urbanShare: z.number(),
      grade: z.number(),
      urbanTargetMinutes: z.number(),
      ruralTargetMinutes: z.number(),
      target: z.number(),
      gradeOnePerWeek: z.number(),
      jobsPerWeek: z.number(),
      requiredPosts: z.number().nullable(),
      patternPosts: z.number().nullable(),
      rota: z.object({ status: z.enum(['optimal', 'infeasible', 'time-limit']), shifts: z.number(), gap: z.number() }).nullable(),
      current: outcomeSchema,
      algorithm: outcomeSchema,
      final: outcomeSchema,
    }),
  ),
  overrides: z.array(
    z.object({
      override: z.object({ id: z.string().optional(), area: z.string().optional(), team: z.string().optional(), role: z.string(), delta: z.number().int(), who: z.string(), why: z.string(), at: z.string().optional() }),
      cell: z.string(),
      algorithm: z.number(),
      final: z.number(),
      effect: z.object({ kind: z.enum(['grade-1-compliance', 'workload-per-post']), before: z.number().nullable(), after: z.number().nullable() }),
    }),
  ),
  constraints: z.array(z.object({ id: z.string(), kind: z.string(), description: z.string(), required: z.number(), current: z.number(), algorithm: z.number(), final: z.number(), met: z.boolean() })),
  storedOverrides: z.array(storedOverrideSchema).describe('The overrides standing for this model and scenario, with their ids'),
  warnings: z.array(z.string()),
  notes: z.array(z.string()),
});

/** A stored override as JSON. */
export function storedOverrideJson(row: { id: number; modelId: string; scenarioId: string | null; areaId: string | null; teamId: string | null; role: string; delta: number; reason: string; createdBy: string; createdAt: Date; withdrawal: { by: string; reason: string; at: Date } | null }) {
  return { ...row, createdAt: row.createdAt.toISOString(), withdrawal: row.withdrawal && { ...row.withdrawal, at: row.withdrawal.at.toISOString() } };
}

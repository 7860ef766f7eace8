/**
 * GET /api/planning/models/:modelId/cover?method&scenario: officers on duty against officers
 * required, per response team (its area or areas) and hour of the week — the chart under the plan.
 * Required: the officers the Grade 1 target needs on duty in each hour (queueing and travel, at
 * least the minimum on duty); on duty: what the model's headcount, the algorithm's posts and the
 * final posts give on the team's own shift pattern after abstraction; and the optimal rota's cover.
 */
import { HOURS_PER_WEEK } from '@peel/engine';
import { z } from 'zod';
import { listScope } from '../../authorization/record-access';
import type { RouteRegistration } from '../peel-server';
import { planInArea } from './plan-in-area';
import { servePlan } from './plan-service';
import { planQuerySchema } from './planning-plan';
import { loadPlanningModel } from './planning-model';
import { modelParamsSchema } from './planning-schemas';

const week = z.array(z.number()).length(HOURS_PER_WEEK);

const coverSchema = z.object({
  model: z.string(),
  scenario: z.string().nullable(),
  method: z.enum(['workload', 'queueing']),
  teams: z.array(
    z.object({
      cell: z.string(),
      team: z.string(),
      role: z.string(),
      areas: z.array(z.string()),
      target: z.number().describe('Grade 1 compliance target, 0…1'),
      required: week.describe('Officers required on duty, each hour of the week (Monday 00:00 first)'),
      onDuty: z.object({ current: week, algorithm: week, final: week }).describe('Expected officers on duty with the model\'s headcount, the algorithm\'s posts and the final posts'),
      rotaCover: week.nullable().describe('Officers on duty on the optimal rota (HiGHS), when solved'),
      compliance: z.object({ current: z.number().nullable(), algorithm: z.number().nullable(), final: z.number().nullable() }),
      hoursShort: z.object({ current: z.number(), algorithm: z.number(), final: z.number() }),
    }),
  ),
});

/** Registers GET /api/planning/models/:modelId/cover. */
export const registerPlanningCover: RouteRegistration = (app) => {
  app.get(
    '/api/planning/models/:modelId/cover',
    {
      schema: {
        summary: 'On duty against required per response team and hour of the week',
        tags: ['planning'],
        params: modelParamsSchema,
        querystring: planQuerySchema,
        response: { 200: coverSchema },
      },
    },
    async (request) => {
      const stored = await loadPlanningModel(app, request.params.modelId);
      const { method, scenario = null } = request.query;
      const { plan } = await servePlan(app, { stored, scenario, method });
      const shown = planInArea(plan, listScope(request).areaId);
      return {
        model: plan.model.id,
        scenario: plan.scenario,
        method: plan.method,
        teams: shown.response.map((entry) => ({
          cell: entry.cell,
          team: entry.team,
          role: entry.role,
          areas: entry.areas,
          target: entry.target,
          required: entry.requiredOnDuty,
          onDuty: { current: entry.current.onDuty, algorithm: entry.algorithm.onDuty, final: entry.final.onDuty },
          rotaCover: entry.rota?.cover.length === HOURS_PER_WEEK ? entry.rota.cover : null,
          compliance: { current: entry.current.compliance, algorithm: entry.algorithm.compliance, final: entry.final.compliance },
          hoursShort: { current: entry.current.hoursShort, algorithm: entry.algorithm.hoursShort, final: entry.final.hoursShort },
        })),
      };
    },
  );
};

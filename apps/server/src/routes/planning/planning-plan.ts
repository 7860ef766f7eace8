/**
 * GET /api/planning/models/:modelId/plan?method&scenario: the establishment plan per area × team ×
 * role — the algorithm's figure, the overrides with who and why, the final figure, the Grade 1
 * analysis of each response team with its predicted compliance, the model's constraints and the
 * warnings a planner must see (plan-service.ts). A supervisor sees the cells of their area.
 */
import { z } from 'zod';
import { listScope } from '../../authorization/record-access';
import type { RouteRegistration } from '../peel-server';
import { planInArea } from './plan-in-area';
import { planSchema, storedOverrideJson } from './plan-schemas';
import { servePlan } from './plan-service';
import { loadPlanningModel } from './planning-model';
import { methodSchema, modelParamsSchema, scenarioSchema } from './planning-schemas';

/** `?method&scenario`. */
export const planQuerySchema = z.object({ method: methodSchema, scenario: scenarioSchema });

/** Registers GET /api/planning/models/:modelId/plan. */
export const registerPlanningPlan: RouteRegistration = (app) => {
  app.get(
    '/api/planning/models/:modelId/plan',
    {
      schema: {
        summary: 'The establishment plan: algorithm figure, overrides with reasons, final figure, Grade 1 analysis',
        description: 'Computed on first request (a rota solve per response team: seconds) and reused until the model or the overrides change. 503 UNAVAILABLE until crime is imported for the model.',
        tags: ['planning'],
        params: modelParamsSchema,
        querystring: planQuerySchema,
        response: { 200: planSchema },
      },
    },
    async (request) => {
      const stored = await loadPlanningModel(app, request.params.modelId);
      const { method, scenario = null } = request.query;
      const served = await servePlan(app, { stored, scenario, method });
      const areaId = listScope(request).areaId;
      const plan = planInArea(served.plan, areaId);
      return {
        ...plan,
        area: areaId ?? null,
        notes: [...served.notes, ...plan.notes],
        storedOverrides: served.overrides.filter((row) => plan.overrides.some((entry) => entry.override.id === String(row.id))).map(storedOverrideJson),
      };
    },
  );
};

/**
 * POST /api/planning/models/:modelId/simulations: runs the force simulator on the model's real
 * demand — with the model's own rostering, or with the plan's response establishment on duty
 * (duty-plan-of-force-plan.ts) — and answers the KPIs with 95 % confidence intervals, as
 * `peel simulate --model` (@peel/server/force-analysis) does. It runs in the request, bounded
 * (at most 28 days × 10 replications, over worker threads) and one at a time per server: a second
 * request while one runs is RATE_LIMITED. A supervisor sees their area's rows of the by-area figures.
 */
import { availableParallelism } from 'node:os';
import { DomainError } from '@peel/domain';
import type { DutyPlan, PlanMethod } from '@peel/engine';
import { z } from 'zod';
import { listScope } from '../../authorization/record-access';
import { dutyPlanOfForcePlan, loadForceSimulationInput, NoDemandError, simulateForceRun } from '../../force-analysis';
import { HttpError } from '../../errors/http-error';
import type { PeelServer, RouteRegistration } from '../peel-server';
import { servePlan } from './plan-service';
import { cached } from './planning-cache';
import { loadPlanningModel, modelUnderScenario } from './planning-model';
import { methodSchema, modelParamsSchema, scenarioSchema } from './planning-schemas';
import { finiteOrNull, simulationSchema } from './simulation-schemas';

/** Bounds of a simulation run in a request. */
export const SIMULATION_LIMITS = { maxDays: 28, maxReplications: 10 } as const;

const running = new WeakSet<object>();

/** The request body. */
export const simulationBodySchema = z.object({
  scenario: scenarioSchema,
  rostering: z.enum(['model', 'plan']).default('plan').describe("plan: the plan's response posts on duty; model: the model's own rostering"),
  method: methodSchema,
  days: z.number().int().min(1).max(SIMULATION_LIMITS.maxDays).default(7),
  replications: z.number().int().min(2).max(SIMULATION_LIMITS.maxReplications).default(4),
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
});

/** Registers POST /api/planning/models/:modelId/simulations. */
export const registerPlanningSimulations: RouteRegistration = (app) => {
  app.post(
    '/api/planning/models/:modelId/simulations',
    {
      schema: {
        summary: 'Simulate the model or its plan: KPIs with 95 % confidence intervals',
        description: `Runs in the request (seconds to a minute): at most ${SIMULATION_LIMITS.maxDays} days × ${SIMULATION_LIMITS.maxReplications} replications, one simulation at a time per server (429 RATE_LIMITED otherwise).`,
        tags: ['planning'],
        params: modelParamsSchema,
        body: simulationBodySchema,
        response: { 200: simulationSchema },
      },
    },
    async (request) => {
      const stored = await loadPlanningModel(app, request.params.modelId);
      const { scenario = null, rostering, method, days, replications, seed } = request.body;
      const model = modelUnderScenario(stored.model, scenario);
      if (running.has(app)) throw new DomainError('RATE_LIMITED', 'a simulation is already running on this server: try again when it has finished');
      running.add(app);
      try {
        const plan: DutyPlan | undefined = rostering === 'plan' ? dutyPlanOfForcePlan((await servePlan(app, { stored, scenario, method })).plan) : undefined;
        const input = await cached(app, `simulation-input:${stored.model.id}:${stored.contentHash}:${scenario ?? ''}`, () => simulationInput(app, model));
        const result = await simulateForceRun({ model, input, plan, days, replications, seed, threads: Math.min(replications, availableParallelism()) });
        if (plan) result.notes.unshift(plan.entries.length > 0 ? `rostering: the plan's final posts of ${plan.entries.map((entry) => `${entry.team} ${entry.role}`).join(', ')} on duty per hour (posts ÷ reliefs × (1 − abstraction) on the team's pattern, rounded); other teams as the model rosters them` : 'rostering: the plan analysed no response team, so every team is rostered as in the model');
        const areaId = listScope(request).areaId;
        const shown = areaId === undefined ? result : { ...result, grades: result.grades.map((grade) => ({ ...grade, byArea: grade.byArea.filter((row) => row.area === areaId) })), areas: result.areas.filter((row) => row.area === areaId), pools: result.pools.filter((pool) => pool.areas.includes(areaId)) };
        return finiteOrNull({ ...shown, scenario, rostering, method: rostering === 'plan' ? (method as PlanMethod) : null });
      } finally {
        running.delete(app);
      }
    },
  );
};

async function simulationInput(app: PeelServer, model: Parameters<typeof loadForceSimulationInput>[0]['model']) {
  try {
    return await loadForceSimulationInput({ db: app.services.db, model, modelFile: '<model.yaml>', sharedDataDir: app.services.config.sharedDataDir, databaseName: 'the database' });
  } catch (error) {
    if (error instanceof NoDemandError) throw new HttpError('UNAVAILABLE', error.message);
    throw error;
  }
}

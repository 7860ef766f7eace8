/**
 * A model's establishment plan as the planning routes serve it: the model (under a scenario), its
 * demand and geography read as `peel plan` reads them (@peel/server/force-analysis
 * `loadPlanInput`), the overrides stored for the model and scenario, and the engine's `planForce`
 * with the server's HiGHS solver. Inputs and plans are cached (planning-cache.ts): a plan is keyed
 * by the model's content, the scenario, the method and the ids of the overrides standing, so a new
 * override or a withdrawal is a new plan, and asking again is free.
 */
import { createBoundaryRepository, createDemandQueries, createDemandRepository, createPlanOverrideRepository } from '@peel/db';
import { DomainError, type StoredPlanOverride } from '@peel/domain';
import { planForce, PlanOverrideError, type ForcePlan, type PlanMethod, type PlanOverride } from '@peel/engine';
import type { PolicingModel } from '@peel/model';
import { loadPlanInput, modelDemandScope, NoDemandError, planOverrideOfStored, type PlanInput } from '../../force-analysis';
import { HttpError } from '../../errors/http-error';
import type { PeelServer } from '../peel-server';
import { cached, planningSolver } from './planning-cache';
import { modelUnderScenario, type PlanningModel } from './planning-model';

/** What to plan. */
export interface PlanRequest {
  stored: PlanningModel;
  scenario: string | null;
  method: PlanMethod;
  /** An override to try on top of the stored ones (checked before it is stored). */
  extra?: PlanOverride;
}

/** A plan with the notes on its inputs and the stored overrides it applied. */
export interface ServedPlan {
  plan: ForcePlan;
  notes: string[];
  overrides: StoredPlanOverride[];
  model: PolicingModel;
}

/** The demand and geography of `model` under `scenario` (cached). UNAVAILABLE when no crime is imported for it. */
export function planInputOf(app: PeelServer, stored: PlanningModel, scenario: string | null, model: PolicingModel): Promise<PlanInput> {
  return cached(app, `plan-input:${stored.model.id}:${stored.contentHash}:${scenario ?? ''}`, async () => {
    const { db, config } = app.services;
    try {
      return await loadPlanInput({
        model,
        modelFile: '<model.yaml>',
        sharedDataDir: config.sharedDataDir,
        queries: createDemandQueries(db),
        repository: createDemandRepository(db),
        boundaries: createBoundaryRepository(db),
        scope: modelDemandScope(model),
        databaseName: 'the database',
      });
    } catch (error) {
      if (error instanceof NoDemandError) throw new HttpError('UNAVAILABLE', error.message);
      throw error;
    }
  });
}

/** The plan (see the file comment). A stored override the model no longer accepts is CONFLICT naming it; a bad extra one is VALIDATION naming its field. */
export async function servePlan(app: PeelServer, request: PlanRequest): Promise<ServedPlan> {
  const { stored, scenario, method, extra } = request;
  const model = modelUnderScenario(stored.model, scenario);
  const overrides = await createPlanOverrideRepository(app.services.db).list({ modelId: stored.model.id, scenarioId: scenario });
  const input = await planInputOf(app, stored, scenario, model);
  const compute = async () => {
    const solver = await planningSolver(app);
    const given = [...overrides.map(planOverrideOfStored), ...(extra ? [extra] : [])];
    try {
      return await planForce({ model, scenario, method, demand: { rates: input.demand.rates, demandTypes: input.demand.demandTypes }, geography: input.geography, overrides: given, solver });
    } catch (error) {
      if (!(error instanceof PlanOverrideError)) throw error;
      const reason = error.message.replace(/^overrides\[\d+\]\.[a-zA-Z]+: /, '');
      if (error.index >= overrides.length) throw new DomainError('VALIDATION', `${error.field}: ${reason}`, error.field);
      const row = overrides[error.index]!;
      throw new DomainError('CONFLICT', `stored override ${row.id} (by ${row.createdBy}) no longer applies to model ${model.id}: ${error.field}: ${reason} — withdraw it`, 'overrides');
    }
  };
  const key = `plan:${stored.model.id}:${stored.contentHash}:${scenario ?? ''}:${method}:${overrides.map((row) => row.id).join(',')}`;
  const plan = extra ? await compute() : await cached(app, key, compute);
  return { plan, notes: input.notes, overrides, model };
}

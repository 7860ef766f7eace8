/**
 * One plan as `peel plan` makes it: the model (under a scenario when asked), its demand and
 * geography from the database, the overrides from a file and/or the database, and the engine's
 * `planForce` with HiGHS in a worker thread. Override errors come back placed in their file or
 * named by their stored id.
 */
import { availableParallelism } from 'node:os';
import type { Config } from '@peel/config';
import { createBoundaryRepository, createDemandQueries, createDemandRepository, createPlanOverrideRepository } from '@peel/db';
import { createHighsSolver, planForce, PlanOverrideError, type ForcePlan, type PlanMethod, type PlanOverride } from '@peel/engine';
import type { PolicingModel } from '@peel/model';
import { isScenarioError, modelUnderScenario, planOverrideOfStored } from '@peel/server/force-analysis';
import { demandScope } from '../commands/demand-options';
import { describeDatabase, withDatabase } from '../with-database';
import { loadPlanInput } from './load-plan-input';
import type { OverridesFile } from './read-overrides';

/** What to plan. */
export interface MakePlanRequest {
  config: Config;
  model: PolicingModel;
  modelFile: string;
  method: PlanMethod;
  /** A scenario of the model to plan under, or null for the model as written. */
  scenario: string | null;
  overridesFile?: OverridesFile;
  /** Include the overrides stored for the model (and scenario) in the database. */
  storedOverrides?: boolean;
}

/** A plan and the notes on its inputs. */
export interface MadePlan {
  plan: ForcePlan;
  notes: string[];
}

/**
 * The model under `scenario` (the model itself when null): one of the model's scenarios by id,
 * `merge:<area>,<area>` (two areas merged) or `abstraction:<percent>` (abstraction at a new total).
 * An unknown scenario is an error naming the option.
 */
export function modelUnder(model: PolicingModel, scenario: string | null, option = '--scenario'): PolicingModel {
  try {
    return modelUnderScenario(model, scenario);
  } catch (error) {
    if (isScenarioError(error)) throw new Error(`${option}: ${error.message.replace(/^scenarioId: /, '')}`, { cause: error });
    throw error;
  }
}

/** Makes one plan (see the file comment). */
export async function makePlan(request: MakePlanRequest): Promise<MadePlan> {
  const { config, modelFile, method, scenario, overridesFile, storedOverrides } = request;
  const model = modelUnder(request.model, scenario);
  const { input, stored } = await withDatabase(config, async (handle) => {
    const queries = createDemandQueries(handle.db);
    const loaded = await loadPlanInput({
      model,
      modelFile,
      sharedDataDir: config.sharedDataDir,
      queries,
      repository: createDemandRepository(handle.db),
      boundaries: createBoundaryRepository(handle.db),
      scope: demandScope({ model }),
      databaseName: describeDatabase(config),
    });
    const rows = storedOverrides ? await createPlanOverrideRepository(handle.db).list({ modelId: model.id, scenarioId: scenario }) : [];
    return { input: loaded, stored: rows };
  });
  const fromFile = overridesFile?.overrides ?? [];
  const fromStore: PlanOverride[] = stored.map(planOverrideOfStored);
  const solver = await createHighsSolver({ maxThreads: Math.min(2, availableParallelism()) });
  try {
    const plan = await planForce({
      model,
      scenario,
      method,
      demand: { rates: input.demand.rates, demandTypes: input.demand.demandTypes },
      geography: input.geography,
      overrides: [...fromFile, ...fromStore],
      solver,
    });
    return { plan, notes: input.notes };
  } catch (error) {
    if (!(error instanceof PlanOverrideError)) throw error;
    if (error.index < fromFile.length && overridesFile) throw new Error(`--overrides: ${overridesFile.locate(error)}`, { cause: error });
    const row = stored[error.index - fromFile.length];
    throw new Error(`stored override ${row?.id ?? '?'} (by ${row?.createdBy ?? '?'}): ${error.message.replace(/^overrides\[\d+\]\./, '')} — withdraw it with \`peel plan override withdraw ${row?.id ?? '<id>'}\``, { cause: error });
  } finally {
    await solver.close();
  }
}

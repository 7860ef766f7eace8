/**
 * A force simulation on its real demand, as `peel simulate --model` runs it and the planning
 * studio's `POST /api/planning/models/:modelId/simulations` does: read the demand (crime imported
 * with `peel import police-uk`) and the incident locations (LSOA centroids), have @peel/engine
 * compile the scenario (with a duty plan in place of the model's rostering, when one is given),
 * run the replications over worker threads and summarise them as KPIs with 95 % confidence
 * intervals. Two steps, so a caller may keep the inputs of a model and run several plans on them.
 */
import type { Database } from '@peel/db';
import { createBoundaryRepository, createDemandQueries, createDemandRepository } from '@peel/db';
import { buildForceScenario, summariseForceRuns, type DutyPlan, type ForceKpis, type ForceScenario } from '@peel/engine';
import type { PolicingModel } from '@peel/model';
import { loadSimulationDemand, type SimulationDemand } from './load-simulation-demand';
import { loadSimulationLocations, type SimulationLocations } from './load-simulation-locations';
import { modelDemandScope } from './model-demand-scope';
import { runReplications } from './run-replications';

/** What a force simulation runs on: the demand and the places incidents happen. */
export interface ForceSimulationInput {
  demand: SimulationDemand;
  locations: SimulationLocations;
}

/** Reads the demand and the locations of `model` from the database (and the shared data's boundary files when the table holds none). */
export async function loadForceSimulationInput(params: { db: Database; model: PolicingModel; modelFile: string; sharedDataDir: string; databaseName: string }): Promise<ForceSimulationInput> {
  const { db, model, modelFile, sharedDataDir, databaseName } = params;
  const queries = createDemandQueries(db);
  const scope = modelDemandScope(model);
  const demand = await loadSimulationDemand({ model, modelFile, queries, repository: createDemandRepository(db), scope, databaseName });
  const locations = await loadSimulationLocations({ model, sharedDataDir, boundaries: createBoundaryRepository(db), queries, scope });
  return { demand, locations };
}

/** How to run. */
export interface ForceSimulationRun {
  model: PolicingModel;
  input: ForceSimulationInput;
  /** Units on duty by area × role × hour of week in place of the model's rostering. */
  plan?: DutyPlan;
  days: number;
  replications: number;
  seed: number;
  /** Worker threads (default: one per core; 1 runs in this thread). */
  threads?: number;
  /** Incidents per recorded crime (default 1). */
  incidentsPerCrime?: number;
}

/** The KPIs and how the run was made. */
export interface ForceSimulationResult extends ForceKpis {
  wallMs: number;
  threads: number;
  replicationMs: number[];
  demand: { months: string[]; crimes: number; crimesPerDay: number };
}

/** Compiles the scenario: RangeErrors name the input (e.g. `plan.entries[0].role`). */
export function compileForceScenario(run: Pick<ForceSimulationRun, 'model' | 'input' | 'plan' | 'days' | 'incidentsPerCrime'>): ForceScenario {
  const { model, input, plan, days, incidentsPerCrime } = run;
  const scenario = buildForceScenario({
    model,
    demandTypes: input.demand.demandTypes,
    demand: input.demand.rates,
    locations: input.locations.locations,
    days,
    plan,
    options: incidentsPerCrime === undefined ? {} : { incidentsPerCrime },
  });
  scenario.notes.unshift(...input.demand.notes, input.locations.note);
  return scenario;
}

/** Compiles, runs and summarises (see the file comment). */
export async function simulateForceRun(run: ForceSimulationRun): Promise<ForceSimulationResult> {
  const scenario = compileForceScenario(run);
  const started = performance.now();
  const replicated = await runReplications({ scenario, seed: run.seed, replications: run.replications, threads: run.threads });
  const wallMs = performance.now() - started;
  const { demand } = run.input;
  return {
    wallMs: Math.round(wallMs),
    threads: replicated.threads,
    replicationMs: replicated.replicationMs.map((ms) => Math.round(ms)),
    demand: { months: demand.months, crimes: demand.crimes, crimesPerDay: demand.crimesPerDay },
    ...summariseForceRuns(scenario, replicated.results),
  };
}

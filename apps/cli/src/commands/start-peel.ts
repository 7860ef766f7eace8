/**
 * What `peel start` does once the database is open, as a function the browser tests reuse: store
 * the force and its data, book units, serve the API and the web app on that force, create the demo
 * users, listen, and (optionally) run training mode. The caller owns the database handle and the
 * web build.
 */
import type { Config } from '@peel/config';
import { createBoundaryRepository, createDemandQueries, createDemandRepository, type DatabaseHandle } from '@peel/db';
import { buildForceScenario } from '@peel/engine';
import type { PolicingModel } from '@peel/model';
import {
  buildOperationsSetup,
  callsPerHourAt,
  closeServer,
  createServer,
  minuteOfWeek,
  setOperationsSetup,
  startTrainingMode,
  systemClock,
  trainingDemandFromScenario,
  uuidIds,
  type PeelServer,
  type TokenSecret,
  type TrainingActivity,
  type TrainingMode,
  type WebAppOptions,
} from '@peel/server';
import { loadSimulationDemand } from '../simulation/load-simulation-demand';
import { loadSimulationLocations } from '../simulation/load-simulation-locations';
import { describeDatabase } from '../with-database';
import { demandScope } from './demand-options';
import { ensureDemoUsers, type DemoCredentials } from './start-demo-users';
import { prepareForce, type StartForce } from './start-force-data';
import { bookStartUnits } from './start-units';

/** What {@link launchPeel} needs. */
export interface LaunchOptions {
  config: Config;
  /** Open and migrated; closed by the caller after {@link LaunchedPeel.close}. */
  database: DatabaseHandle;
  tokenSecret: TokenSecret;
  /** A model id in models/ (wiltshire, …) or `synthetic`. */
  force: string;
  /** Where the demo password and the demo force's generated files are kept. */
  stateDir: string;
  seed: number;
  port: number;
  host: string;
  /** Training mode's speed and autopilot delay (simulated minutes), or false for none. */
  training: false | { speed: number; autopilotAfterMinutes?: number | null };
  crimeFiles?: 'all' | 'latest';
  /** Default: the repository's apps/web/dist when built. */
  webApp?: WebAppOptions | false;
  /** Progress lines. */
  log: (line: string) => void;
  onActivity?: (activity: TrainingActivity) => void;
}

/** A running Peel. */
export interface LaunchedPeel {
  app: PeelServer;
  /** e.g. http://127.0.0.1:3000 */
  address: string;
  force: StartForce;
  credentials: DemoCredentials;
  training?: { mode: TrainingMode; callsPerHour: number };
  /** Stops training mode and the server (not the database). */
  close(): Promise<void>;
}

/** Launches (see the file comment). */
export async function launchPeel(options: LaunchOptions): Promise<LaunchedPeel> {
  const { config, database, log } = options;
  let phase = performance.now();
  const took = () => {
    const seconds = (performance.now() - phase) / 1000;
    phase = performance.now();
    return `${seconds.toFixed(1)} s`;
  };
  const force = await prepareForce({ handle: database, config, force: options.force, stateDir: options.stateDir, seed: options.seed, crimeFiles: options.crimeFiles });
  for (const note of force.notes) log(note);
  log(`force loaded (${took()})`);
  const units = await bookStartUnits({ handle: database, model: force.model, clock: systemClock, ids: uuidIds });
  log(`units on duty: ${units.onDuty}${units.booked > 0 ? ' (booked now)' : ''}`);

  const app = await createServer({ config, database, tokenSecret: options.tokenSecret, ...(options.webApp === undefined ? {} : { webApp: options.webApp }) });
  let training: LaunchedPeel['training'];
  const close = async () => {
    await training?.mode.stop();
    await closeServer(app, 5000);
  };
  try {
    setOperationsSetup(app, await buildOperationsSetup(database.db, force.model));
    const credentials = await ensureDemoUsers({ services: app.services, stateDir: options.stateDir });
    const address = await app.listen({ port: options.port, host: options.host });
    log(`server listening (${took()})`);
    if (options.training) {
      training = await startTraining({ app, database, config, model: force.model, modelFile: force.modelFile, seed: options.seed, ...options.training, onActivity: options.onActivity ?? (() => undefined) });
      log(`training mode: the force's demand compiled (${took()})`);
    }
    return { app, address, force, credentials, training, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Starts training mode over the force's demand as the simulator compiles it (a week's scenario). */
async function startTraining(params: {
  app: PeelServer;
  database: DatabaseHandle;
  config: Config;
  model: PolicingModel;
  modelFile: string;
  speed: number;
  seed: number;
  autopilotAfterMinutes?: number | null;
  onActivity: (activity: TrainingActivity) => void;
}): Promise<{ mode: TrainingMode; callsPerHour: number }> {
  const { app, database, config, model, modelFile, speed, seed, onActivity } = params;
  const queries = createDemandQueries(database.db);
  const scope = demandScope({ model });
  const demand = await loadSimulationDemand({ model, modelFile, queries, repository: createDemandRepository(database.db), scope, databaseName: describeDatabase(config) });
  const { locations } = await loadSimulationLocations({ model, sharedDataDir: config.sharedDataDir, boundaries: createBoundaryRepository(database.db), queries, scope });
  if (!locations) throw new Error(`training mode: no LSOA or ward boundaries of model ${model.id} are stored, so calls have nowhere to happen`);
  const scenario = buildForceScenario({ model, demandTypes: demand.demandTypes, demand: demand.rates, locations, days: 7 });
  const trainingDemand = trainingDemandFromScenario({ scenario, locations, modelDemandTypeIds: model.demandTypes.map((type) => type.id) });
  const startMinuteOfWeek = minuteOfWeek(new Date(), model.timeZone);
  const mode = await startTrainingMode({
    app,
    model,
    demand: trainingDemand,
    speed,
    seed,
    startMinuteOfWeek,
    onActivity,
    ...(params.autopilotAfterMinutes === undefined ? {} : { autopilotAfterMinutes: params.autopilotAfterMinutes }),
  });
  return { mode, callsPerHour: callsPerHourAt(trainingDemand, startMinuteOfWeek) };
}

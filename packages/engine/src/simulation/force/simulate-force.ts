/** One replication of a force scenario, on its own random stream. */
import { replicationStream } from '../random/xoshiro128';
import type { ForceRunResult } from './force-run-result';
import type { ForceScenario } from './force-scenario';
import { ForceSimulation } from './force-simulation';

/**
 * Runs replication `replication` of `scenario` with the stream of `seed` jumped `replication`
 * times: deterministic, and independent of which thread runs which replication.
 */
export function simulateForce(scenario: ForceScenario, options: { seed: number; replication: number }): ForceRunResult {
  const random = replicationStream(options.seed, options.replication);
  return new ForceSimulation(scenario, random, options.replication, options.seed).run();
}

/**
 * A year of a force of 5,000 calls a day (700 on 999, 4,300 on 101; 500 incidents a day over 13
 * areas — Kent's size) through the full model: about 1.8 million calls, with call handling and
 * abandonment, routing, dispatch of the nearest unit, travel, shifts with abstraction and the
 * Resolution Centre. Target (issue 6): under 3 s on one core. Baseline in the same run: the bare
 * M/M/N kernel on the same number of calls, so the ratio says what the force model costs per call
 * over the simplest queue. Run: npm run bench -- packages/engine/src/simulation
 */
import { afterAll, bench, describe } from 'vitest';
import { minutes, perHour } from '../../units';
import { simulateMmn } from '../mmn/simulate-mmn';
import { createSyntheticForce } from '../testing/synthetic-force';
import { buildForceScenario } from './build-force-scenario';
import { simulateForce } from './simulate-force';

const scenario = buildForceScenario(
  createSyntheticForce({ areas: 13, incidentsPerDay: 500, emergencyCallsPerDay: 700, routineCallsPerDay: 4300, constablesPerArea: 70, callHandlers: 160, days: 365, seed: 1 }),
);
let calls = 0;

function year(replication: number): number {
  const run = simulateForce(scenario, { seed: 1, replication });
  calls = run.callsOffered.reduce((a, b) => a + b, 0);
  return run.events;
}

function kernel(): void {
  simulateMmn({ arrivalRate: perHour(5000 / 24), meanServiceTime: minutes(4.8), servers: 21, calls: 1_825_000, warmUpCalls: 0, seed: 1 });
}

describe('one year of a 5,000-calls-a-day force (about 1.8 million calls)', () => {
  bench('full force model', () => void year(0), { iterations: 3, time: 0 });
  bench('baseline: M/M/21 kernel, the same number of calls', kernel, { iterations: 3, time: 0 });
});

afterAll(() => {
  const timed = (run: () => void) => {
    const started = performance.now();
    run();
    return performance.now() - started;
  };
  const force = [0, 1, 2].map((replication) => timed(() => year(replication))).sort((a, b) => a - b)[1]!;
  const bare = [0, 1, 2].map(() => timed(kernel)).sort((a, b) => a - b)[1]!;
  console.log(
    `force model: a year, ${calls.toLocaleString('en-GB')} calls in ${(force / 1000).toFixed(2)} s (${Math.round(calls / (force / 1000)).toLocaleString('en-GB')} calls/s; target < 3 s) — ${(force / bare).toFixed(1)}× the bare M/M/N kernel's ${(bare / 1000).toFixed(2)} s (median of 3)`,
  );
});

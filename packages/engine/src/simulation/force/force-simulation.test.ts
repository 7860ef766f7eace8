import { describe, expect, it } from 'vitest';
import { HOURS_PER_WEEK } from '../../demand/hour-of-week';
import { createSyntheticForce } from '../testing/synthetic-force';
import { dispatchQueueScenario } from '../testing/queue-scenarios';
import { buildForceScenario } from './build-force-scenario';
import { RESPONSE_BINS, ROUTE_KINDS } from './force-run-result';
import { simulateForce } from './simulate-force';

const input = createSyntheticForce({ areas: 2, incidentsPerDay: 100, emergencyCallsPerDay: 100, routineCallsPerDay: 600, constablesPerArea: 30, callHandlers: 24, days: 28, seed: 1 });
const scenario = buildForceScenario(input);
const sum = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0);

describe('simulateForce on a synthetic force (2 areas, 100 incidents and 700 calls a day, 28 days)', () => {
  const run = simulateForce(scenario, { seed: 7, replication: 0 });

  it('is deterministic for a seed and replication, and replications differ', () => {
    expect(simulateForce(scenario, { seed: 7, replication: 0 })).toEqual(run);
    expect(simulateForce(scenario, { seed: 7, replication: 1 }).responseSum).not.toEqual(run.responseSum);
  });

  it('holds Little\'s law on the sample path (∫ waiting dt = Σ waits) for dispatch and calls, on every run', () => {
    for (const replication of [0, 1, 2]) {
      const check = replication === 0 ? run : simulateForce(scenario, { seed: 7, replication });
      expect(check.littlesLaw.dispatch.area).toBeGreaterThan(0);
      expect(check.littlesLaw.dispatch.relativeDifference).toBeLessThan(1e-9);
      expect(check.littlesLaw.calls.relativeDifference).toBeLessThan(1e-9);
      expect(check.overflow).toBe(0);
    }
  });

  it('accounts for every measured call and job', () => {
    expect(sum(run.callsOffered)).toBeGreaterThan(28 * 650);
    for (let c = 0; c < scenario.channels.length; c += 1) expect(run.callsAnswered[c]! + run.callsAbandoned[c]!).toBe(run.callsOffered[c]);
    for (let cell = 0; cell < run.jobs.length; cell += 1) {
      expect(run.attendedUrban[cell]! + run.attendedRural[cell]! + run.unattended[cell]!).toBe(run.jobs[cell]);
      expect(sum(run.responseHistogram.subarray(cell * RESPONSE_BINS, (cell + 1) * RESPONSE_BINS))).toBe(run.attendedUrban[cell]! + run.attendedRural[cell]!);
    }
    // Every measured incident was routed once; deployments all became jobs (Resolution Centre fallbacks add Grade 3 jobs).
    const deployIndex = ROUTE_KINDS.indexOf('deploy');
    const grade1Deployed = run.routed[0 * ROUTE_KINDS.length + deployIndex]!;
    expect(run.jobs[0]! + run.jobs[1]!).toBe(grade1Deployed);
    expect(run.resolution.contacted).toBe(run.resolution.referred);
    expect(run.resolution.resolved / run.resolution.contacted).toBeGreaterThan(0.73 - 0.06);
    expect(run.resolution.resolved / run.resolution.contacted).toBeLessThan(0.73 + 0.06);
  });

  it('puts people on duty as rostered, less abstraction (30 PCs, 5 reliefs, 3 ten-hour shifts, 22 % abstracted: 5.85 on average)', () => {
    const pool = scenario.pools.findIndex((candidate) => candidate.id === 'area-1-response:PC');
    const onDuty = sum(run.poolOnDuty.subarray(pool * HOURS_PER_WEEK, (pool + 1) * HOURS_PER_WEEK)) / (28 * 1440);
    // Rostered 6 × 30/24 shift-hours a day × 0.78 = 5.85, plus time finishing jobs after the shift.
    expect(onDuty).toBeGreaterThan(5.85 * 0.95);
    expect(onDuty).toBeLessThan(5.85 * 1.15);
  });

  it('sends Grade 1 first: its mean queue wait is below Grade 2\'s and Grade 3\'s', () => {
    const wait = (grade: number) => (run.dispatchWaitSum[grade * 2]! + run.dispatchWaitSum[grade * 2 + 1]!) / (run.dispatched[grade * 2]! + run.dispatched[grade * 2 + 1]!);
    expect(wait(0)).toBeLessThan(wait(1));
    expect(wait(1)).toBeLessThan(wait(2));
  });

  it('leaves every job of an area unattended when a plan puts nobody on duty there', () => {
    const empty = buildForceScenario({ ...input, plan: { entries: [{ area: 'area-1', role: 'PC', onDutyByHourOfWeek: new Array<number>(168).fill(0) }] } });
    const starved = simulateForce(empty, { seed: 7, replication: 0 });
    expect(starved.unattended[0]).toBe(starved.jobs[0]);
    expect(starved.attendedUrban[0]! + starved.attendedRural[0]!).toBe(0);
    expect(starved.attendedUrban[1]! + starved.attendedRural[1]!).toBeGreaterThan(0);
  });
});

describe('simulateForce mechanics on reduced scenarios', () => {
  it('travels straight line × detour at the destination\'s speed: 5 km is 5 min to a rural and 10 min to an urban location', () => {
    const base = dispatchQueueScenario({ arrivalRates: [2], meanServiceMinutes: 1, servers: 1, days: 20 });
    const scenario = {
      ...base,
      areas: [{ id: 'a', name: 'A', x: [0, 3], y: [0, 4], weight: [1, 1], urban: [1, 0] }],
      grades: base.grades.map((grade) => ({ ...grade, clock: 'dispatched' as const })),
      travel: { urbanSpeedKmh: 30, ruralSpeedKmh: 60, detourFactor: 1, setupMinutes: 0 },
    };
    const run = simulateForce(scenario, { seed: 3, replication: 0 });
    const bins = [...run.responseHistogram.subarray(0, RESPONSE_BINS).entries()].filter(([, count]) => count > 0).map(([bin]) => bin);
    expect(bins).toEqual([0, 5, 10]);
    expect(run.attendedUrban[0]! + run.attendedRural[0]!).toBe(run.jobs[0]);
  });

  it('sends two units to a type that needs two: utilisation doubles (4 units, 3 jobs/h of 20 min: 2·λ·m/N = 0.5)', () => {
    const base = dispatchQueueScenario({ arrivalRates: [3], meanServiceMinutes: 20, servers: 4, days: 200 });
    const run = simulateForce({ ...base, demandTypes: [{ id: 'job', name: 'Job', unitsRequired: 2 }] }, { seed: 4, replication: 0 });
    expect(sum(run.poolBusy) / sum(run.poolOnDuty)).toBeGreaterThan(0.5 * 0.97);
    expect(sum(run.poolBusy) / sum(run.poolOnDuty)).toBeLessThan(0.5 * 1.03);
    expect(run.littlesLaw.dispatch.relativeDifference).toBeLessThan(1e-9);
  });
});

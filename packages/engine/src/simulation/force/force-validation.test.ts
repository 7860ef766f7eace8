/**
 * The force simulator against queueing theory, through its own machinery (arrival thinning, duty
 * blocks, dispatch queues, call queues): reduced to textbook queues (testing/queue-scenarios.ts),
 * dispatch must match M/M/N with non-preemptive priority classes (Cobham 1954, the engine's
 * `priorityQueue`; with one class, Erlang C) and call handling must match Erlang A. Tolerance 2 %
 * relative on long seeded runs (about a million jobs or calls; the standard errors, estimated from
 * eight independent seeds, are 0.3–0.8 %, so 2 % is at least 2.6 of them), and
 * Little's law (sample path) on every run.
 */
import { describe, expect, it } from 'vitest';
import { erlangA } from '../../queueing/erlang-a';
import { priorityQueue } from '../../queueing/priority';
import { minutes, perHour } from '../../units';
import { callHandlingScenario, dispatchQueueScenario } from '../testing/queue-scenarios';
import { simulateForce } from './simulate-force';

const relative = (simulated: number, theory: number) => Math.abs(simulated / theory - 1);

describe('force dispatch against M/M/N with priority classes (Cobham 1954)', () => {
  it('one grade (Erlang C): mean queue wait and utilisation within 2 % — 2 units, 1 min jobs, 60 jobs/h (ρ = 0.5), 700 days', () => {
    const scenario = dispatchQueueScenario({ arrivalRates: [60], meanServiceMinutes: 1, servers: 2, days: 700 });
    const run = simulateForce(scenario, { seed: 11, replication: 0 });
    const theory = priorityQueue({ arrivalRates: [perHour(60)], meanServiceTime: minutes(1), servers: 2 });
    if (!theory.stable) throw new Error('stable case expected');
    expect(run.jobs[0]).toBeGreaterThan(1_000_000);
    expect(relative(run.dispatchWaitSum[0]! / run.dispatched[0]!, theory.meanWait[0]!)).toBeLessThan(0.02);
    const busy = run.poolBusy.reduce((a, b) => a + b, 0);
    const onDuty = run.poolOnDuty.reduce((a, b) => a + b, 0);
    expect(relative(busy / onDuty, 0.5)).toBeLessThan(0.02);
    expect(run.littlesLaw.dispatch.relativeDifference).toBeLessThan(1e-9);
    expect(run.unattended[0]).toBe(0);
  });

  it('two grades, Grade 1 first: each grade\'s mean queue wait within 2 % of Cobham\'s formula — 2 units, 20 + 40 jobs/h of 1 min, 700 days', () => {
    const scenario = dispatchQueueScenario({ arrivalRates: [20, 40], meanServiceMinutes: 1, servers: 2, days: 700 });
    const run = simulateForce(scenario, { seed: 12, replication: 0 });
    const theory = priorityQueue({ arrivalRates: [perHour(20), perHour(40)], meanServiceTime: minutes(1), servers: 2 });
    if (!theory.stable) throw new Error('stable case expected');
    for (const grade of [0, 1]) expect(relative(run.dispatchWaitSum[grade]! / run.dispatched[grade]!, theory.meanWait[grade]!)).toBeLessThan(0.02);
    expect(run.dispatchWaitSum[1]! / run.dispatched[1]!).toBeGreaterThan(1.5 * (run.dispatchWaitSum[0]! / run.dispatched[0]!));
    expect(run.littlesLaw.dispatch.relativeDifference).toBeLessThan(1e-9);
  });
});

describe('force call handling against Erlang A (M/M/N+M)', () => {
  it('abandonment and mean wait within 2 % — 10 handlers, 1 min calls, 1 min patience, 600 calls/h, 100 days', () => {
    const scenario = callHandlingScenario({ arrivalRate: 600, meanHandleMinutes: 1, meanPatienceMinutes: 1, servers: 10, days: 100 });
    const run = simulateForce(scenario, { seed: 13, replication: 0 });
    const theory = erlangA({ arrivalRate: perHour(600), meanServiceTime: minutes(1), meanPatience: minutes(1), servers: 10 });
    expect(run.callsOffered[0]).toBeGreaterThan(1_400_000);
    expect(relative(run.callsAbandoned[0]! / run.callsOffered[0]!, theory.probAbandon)).toBeLessThan(0.02);
    expect(relative(run.callWaitSum[0]! / run.callsOffered[0]!, theory.meanWait)).toBeLessThan(0.02);
    expect(run.callsAnswered[0]! + run.callsAbandoned[0]!).toBe(run.callsOffered[0]);
    expect(run.littlesLaw.calls.relativeDifference).toBeLessThan(1e-9);
  });
});

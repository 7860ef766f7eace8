import { describe, expect, it } from 'vitest';
import { erlangA, erlangC, minutes, perHour } from '@peel/engine';
import { runPeel } from '../run-peel';

// The numerical models are tested against published values in packages/engine/src/queueing; these
// tests check the commands: exact JSON keys, the same numbers as the engine, readable text, and
// exit code 1 with a message naming the option for impossible input.

function json(args: string[]) {
  const result = runPeel(['queue', ...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

describe('peel queue erlang-b', () => {
  it('--json prints { probBlock }: A = 2, N = 3 gives 4/19', () => {
    const out = json(['erlang-b', '--offered-load', '2', '--servers', '3']);
    expect(Object.keys(out)).toEqual(['probBlock']);
    expect(out.probBlock).toBeCloseTo(4 / 19, 14);
  });

  it('prints a readable line without --json', () => {
    const result = runPeel(['queue', 'erlang-b', '--offered-load', '2', '--servers', '3']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('P(block) = 0.2105263: 2 Erlangs offered to 3 server(s)\n');
  });
});

describe('peel queue erlang-c', () => {
  it('--json prints exactly { offeredLoad, probWait, meanWaitMin, serviceLevel, utilisation } (Call Centre Helper example: P(wait) 0.6821)', () => {
    const out = json(['erlang-c', '--arrival-rate', '200', '--service-min', '3', '--servers', '11', '--target-min', '0.25']);
    expect(Object.keys(out)).toEqual(['offeredLoad', 'probWait', 'meanWaitMin', 'serviceLevel', 'utilisation']);
    const engine = erlangC({ arrivalRate: perHour(200), meanServiceTime: minutes(3), servers: 11, targetWait: minutes(0.25) });
    if (!engine.stable) throw new Error('expected stable');
    expect(out).toEqual({ offeredLoad: 10, probWait: engine.probWait, meanWaitMin: engine.meanWait, serviceLevel: engine.serviceLevel, utilisation: engine.utilisation });
    expect(out.probWait).toBeCloseTo(0.6821, 4);
  });

  it('serviceLevel is null without --target-min; text names the figures', () => {
    expect(json(['erlang-c', '--arrival-rate', '200', '--service-min', '3', '--servers', '12']).serviceLevel).toBeNull();
    const text = runPeel(['queue', 'erlang-c', '--arrival-rate', '200', '--service-min', '3', '--servers', '11', '--target-min', '0.25']);
    expect(text.stdout).toMatch(/^10 Erlangs on 11 server\(s\): P\(wait\) 0\.6821, mean wait 2\.046 min, utilisation 90\.9 %; \d+\.\d % wait at most 0\.25 min\n$/);
  });

  it('λ >= Nμ: says the queue is unstable, exit 1 (and a typed JSON result with --json)', () => {
    const text = runPeel(['queue', 'erlang-c', '--arrival-rate', '200', '--service-min', '3', '--servers', '10']);
    expect(text.code).toBe(1);
    expect(text.stdout).toBe('');
    expect(text.stderr).toBe('peel: unstable: offered load 10 Erlangs is not below 10 server(s): the queue grows without bound; add servers, or model callers who hang up with `peel queue erlang-a`\n');
    const withJson = runPeel(['queue', 'erlang-c', '--arrival-rate', '200', '--service-min', '3', '--servers', '10', '--json']);
    expect(withJson.code).toBe(1);
    expect(JSON.parse(withJson.stdout)).toEqual({ unstable: true, offeredLoad: 10, servers: 10, message: 'offered load 10 Erlangs is not below 10 server(s): the queue grows without bound' });
  });
});

describe('peel queue erlang-a', () => {
  it('--json prints exactly { probWait, probAbandon, meanWaitMin, serviceLevel, utilisation }, the engine\'s numbers', () => {
    const out = json(['erlang-a', '--arrival-rate', '360', '--service-min', '4', '--servers', '25', '--patience-min', '2', '--target-min', '0.5']);
    expect(Object.keys(out)).toEqual(['probWait', 'probAbandon', 'meanWaitMin', 'serviceLevel', 'utilisation']);
    const engine = erlangA({ arrivalRate: perHour(360), meanServiceTime: minutes(4), meanPatience: minutes(2), servers: 25, targetWait: minutes(0.5) });
    expect(out).toEqual({ probWait: engine.probWait, probAbandon: engine.probAbandon, meanWaitMin: engine.meanWait, serviceLevel: engine.serviceLevel, utilisation: engine.utilisation });
  });

  it('an overloaded desk is not an error: callers hang up instead', () => {
    const out = json(['erlang-a', '--arrival-rate', '600', '--service-min', '4', '--servers', '25', '--patience-min', '3']);
    expect(out.probAbandon as number).toBeGreaterThan(0.3);
    expect(out.utilisation as number).toBeLessThanOrEqual(1);
    expect(out.serviceLevel).toBeNull();
  });
});

describe('peel queue staff', () => {
  it('--json prints { servers, posts, serviceLevel, utilisation }: 200 calls/h, 3 min, 80 % in 20 s, 30 % abstraction → 14 on duty, 20 posts', () => {
    const out = json(['staff', '--arrival-rate', '200', '--service-min', '3', '--target-min', `${20 / 60}`, '--service-level', '0.8', '--abstraction', '0.3']);
    expect(Object.keys(out)).toEqual(['servers', 'posts', 'serviceLevel', 'utilisation']);
    expect(out).toMatchObject({ servers: 14, posts: 20 });
    expect(out.serviceLevel as number).toBeGreaterThanOrEqual(0.8);
    expect(out.utilisation).toBeCloseTo(10 / 14, 14);
  });

  it('--max-utilisation can bind', () => {
    expect(json(['staff', '--arrival-rate', '96', '--service-min', '5', '--target-min', '5', '--service-level', '0.5', '--max-utilisation', '0.8']).servers).toBe(10);
  });
});

describe('peel queue priority', () => {
  it('--json prints { meanWaitMin: [per class] }, highest priority waiting least, conserving the FCFS mean', () => {
    const out = json(['priority', '--arrival-rates', '20,60,100', '--service-min', '3', '--servers', '12']);
    expect(Object.keys(out)).toEqual(['meanWaitMin']);
    const waits = out.meanWaitMin as number[];
    expect(waits).toHaveLength(3);
    expect(waits[0]).toBeLessThan(waits[1] as number);
    expect(waits[1]).toBeLessThan(waits[2] as number);
    const fcfs = erlangC({ arrivalRate: perHour(180), meanServiceTime: minutes(3), servers: 12 });
    if (!fcfs.stable) throw new Error('expected stable');
    expect((20 * (waits[0] as number) + 60 * (waits[1] as number) + 100 * (waits[2] as number)) / 180).toBeCloseTo(fcfs.meanWait, 13);
  });
});

describe('impossible input: exit 1 with a message naming the option', () => {
  it.each([
    [['erlang-b', '--offered-load', '-1', '--servers', '3'], "option '--offered-load <A>' argument '-1' is invalid. expected a number >= 0"],
    [['erlang-b', '--offered-load', 'lots', '--servers', '3'], "option '--offered-load <A>' argument 'lots' is invalid. expected a number"],
    [['erlang-c', '--arrival-rate', '200', '--service-min', '3', '--servers', '0'], "option '--servers <N>' argument '0' is invalid. expected a whole number >= 1"],
    [['erlang-c', '--arrival-rate', '200', '--service-min', '0', '--servers', '3'], "option '--service-min <m>' argument '0' is invalid. expected a number > 0"],
    [['erlang-c', '--arrival-rate', '-5', '--service-min', '3', '--servers', '3'], "option '--arrival-rate <λ>' argument '-5' is invalid"],
    [['erlang-c', '--arrival-rate', '200', '--service-min', '3'], "required option '--servers <N>' not specified"],
    [['erlang-a', '--arrival-rate', '200', '--service-min', '3', '--servers', '3', '--patience-min', '0'], "option '--patience-min <p>' argument '0' is invalid"],
    [['staff', '--arrival-rate', '200', '--service-min', '3', '--target-min', '0.3', '--service-level', '1'], "option '--service-level <s>' argument '1' is invalid. expected a fraction at least 0 and below 1"],
    [['staff', '--arrival-rate', '200', '--service-min', '3', '--target-min', '0.3', '--service-level', '0.8', '--abstraction', '1'], "option '--abstraction <a>' argument '1' is invalid"],
    [['priority', '--arrival-rates', '20,,100', '--service-min', '3', '--servers', '12'], 'class 2: expected an arrival rate >= 0 per hour, got ""'],
  ])('%j', (args, message) => {
    const result = runPeel(['queue', ...args]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('priority classes that overload the servers: unstable, exit 1', () => {
    const result = runPeel(['queue', 'priority', '--arrival-rates', '100,100', '--service-min', '3', '--servers', '10']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('peel: unstable: offered load 10 Erlangs is not below 10 server(s)');
  });
});

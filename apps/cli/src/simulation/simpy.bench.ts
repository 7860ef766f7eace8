/**
 * The same M/M/N model in Peel (`simulateMmn`, the kernel of `peel simulate mmc`) and in SimPy 3
 * (bench/mmn_simpy.py, run with /usr/bin/python3 — Debian's python3-simpy3 is importable only by
 * that interpreter), in one run: calls per second of each and the ratio. Issue 6's target: Peel at
 * least 30× SimPy. Where SimPy 3 is not installed the bench says so and compares against a naive
 * JavaScript kernel built the way SimPy is (a generator per caller, an event object per event, a
 * heap of objects) instead, so the figure printed is always a same-run ratio.
 * Run: npm run bench -- apps/cli/src/simulation
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, bench, describe } from 'vitest';
import { minutes, perHour, simulateMmn, Xoshiro128 } from '@peel/engine';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./bench/mmn_simpy.py', import.meta.url));
const MODEL = { arrivalRate: 48, serviceMin: 10, servers: 10 };
/** The same calls on both sides (SimPy runs about 100,000 calls a second: a few seconds a run). */
const CALLS = 300_000;

/** Whether SimPy 3 is importable by /usr/bin/python3. */
function simpyVersion(): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', 'import simpy; print(simpy.__version__)'], { encoding: 'utf8' });
  const version = probe.status === 0 ? probe.stdout.trim() : undefined;
  return version?.startsWith('3.') ? version : undefined;
}

function peel(calls: number): number {
  const started = performance.now();
  simulateMmn({ arrivalRate: perHour(MODEL.arrivalRate), meanServiceTime: minutes(MODEL.serviceMin), servers: MODEL.servers, calls, warmUpCalls: 0, seed: 1 });
  return performance.now() - started;
}

function simpy(calls: number): number {
  const run = spawnSync(PYTHON, [SCRIPT, String(MODEL.arrivalRate), String(MODEL.serviceMin), String(MODEL.servers), String(calls), '1'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`SimPy run failed: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { wallMs: number }).wallMs;
}

/** A naive kernel in SimPy's design: processes as generators yielding timeouts or requests, event objects in a heap of objects. */
function naive(calls: number): number {
  const started = performance.now();
  type Event = { time: number; resume: () => void };
  const heap: Event[] = [];
  const push = (event: Event) => {
    heap.push(event);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]!.time <= heap[i]!.time) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  };
  const pop = (): Event => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && heap[left]!.time < heap[smallest]!.time) smallest = left;
        if (right < heap.length && heap[right]!.time < heap[smallest]!.time) smallest = right;
        if (smallest === i) break;
        [heap[smallest], heap[i]] = [heap[i]!, heap[smallest]!];
        i = smallest;
      }
    }
    return top;
  };
  const random = Xoshiro128.fromSeed(1);
  let now = 0;
  let free = MODEL.servers;
  const waiting: (() => void)[] = [];
  let waitSum = 0;
  const run = (process: Generator<{ timeout?: number; request?: true }, void, void>) => {
    const step = () => {
      const next = process.next();
      if (next.done) return;
      if (next.value.timeout !== undefined) push({ time: now + next.value.timeout, resume: step });
      else if (free > 0) {
        free -= 1;
        push({ time: now, resume: step });
      } else waiting.push(step);
    };
    step();
  };
  function* caller(): Generator<{ timeout?: number; request?: true }, void, void> {
    const arrived = now;
    yield { request: true };
    waitSum += now - arrived;
    yield { timeout: -MODEL.serviceMin * Math.log(random.nextFloat()) };
    const next = waiting.shift();
    if (next) push({ time: now, resume: next });
    else free += 1;
  }
  function* source(): Generator<{ timeout?: number; request?: true }, void, void> {
    for (let i = 0; i < calls; i += 1) {
      run(caller());
      yield { timeout: -(60 / MODEL.arrivalRate) * Math.log(random.nextFloat()) };
    }
  }
  run(source());
  while (heap.length > 0) {
    const event = pop();
    now = event.time;
    event.resume();
  }
  if (waitSum < 0) throw new Error('impossible');
  return performance.now() - started;
}

const version = simpyVersion();
const other = version ? `SimPy ${version}` : 'naive JS kernel in SimPy\'s design (SimPy 3 not installed)';

describe(`M/M/${MODEL.servers}, λ = ${MODEL.arrivalRate}/h, service ${MODEL.serviceMin} min: Peel against ${other}`, () => {
  bench(`Peel simulateMmn, ${CALLS.toLocaleString('en-GB')} calls`, () => void peel(CALLS), { iterations: 3, time: 0 });
  bench(`${other}, ${CALLS.toLocaleString('en-GB')} calls`, () => void (version ? simpy(CALLS) : naive(CALLS)), { iterations: 3, time: 0 });
});

afterAll(() => {
  if (!version) console.log(`SimPy 3 is not importable by ${PYTHON} (Debian package python3-simpy3): comparing against a naive JS kernel in SimPy's design instead.`);
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const peelMs = median([0, 1, 2].map(() => peel(CALLS)));
  const otherMs = median([0, 1, 2].map(() => (version ? simpy(CALLS) : naive(CALLS))));
  const peelRate = CALLS / (peelMs / 1000);
  const otherRate = CALLS / (otherMs / 1000);
  console.log(
    `M/M/${MODEL.servers}: Peel ${Math.round(peelRate).toLocaleString('en-GB')} calls/s; ${other} ${Math.round(otherRate).toLocaleString('en-GB')} calls/s; Peel ${(peelRate / otherRate).toFixed(1)}× (target vs SimPy: >= 30×; median of 3)`,
  );
});

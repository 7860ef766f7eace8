/**
 * Benchmarks for the Erlang models (`npm run bench`). Machines are noisy, so every figure comes
 * with a baseline measured in the same run:
 *   - one Erlang C evaluation at N = 1,000 (target: median < 50 µs) against the naive
 *     factorial-free direct sum Σ A^k/k! (log-scaled so it does not overflow) — the textbook
 *     formula done carefully;
 *   - the sweep N = 1 … 10,000 at 95 % load, the cost of drawing a whole staffing curve;
 *   - one Erlang A evaluation at N = 1,000, against the same baseline.
 * Besides vitest's table (mean, p75, p99, and "× faster than"), afterAll prints the medians and
 * the ratio, measured by timing batches with performance.now().
 */
import { afterAll, bench, describe } from 'vitest';
import { erlangs, minutes, perHour } from '../units';
import { erlangA } from './erlang-a';
import { erlangCProbWait } from './erlang-c';

let sink = 0;

/** The naive baseline: C(N, A) from the closed form, summing A^k/k! term by term (no factorials), rescaling to avoid overflow. */
function directSumErlangC(load: number, servers: number): number {
  let term = 1; // A^k/k! in units of `scale`
  let below = 1; // Σ_{k<N} A^k/k!
  for (let k = 1; k < servers; k++) {
    term *= load / k;
    below += term;
    if (term > 1e250) {
      below /= term;
      term = 1;
    }
  }
  const top = ((term * load) / servers) * (servers / (servers - load)); // A^N/N! · N/(N − A)
  return top / (below + top);
}

function medianMicroseconds(run: () => void, batch: number, batches: number): number {
  const times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) run();
    times.push(((performance.now() - start) * 1000) / batch);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)] as number;
}

const N = 1_000;
const A = erlangs(950);

describe('Erlang C, one evaluation at N = 1,000, A = 950', () => {
  bench('erlangCProbWait (Erlang B recursion)', () => {
    sink += erlangCProbWait(A, N);
  });
  bench('baseline: direct sum of A^k/k!', () => {
    sink += directSumErlangC(A, N);
  });
});

describe('Erlang C sweep, N = 1 … 10,000 at A = 0.95·N', () => {
  bench('erlangCProbWait for every N', () => {
    for (let n = 1; n <= 10_000; n++) sink += erlangCProbWait(erlangs(0.95 * n), n);
  }, { iterations: 5, time: 0 });
  bench('baseline: direct sum for every N', () => {
    for (let n = 1; n <= 10_000; n++) sink += directSumErlangC(0.95 * n, n);
  }, { iterations: 5, time: 0 });
});

describe('Erlang A, one evaluation at N = 1,000, A = 950, patience = service time, 20 s target', () => {
  bench('erlangA', () => {
    sink += erlangA({ arrivalRate: perHour(950 * 60), meanServiceTime: minutes(1), meanPatience: minutes(1), servers: N, targetWait: minutes(1 / 3) }).probWait;
  });
  bench('baseline: direct-sum Erlang C', () => {
    sink += directSumErlangC(A, N);
  });
});

afterAll(() => {
  const engine = medianMicroseconds(() => (sink += erlangCProbWait(A, N)), 200, 301);
  const baseline = medianMicroseconds(() => (sink += directSumErlangC(A, N)), 200, 301);
  const erlangAMedian = medianMicroseconds(() => (sink += erlangA({ arrivalRate: perHour(950 * 60), meanServiceTime: minutes(1), meanPatience: minutes(1), servers: N, targetWait: minutes(1 / 3) }).probWait), 50, 301);
  const sweepStart = performance.now();
  for (let n = 1; n <= 10_000; n++) sink += erlangCProbWait(erlangs(0.95 * n), n);
  const sweepMs = performance.now() - sweepStart;
  // console, not process: the engine may not touch process (dependency rule).
  console.log(
    [
      '',
      `Erlang C at N = 1,000: median ${engine.toFixed(2)} µs (target < 50 µs); direct-sum baseline ${baseline.toFixed(2)} µs; ratio engine/baseline ${(engine / baseline).toFixed(2)}`,
      `Erlang A at N = 1,000 (with service level): median ${erlangAMedian.toFixed(2)} µs; ${(erlangAMedian / baseline).toFixed(2)} × the direct-sum Erlang C baseline`,
      `Erlang C sweep N = 1 … 10,000: ${sweepMs.toFixed(1)} ms (one run)`,
      `(checksum ${sink > 0 ? 'ok' : 'zero'})`,
      '',
    ].join('\n'),
  );
});

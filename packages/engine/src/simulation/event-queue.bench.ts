/**
 * The future-event list under the "hold" model (Jones, "An empirical comparison of priority-queue
 * and event-set implementations", CACM 29(4), 1986): with n events pending, repeatedly take the
 * earliest and schedule one new event an exponential time later. Baseline in the same run: the
 * naive list — an array kept sorted by binary-search insertion (splice), O(n) per event — the
 * structure a first discrete-event simulator usually has. Run: npm run bench -- packages/engine/src/simulation
 */
import { afterAll, bench, describe } from 'vitest';
import { EventQueue } from './event-queue';
import { Xoshiro128 } from './random/xoshiro128';

const HOLDS = 100_000;
let sink = 0;

/** The naive future-event list: a sorted array of [time, event] with insertion by binary search. */
class SortedArrayQueue {
  private readonly items: [number, number][] = [];
  get size(): number {
    return this.items.length;
  }
  push(time: number, event: number): void {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.items[middle]![0] <= time) low = middle + 1;
      else high = middle;
    }
    this.items.splice(low, 0, [time, event]);
  }
  popTime(): number {
    return this.items.shift()![0];
  }
}

function holdHeap(pending: number): void {
  const random = Xoshiro128.fromSeed(1);
  const queue = new EventQueue(pending);
  for (let i = 0; i < pending; i += 1) queue.push(-Math.log(random.nextFloat()), i);
  for (let i = 0; i < HOLDS; i += 1) {
    const time = queue.peekTime();
    sink += queue.pop();
    queue.push(time - Math.log(random.nextFloat()), i);
  }
}

function holdSorted(pending: number): void {
  const random = Xoshiro128.fromSeed(1);
  const queue = new SortedArrayQueue();
  for (let i = 0; i < pending; i += 1) queue.push(-Math.log(random.nextFloat()), i);
  for (let i = 0; i < HOLDS; i += 1) {
    const time = queue.popTime();
    sink += time;
    queue.push(time - Math.log(random.nextFloat()), i);
  }
}

for (const pending of [100, 10_000]) {
  describe(`hold model: ${HOLDS.toLocaleString('en-GB')} holds with ${pending.toLocaleString('en-GB')} events pending`, () => {
    bench('EventQueue (binary heap, typed arrays)', () => holdHeap(pending), { iterations: 5, time: 0 });
    bench('baseline: sorted array (binary search + splice)', () => holdSorted(pending), { iterations: 5, time: 0 });
  });
}

afterAll(() => {
  const time = (run: () => void) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      run();
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[2]!;
  };
  for (const pending of [100, 10_000]) {
    const heap = time(() => holdHeap(pending));
    const sorted = time(() => holdSorted(pending));
    console.log(`event queue, ${pending} pending: heap ${((heap * 1e6) / HOLDS).toFixed(0)} ns/hold, sorted array ${((sorted * 1e6) / HOLDS).toFixed(0)} ns/hold: heap ${(sorted / heap).toFixed(1)}× faster (median of 5)`);
  }
  if (sink === 42) console.log('');
});

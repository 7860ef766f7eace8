import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue';

describe('EventQueue (binary heap)', () => {
  it('pops any sequence of pushes in time order, growing past its initial capacity (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 300 }), (times) => {
        const queue = new EventQueue(2);
        times.forEach((time, index) => queue.push(time, index));
        const popped: number[] = [];
        while (queue.size > 0) {
          const time = queue.peekTime();
          const event = queue.pop();
          expect(times[event]).toBe(time);
          popped.push(time);
        }
        expect(popped).toEqual([...times].sort((a, b) => a - b));
      }),
    );
  });

  it('interleaves pushes and pops like a discrete-event run (every pop is the minimum so far)', () => {
    const queue = new EventQueue(4);
    let state = 12345;
    const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    let now = 0;
    queue.push(next(), 0);
    for (let step = 0; step < 10_000; step += 1) {
      const time = queue.peekTime();
      queue.pop();
      expect(time).toBeGreaterThanOrEqual(now);
      now = time;
      queue.push(now + next(), step);
      if (next() < 0.5) queue.push(now + next() * 3, step);
    }
  });

  it('reports Infinity when empty and rejects a bad capacity', () => {
    expect(new EventQueue().peekTime()).toBe(Infinity);
    expect(() => new EventQueue(0)).toThrow(/capacity/);
  });
});

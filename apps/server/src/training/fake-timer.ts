/** A manual {@link TrainingTimer} for tests: time moves only when told to. */
import type { TrainingTimer } from './training-timer';

interface Pending {
  id: number;
  at: number;
  callback: () => void;
}

/** The fake, and `advance(ms)` which fires every timer due by then, in time order. */
export interface FakeTrainingTimer extends TrainingTimer {
  /** Moves time forward by `ms`, firing due timers in order; after each, `afterEach` runs (e.g. wait for the work it started). */
  advance(ms: number, afterEach?: () => Promise<void>): Promise<void>;
}

/** A fake timer starting at 0 ms. */
export function createFakeTrainingTimer(): FakeTrainingTimer {
  let now = 0;
  let nextId = 1;
  const pending: Pending[] = [];
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++;
      pending.push({ id, at: now + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(handle) {
      const index = pending.findIndex((item) => item.id === handle);
      if (index >= 0) pending.splice(index, 1);
    },
    async advance(ms, afterEach) {
      const target = now + ms;
      for (;;) {
        pending.sort((a, b) => a.at - b.at || a.id - b.id);
        const due = pending[0];
        if (!due || due.at > target) break;
        pending.shift();
        now = due.at;
        due.callback();
        await afterEach?.();
      }
      now = target;
    },
  };
}

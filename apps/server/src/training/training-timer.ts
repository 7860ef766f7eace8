/** The clock and timers training mode runs on: real ones, or a fake in tests. */

/** Milliseconds and timeouts. */
export interface TrainingTimer {
  /** Milliseconds since some fixed origin. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The process's clock and timers (timers unref'd: training mode never keeps the process alive by itself). */
export const realTimer: TrainingTimer = {
  now: () => performance.now(),
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

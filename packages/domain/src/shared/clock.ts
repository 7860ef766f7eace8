/** Time comes into the domain through this port, so rules are testable at any instant. */
export interface Clock {
  now(): Date;
}

/** A clock fixed at (or advanced from) a given instant, for tests and simulation. */
export function fixedClock(start: Date): Clock & { advanceMinutes(minutes: number): void; set(instant: Date): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    advanceMinutes(minutes: number) {
      current = new Date(current.getTime() + minutes * 60_000);
    },
    set(instant: Date) {
      current = new Date(instant);
    },
  };
}

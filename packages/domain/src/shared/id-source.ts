/** Identifiers come into the domain through this port (UUIDs in production, sequences in tests). */
export interface IdSource {
  next(prefix: string): string;
}

/** Deterministic ids `prefix-1`, `prefix-2`, … for tests. */
export function sequentialIds(): IdSource {
  const counters = new Map<string, number>();
  return {
    next(prefix: string) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}-${n}`;
    },
  };
}

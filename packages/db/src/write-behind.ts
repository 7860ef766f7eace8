/**
 * Write-behind for an import session: writes run one after another on the import's transaction,
 * while the caller goes on reading and encoding the next batch. On PostgreSQL the server stores
 * batch n while this process parses batch n + 1, instead of each waiting for the other. The first
 * failure is kept and thrown by the next `submit` or by `drain`; writes queued after it are
 * skipped (the transaction is lost anyway and will be rolled back).
 */

/** A queue of writes with at most `depth` of them outstanding when `submit` returns. */
export interface WriteBehind {
  /** Queues `write` after the writes before it; resolves once at most `depth` writes are outstanding. */
  submit(write: () => Promise<void>): Promise<void>;
  /** Resolves when every queued write has finished; throws the first failure. */
  drain(): Promise<void>;
}

/** Creates a write-behind queue (depth 1: one write in progress while the caller prepares the next). */
export function createWriteBehind(depth = 1): WriteBehind {
  if (!Number.isInteger(depth) || depth < 0) throw new RangeError(`depth must be a non-negative integer, got ${depth}`);
  let tail: Promise<void> = Promise.resolve();
  const outstanding: Promise<void>[] = [];
  let failure: { error: unknown } | undefined;
  // A function, not the variable, so TypeScript does not narrow a value other callbacks set.
  const rethrow = () => {
    if (failure) throw failure.error;
  };
  return {
    async submit(write) {
      rethrow();
      const run = tail.then(() => (failure ? undefined : write()));
      tail = run.catch((error: unknown) => {
        failure ??= { error };
      });
      outstanding.push(tail);
      while (outstanding.length > depth) await outstanding.shift();
      rethrow();
    },
    async drain() {
      await tail;
      outstanding.length = 0;
      rethrow();
    },
  };
}

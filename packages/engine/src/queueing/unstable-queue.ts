/** The typed "no steady state" result shared by the queueing models that have no abandonment. */
import type { Erlangs } from '../units';

/**
 * A queue without abandonment whose offered load reaches its capacity (A ≥ N): the queue grows
 * without bound, so waits have no steady-state value. This is an honest answer about the input,
 * not an error in it, so it is returned rather than thrown (STYLE.md).
 */
export interface UnstableQueue {
  readonly stable: false;
  /** Offered load A in Erlangs. */
  readonly offeredLoad: Erlangs;
  /** Servers N (A ≥ N). */
  readonly servers: number;
  /** One sentence naming the load and the servers, for people. */
  readonly reason: string;
}

/** Builds the unstable result with its explanation. */
export function unstableQueue(offeredLoad: Erlangs, servers: number): UnstableQueue {
  const load = Number(offeredLoad.toPrecision(6));
  return {
    stable: false,
    offeredLoad,
    servers,
    reason: `offered load ${load} Erlangs is not below ${servers} server(s): the queue grows without bound`,
  };
}

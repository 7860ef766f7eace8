/**
 * The event codes of a force replication: a 32-bit integer, kind in the low 3 bits and a slot (call,
 * unit, job) above, so the event queue holds plain numbers.
 */

/** The next arrival (its class above the kind bits). */
export const ARRIVAL = 0;
/** The next duty-block start or end. */
export const ROSTER = 1;
/** A waiting caller's patience runs out (stale if the call was answered). */
export const PATIENCE = 2;
/** A call handler finishes a call. */
export const HANDLED = 3;
/** A unit reaches its job. */
export const UNIT_ARRIVES = 4;
/** A unit clears its job. */
export const UNIT_CLEARS = 5;
/** A Resolution Centre desk finishes a job. */
export const RC_DONE = 6;
/** An incident is graded and passed to dispatch while its call goes on. */
export const GRADED = 7;
/** Bits of the kind. */
export const KIND_BITS = 3;
/** Mask of the kind. */
export const KIND_MASK = 7;

/** Analytic queueing models: Erlang B/C/A, staffing, priority classes. */
export { offeredLoad } from './offered-load';
export { erlangB } from './erlang-b';
export { erlangC, erlangCProbWait, type ErlangCInput, type ErlangCResult, type ErlangCStable } from './erlang-c';
export { erlangA, type ErlangAInput, type ErlangAResult } from './erlang-a';
export { staffErlangC, postsAfterAbstraction, type StaffingInput, type StaffingResult } from './staffing';
export { priorityQueue, type PriorityInput, type PriorityResult, type PriorityStable } from './priority';
export type { UnstableQueue } from './unstable-queue';

/**
 * Rota optimisation (issue 5, "What to build" 3).
 *
 * API for callers (e.g. `peel plan`, which covers an hourly requirement with shifts):
 *
 *     const solver = await createHighsSolver();               // HiGHS in a worker thread (piscina)
 *     try {
 *       const shifts = shiftsAtEveryStart({ periods: 168, lengths: [8, 10, 12], cyclic: true });
 *       const result = await solveShiftCover({ required, shifts }, solver);
 *       // result.status 'optimal' | 'time-limit' (best found, result.gap) | 'infeasible' (result.uncoveredPeriods)
 *       // result.counts[j]: officers starting shifts[j]; result.cover[p]: on duty in period p
 *     } finally {
 *       await solver.close();
 *     }
 *
 * `required` is whole officers ON DUTY per period. Every field of the result is present whatever
 * the status (cost NaN, counts [] when infeasible). `solver` may be shared by many solves (one
 * pool; `createHighsSolver({ maxThreads: 2 })` solves two areas at once). Turn a cover into posts
 * with abstraction by `postsFromDutyHours({ dutyHoursPerWeek: result.cost when cost = hours,
 * abstraction })` or `postsFromOnDuty` (posts.ts). A fixed rotating pattern (e.g. Wiltshire's
 * five-relief CPT rota) is evaluated by `evaluateRotatingPattern` (rotating-pattern.ts).
 */
export * from './shift-cover';
export * from './shifts-at-every-start';
export * from './rota-solver';
export * from './greedy-cover';
export * from './solve-shift-cover';
export * from './create-highs-solver';
export * from './posts';
export * from './rotating-pattern';

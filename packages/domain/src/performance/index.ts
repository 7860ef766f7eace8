/**
 * Performance measures (DESIGN.md, "Evaluate"): the seeds' measures computed from the operations
 * records — attendance compliance per grade and urban/rural on the target's clock, handoffs per
 * case, end-to-end times, the Resolution Centre's resolution and contact rates, Victims' Code update
 * compliance — with 95 % intervals (Wilson for proportions, t for means), planned abstraction and
 * (not recorded) call abandonment from the model, and before/after comparison with Newcombe and
 * Welch intervals. The records come through the `PerformanceQueries` port.
 */
export * from './performance-records';
export * from './proportion';
export * from './sample-summary';
export * from './attendance-compliance';
export * from './case-measures';
export * from './resolution-centre-measures';
export * from './victim-update-measures';
export * from './model-measures';
export * from './compute-measures';
export * from './compare-periods';
export * from './measure-performance';
export * from './measure-trend';
export * from './performance-days';

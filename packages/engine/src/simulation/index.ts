/**
 * The discrete-event simulator: a binary-heap event queue, a seeded xoshiro128** stream, the M/M/N
 * kernel validated against Erlang C and A, and the force model (calls, call handling, routing,
 * dispatch, travel, shifts and abstraction, Resolution Centre) with KPIs over replications.
 */
export { EventQueue } from './event-queue';
export { Xoshiro128, replicationStream, splitMix64 } from './random/xoshiro128';
export { binomial, exponential, lognormal, lognormalParameters, standardNormal, type LognormalParameters } from './random/distributions';
export { buildAliasTables, sampleAlias, type AliasTables } from './random/alias-table';
export { studentTCdf, studentTQuantile, logGamma, regularizedBeta } from './statistics/student-t';
export { confidenceInterval, type Estimate } from './statistics/confidence-interval';
export { simulateMmn, type LittlesLawCheck, type MmnInput, type MmnResult } from './mmn/simulate-mmn';
export type * from './force/force-scenario';
export type * from './force/simulation-model';
export { DEFAULT_FORCE_OPTIONS, KENT_CALLS_PER_INCIDENT, describeOptions, type ForceOptions } from './force/force-assumptions';
export { buildForceScenario, type BuildForceScenarioInput, type DemandRate, type ScenarioDemandTypeSpec } from './force/build-force-scenario';
export { applyPlan, type DutyPlan, type DutyPlanEntry } from './force/apply-plan';
export { clockMinutes, planBlocks, shiftBlocks, teamAbstraction } from './force/compile-duty';
export { matchRule, type RoutableDemand } from './force/compile-routing';
export { FALLBACK_WARD_KM2, projectGeography, type GeographyLocation, type LocationsByArea } from './force/scenario-geography';
export { simulationGradeMix, type SimulationGradeMix } from './force/simulation-grade-mix';
export { simulateForce } from './force/simulate-force';
export { ArrivalProcess } from './force/arrival-process';
export { createRunResult, RESPONSE_BINS, ROUTE_KINDS, type ForceRunResult, type SamplePathCheck } from './force/force-run-result';
export { RESPONSE_DISTRIBUTION_MINUTES, summariseForceRuns, type AttendanceKpis, type ChannelKpis, type ForceKpis, type GradeKpis, type PoolKpis } from './force/summarise-force-runs';
export { createSyntheticForce, type SyntheticForceOptions } from './testing/synthetic-force';

/**
 * The establishment plan (`planForce`) and the allocation maths it is built on: one export line in
 * the engine's index serves both.
 */
export * from '../allocation/index';
export type * from './plan-types';
export { PLAN_METHODS } from './plan-types';
export type * from './planning-model';
export { DEFAULT_PLAN_OPTIONS, describePlanOptions, type PlanOptions } from './plan-options';
export { DEFAULT_IMPACT_WEIGHT } from './area-workload';
export { PlanOverrideError } from './resolve-overrides';
export { planForce, type AreaGround, type PlanForceInput } from './plan-force';
export { comparePlans, type PlanComparison, type Side } from './compare-plans';
export { mergeAreas, scaleAbstraction, WhatIfError, type AbstractionModel, type MergeableModel } from './what-if';

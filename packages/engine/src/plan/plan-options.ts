/**
 * What the plan assumes where the model and the data are silent. The travel and dispatch figures
 * are the simulator's (force-assumptions.ts), so a plan and `peel simulate --plan` of it agree on
 * the world; every value is named in the plan's notes.
 */
import { DEFAULT_FORCE_OPTIONS } from '../simulation/force/force-assumptions';
import { FALLBACK_WARD_KM2 } from '../simulation/force/scenario-geography';
import type { TravelMetric } from '../travel/square-root-law';

/** The tunable assumptions of a plan. */
export interface PlanOptions {
  urbanSpeedKmh: number;
  ruralSpeedKmh: number;
  /** Minutes from the call being answered to an officer moving: grading + turn-out. */
  delayMinutes: number;
  metric: TravelMetric;
  /** Grade 1 compliance target when the model's grade gives none, percent. */
  defaultCompliancePercent: number;
  /** Wall-clock limit of each rota solve, seconds. */
  rotaTimeLimitSeconds: number;
  /** km² a ward stands for when no boundary areas are given. */
  fallbackWardKm2: { urban: number; rural: number };
}

/** The defaults. */
export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
  urbanSpeedKmh: DEFAULT_FORCE_OPTIONS.urbanSpeedKmh,
  ruralSpeedKmh: DEFAULT_FORCE_OPTIONS.ruralSpeedKmh,
  delayMinutes: DEFAULT_FORCE_OPTIONS.gradingMinutes + DEFAULT_FORCE_OPTIONS.setupMinutes,
  metric: 'right-angle',
  defaultCompliancePercent: 90,
  rotaTimeLimitSeconds: 10,
  fallbackWardKm2: FALLBACK_WARD_KM2,
};

/** The assumptions in words, for the plan's notes. */
export function describePlanOptions(options: PlanOptions): string[] {
  return [
    `Grade 1 travel: square-root law (Kolesar & Blum 1973), ${options.metric} distance, ${options.urbanSpeedKmh} km/h urban, ${options.ruralSpeedKmh} km/h rural, ${options.delayMinutes} min from the call being answered to an officer moving (grading and turn-out; assumption, as the simulator's)`,
    'Grade 1 queue: officers on duty serve every grade routed to them as an M/M/N queue with non-preemptive priority by grade (Cobham 1954); a job holds as many officers as its demand type requires, for the time its role takes (the largest listed time when the role is not listed)',
    'posts from a rota: duty hours a week ÷ 40 contracted hours (Police Regulations 2003, Annex E) ÷ (1 − abstraction); on duty from posts: posts ÷ reliefs × (1 − abstraction) × the pattern\'s shifts on duty in the hour',
  ];
}

/**
 * The duty plan a force simulation runs when asked to test an establishment plan: for each
 * response team × role the plan analysed, the officers it expects on duty in each hour of the week
 * with the plan's final posts (`final.onDuty`: posts ÷ reliefs × (1 − abstraction) × the pattern's
 * shifts on duty) rounded to whole officers. Those entries replace the model's rostering of the
 * team and role; every other team is simulated as the model rosters it.
 */
import type { DutyPlan, ForcePlan } from '@peel/engine';

/** The duty plan of `plan`'s response cells (see the file comment); empty when the plan has none. */
export function dutyPlanOfForcePlan(plan: Pick<ForcePlan, 'response'>): DutyPlan {
  return {
    entries: plan.response.map((cell) => ({
      team: cell.team,
      role: cell.role,
      onDutyByHourOfWeek: cell.final.onDuty.map((officers) => Math.max(0, Math.round(officers))),
    })),
  };
}

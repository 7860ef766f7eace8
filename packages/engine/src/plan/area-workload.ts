/**
 * Workload by area and role, the Wiltshire method: for every role, Σ over demand types of
 * count × time the role takes × impact weight ("What type of work is done by the different roles?
 * How impactful is this demand on the role? How much time does it take?" — seed 001). Counts are a
 * week's expected jobs: each hour-of-week rate is jobs per hour in that hour, and each hour of the
 * week occurs once a week, so Σ over hours of a rate is jobs a week. The result is in
 * impact-weighted hours a week.
 */
import type { DemandRate, ScenarioDemandTypeSpec } from '../simulation/force/build-force-scenario';
import type { PlanningDemandType } from './planning-model';

/** Impact weight of a demand type the model does not describe (a data.police.uk category it leaves unmapped). */
export const DEFAULT_IMPACT_WEIGHT = 1;

/** Workload of one role in one area, impact-weighted hours a week. */
export type AreaWorkload = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** Impact-weighted hours a week by area, then role (see the file comment). */
export function areaWorkload(params: {
  rates: readonly DemandRate[];
  demandTypes: readonly ScenarioDemandTypeSpec[];
  modelTypes: readonly Pick<PlanningDemandType, 'id' | 'impactWeight'>[];
}): AreaWorkload {
  const { rates, demandTypes, modelTypes } = params;
  const types = new Map(demandTypes.map((type) => [type.id, type]));
  const impact = new Map(modelTypes.map((type) => [type.id, type.impactWeight]));
  const result = new Map<string, Map<string, number>>();
  rates.forEach((rate, index) => {
    const type = types.get(rate.demandType);
    if (!type) throw new RangeError(`rates[${index}].demandType: '${rate.demandType}' is not among the demand types given`);
    if (!(Number.isFinite(rate.perHour) && rate.perHour >= 0)) throw new RangeError(`rates[${index}].perHour: expected a number >= 0, got ${rate.perHour}`);
    const weight = impact.get(type.id) ?? DEFAULT_IMPACT_WEIGHT;
    const byRole = result.get(rate.area) ?? new Map<string, number>();
    for (const [role, minutes] of Object.entries(type.timeTakenMinutes)) byRole.set(role, (byRole.get(role) ?? 0) + (rate.perHour * minutes * weight) / 60);
    result.set(rate.area, byRole);
  });
  return result;
}

/** The workload of `role` summed over `areas`. */
export function workloadOver(workload: AreaWorkload, areas: readonly string[], role: string): number {
  return areas.reduce((sum, area) => sum + (workload.get(area)?.get(role) ?? 0), 0);
}

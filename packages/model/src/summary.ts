/** One-line and structured summaries of a model, as `peel model validate` prints them. */
import { headcountByRole } from './check/headcount';
import type { PolicingModel } from './schema/model';

/** The headline numbers of a model. */
export interface ModelSummary {
  id: string;
  force: string;
  areas: number;
  wards: number;
  lsoas: number;
  teams: number;
  shiftPatterns: number;
  headcountByRole: Record<string, number>;
  totalHeadcount: number;
  scenarios: number;
  assumptions: number;
}

/** Computes the {@link ModelSummary}. */
export function summariseModel(model: PolicingModel): ModelSummary {
  const byRole = headcountByRole(model.teams);
  return {
    id: model.id,
    force: model.force,
    areas: model.geography.areas.length,
    wards: model.geography.areas.reduce((sum, area) => sum + area.wards.length, 0),
    lsoas: model.geography.areas.reduce((sum, area) => sum + (area.lsoas?.length ?? 0), 0),
    teams: model.teams.length,
    shiftPatterns: model.shiftPatterns.length,
    headcountByRole: byRole,
    totalHeadcount: Object.values(byRole).reduce((sum, value) => sum + value, 0),
    scenarios: model.scenarios?.length ?? 0,
    assumptions: model.assumptions?.length ?? 0,
  };
}

/** "Kent Police: 13 areas, 310 wards, 40 teams; headcount PC 1200, PCSO 300 (total 1500)". */
export function formatSummaryLine(summary: ModelSummary): string {
  const roles = Object.entries(summary.headcountByRole)
    .sort(([, a], [, b]) => b - a)
    .map(([role, n]) => `${role} ${n}`)
    .join(', ');
  return `${summary.force}: ${summary.areas} areas, ${summary.wards} wards, ${summary.teams} teams; headcount ${roles} (total ${summary.totalHeadcount})`;
}

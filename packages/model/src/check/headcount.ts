/** Headcount arithmetic over a model's teams. */
import type { PolicingModel, Team } from '../schema/model';

/** Total headcount per role across the given teams (all teams by default). */
export function headcountByRole(teams: readonly Team[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const team of teams) {
    for (const [role, spec] of Object.entries(team.roles)) totals[role] = (totals[role] ?? 0) + spec.headcount;
  }
  return totals;
}

/** The teams that cover an area (listing it, or `all`). */
export function teamsCovering(model: PolicingModel, areaId: string): Team[] {
  return model.teams.filter((team) => team.areas.includes('all') || team.areas.includes(areaId));
}

/**
 * Units on duty for `peel start` (when the force has none yet): for every team the model's routing
 * rules deploy, in each of its areas, one single-crewed unit per officer of the rule's first role
 * on shift now — headcount in the area × (1 − abstraction) ÷ rotating reliefs, at least one and at
 * most {@link MAX_UNITS_PER_TEAM_AREA} — with call signs from the team's template, placed at the
 * area's ward centroids in turn (no position when no ward boundaries are stored).
 */
import { createBoundaryRepository, createOperationsRepositories, type DatabaseHandle } from '@peel/db';
import { createUnit, type Clock, type IdSource } from '@peel/domain';
import type { PolicingModel } from '@peel/model';

/** A cap, so a large force's demo board stays readable. */
export const MAX_UNITS_PER_TEAM_AREA = 10;

/** Route kinds that send units. */
const ATTENDING_ROUTES = new Set(['deploy', 'scheduled-appointment']);

/** Books the units unless the model's teams have some on duty; returns how many are on duty and how many were booked now. */
export async function bookStartUnits(params: { handle: DatabaseHandle; model: PolicingModel; clock: Clock; ids: IdSource }): Promise<{ onDuty: number; booked: number }> {
  const { handle, model, clock, ids } = params;
  const { units } = createOperationsRepositories(handle.db);
  const teamIds = new Set(model.teams.map((team) => team.id));
  const existing = (await units.listOnDuty()).filter((unit) => teamIds.has(unit.teamId));
  if (existing.length > 0) return { onDuty: existing.length, booked: 0 };

  const districts = [...new Set(model.geography.areas.flatMap((area) => area.districts))];
  const wardCentroids = new Map((await createBoundaryRepository(handle.db).listBoundaries({ level: 'ward', districts })).map((ward) => [ward.code, ward.centroid]));
  const abstraction = Math.min(0.9, Object.values(model.abstractionPercent).reduce((sum, percent) => sum + percent, 0) / 100);
  let booked = 0;
  for (const { team, role } of attendingTeams(model)) {
    const areaIds = team.areas.includes('all') ? model.geography.areas.map((area) => area.id) : team.areas;
    const reliefs = model.shiftPatterns.find((pattern) => pattern.id === team.shiftPattern)?.rotatingTeams ?? 1;
    const perArea = (team.roles[role]?.headcount ?? 0) / areaIds.length;
    const count = Math.min(MAX_UNITS_PER_TEAM_AREA, Math.max(1, Math.round((perArea * (1 - abstraction)) / reliefs)));
    for (const areaId of areaIds) {
      const area = model.geography.areas.find((candidate) => candidate.id === areaId);
      const centroids = (area?.wards ?? []).map((ward) => wardCentroids.get(ward.code)).filter((centroid) => centroid !== undefined);
      for (let index = 0; index < count; index += 1) {
        const centroid = centroids[index % Math.max(1, centroids.length)];
        await createUnit(
          {
            teamId: team.id,
            areaId,
            ...(team.shiftPattern ? { relief: 1 } : {}),
            officers: [{ officerId: `${team.id}-${areaId}-${role}-${index + 1}`.toLowerCase(), role }],
            ...(centroid ? { position: { lon: centroid[0], lat: centroid[1] } } : {}),
          },
          { model, units, clock, ids },
        );
        booked += 1;
      }
    }
  }
  return { onDuty: booked, booked };
}

/** Each team an attending routing rule names (by id or kind) with the rule's first role the team has. */
function attendingTeams(model: PolicingModel): { team: PolicingModel['teams'][number]; role: string }[] {
  const chosen = new Map<string, { team: PolicingModel['teams'][number]; role: string }>();
  for (const rule of model.routing) {
    if (!ATTENDING_ROUTES.has(rule.route)) continue;
    for (const team of model.teams) {
      if (chosen.has(team.id)) continue;
      if (rule.team !== team.id && (rule.teamKind === undefined || rule.teamKind !== team.kind)) continue;
      const role = (rule.roles ?? Object.keys(team.roles)).find((candidate) => team.roles[candidate] !== undefined);
      if (role) chosen.set(team.id, { team, role });
    }
  }
  return [...chosen.values()];
}

/** A stored plan override (the repository's row) as the engine's `planForce` takes it: its id, the cell, ± posts, who, why and when. */
import type { StoredPlanOverride } from '@peel/domain';
import type { PlanOverride } from '@peel/engine';

/** `row` as a PlanOverride. */
export function planOverrideOfStored(row: StoredPlanOverride): PlanOverride {
  return {
    id: String(row.id),
    ...(row.areaId === null ? {} : { area: row.areaId }),
    ...(row.teamId === null ? {} : { team: row.teamId }),
    role: row.role,
    delta: row.delta,
    who: row.createdBy,
    why: row.reason,
    at: row.createdAt.toISOString(),
  };
}

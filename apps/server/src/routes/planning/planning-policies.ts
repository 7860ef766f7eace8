/**
 * The planning routes' entries of the policy table (spread into ../../authorization/policy-table.ts).
 * Planners: analysts (force-wide), supervisors (their area: its demand, its teams' cells, their
 * overrides) and, to read and simulate, admins. Overrides are changed by analysts and supervisors.
 */
import type { RoutePolicy } from '../../authorization/route-policy';

const READERS = { analyst: 'force', supervisor: 'area', admin: 'force' } as const;
const PLANNERS = { analyst: 'force', supervisor: 'area' } as const;

/** Route id → policy. */
export const PLANNING_POLICIES = {
  'GET /api/planning/models': { roles: READERS },
  'GET /api/planning/models/:modelId/geography': { roles: READERS },
  'GET /api/planning/models/:modelId/demand': { roles: READERS },
  'GET /api/planning/models/:modelId/hotspots': { roles: READERS },
  'GET /api/planning/models/:modelId/plan': { roles: READERS },
  'GET /api/planning/models/:modelId/cover': { roles: READERS },
  'GET /api/planning/models/:modelId/compare': { roles: READERS },
  'GET /api/planning/models/:modelId/overrides': { roles: READERS },
  'POST /api/planning/models/:modelId/overrides': { roles: PLANNERS },
  'POST /api/planning/models/:modelId/overrides/:overrideId/withdraw': { roles: PLANNERS },
  'POST /api/planning/models/:modelId/simulations': { roles: READERS },
} as const satisfies Record<string, RoutePolicy>;

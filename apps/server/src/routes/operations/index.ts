/** The operations routes (incidents, units, dispatch), in registration order; policies in ../../authorization/policy-table.ts. */
import type { RouteRegistration } from '../peel-server';
import { registerAssignments } from './assignments';
import { registerIncidentDecisions } from './incident-decisions';
import { registerIncidentRead } from './incident-read';
import { registerIncidents } from './incidents';
import { registerRecommendations } from './recommendations';
import { registerUnitStatus } from './unit-status';
import { registerUnits } from './units';

export { buildOperationsSetup, operationsSetup, setOperationsSetup, type OperationsSetup } from './operations-setup';

/** Every operations route registration. */
export const OPERATIONS_ROUTES: readonly RouteRegistration[] = [registerUnits, registerIncidents, registerRecommendations, registerAssignments, registerIncidentRead, registerIncidentDecisions, registerUnitStatus];

/** The victim routes (issue 7; Victims' Code 2020, right 6), in registration order; policies in ../../authorization/policy-table.ts. */
import type { RouteRegistration } from '../peel-server';
import { registerCaseVictims } from './case-victims';
import { registerInvestigationEvents } from './investigation-events';
import { registerVictimChanges } from './victim-changes';
import { registerVictimDeadlines } from './victim-deadlines';

/** Every victim route registration. */
export const VICTIM_ROUTES: readonly RouteRegistration[] = [registerCaseVictims, registerInvestigationEvents, registerVictimChanges, registerVictimDeadlines];

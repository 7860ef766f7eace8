/** The control room's read routes (queue, incident history, unit board, form reference, ward boundaries); policies in ../../authorization/policy-table.ts. */
import type { RouteRegistration } from '../peel-server';
import { registerAreaBoundaries } from './area-boundaries';
import { registerControlRoomReference } from './control-room-reference';
import { registerIncidentHistory } from './incident-history';
import { registerIncidentQueue } from './incident-queue';
import { registerUnitBoard } from './unit-board';

/** Every control-room route registration. */
export const CONTROL_ROOM_ROUTES: readonly RouteRegistration[] = [registerIncidentQueue, registerIncidentHistory, registerUnitBoard, registerControlRoomReference, registerAreaBoundaries];

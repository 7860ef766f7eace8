/** A unit: a crew on duty with a call sign, a status and a last known position. */
import type { Power, TeamKind } from '@peel/model';
import type { GeoPoint } from './geo-point';
import type { UnitStatus } from './unit-status';

/** An officer crewing a unit, with their role key in the model (PC, PCSO, PS…) and own skills. */
export interface OnDutyOfficer {
  readonly officerId: string;
  /** A key of the model's `roles`. */
  readonly role: string;
  /** Skills this officer holds beyond their role's (e.g. "taser", "advanced-driver"). */
  readonly skills?: readonly string[];
}

/**
 * What a unit can do, fixed from the model when the crew booked on: the union over its officers
 * of their roles, their roles' powers, and their roles' and their own skills (each sorted).
 */
export interface UnitCapabilities {
  readonly roles: readonly string[];
  readonly powers: readonly Power[];
  readonly skills: readonly string[];
  readonly officerCount: number;
}

/** A last known position and when it was reported. */
export interface UnitPosition extends GeoPoint {
  readonly at: Date;
}

/** A unit for one tour of duty (see unit-status.ts for its life). */
export interface Unit {
  readonly id: string;
  /** Rendered from the team's call-sign template; unique among units not off duty. */
  readonly callSign: string;
  readonly teamId: string;
  readonly teamKind: TeamKind;
  /** The model area the unit is posted to. */
  readonly areaId: string;
  /** The relief (rotating shift team) number, when the team works a shift pattern. */
  readonly relief?: number;
  /** The shift of the pattern being worked (e.g. "late"). */
  readonly shiftId?: string;
  readonly officers: readonly OnDutyOfficer[];
  readonly capabilities: UnitCapabilities;
  readonly status: UnitStatus;
  readonly statusSince: Date;
  /** The live incident: set exactly while the status is dispatched, en-route or on-scene. */
  readonly incidentId?: string;
  readonly position?: UnitPosition;
  readonly bookedOnAt: Date;
}

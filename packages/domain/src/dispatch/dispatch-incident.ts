/**
 * The least dispatch needs to know about an incident. It is structural on purpose: the incidents
 * module keeps the full record (THRIVE+, grade history, timeline) and hands dispatch this view.
 */
import type { TeamKind } from '@peel/model';
import type { AttendanceTarget } from './attendance-target';
import type { GeoPoint, UrbanOrRural } from './geo-point';
import type { UnitRequirements } from './unit-requirements';

/** An incident as dispatch sees it. */
export interface DispatchIncident {
  readonly id: string;
  /** The confirmed grade number. */
  readonly grade: number;
  readonly location: GeoPoint;
  /** The model area the location falls in. */
  readonly areaId: string;
  /** The class of the location (of its ward): sets the target and the travel speed. */
  readonly urbanRural: UrbanOrRural;
  /** What a unit must have to be sent (hard filter). */
  readonly requirements: UnitRequirements;
  /** Team kinds the routing rule names (e.g. response): others rank lower but are not excluded. */
  readonly preferredTeamKinds?: readonly TeamKind[];
  /** When the call was answered (the "call answered" clock). */
  readonly callAnsweredAt: Date;
  /** When the grade whose target applies was confirmed (the "graded" clock). */
  readonly gradedAt?: Date;
  /** The attendance target of the grade for this place, when it has one (see attendanceTargetFor). */
  readonly attendanceTarget?: AttendanceTarget;
}

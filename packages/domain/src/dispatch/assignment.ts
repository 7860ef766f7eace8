/** An assignment: one unit sent to one incident, with the times of its status flow. */

/** Why an assignment ended: the unit cleared the scene, or was stood down before arriving. */
export type AssignmentEnd = 'cleared' | 'stood-down';

/**
 * A unit's assignment to an incident. It is live until `endedAt` is set; a unit has at most one
 * live assignment (the atomic contract of UnitRepository.assignUnit).
 */
export interface Assignment {
  readonly id: string;
  readonly unitId: string;
  readonly incidentId: string;
  /** When the unit was assigned (the "dispatched" clock). */
  readonly dispatchedAt: Date;
  /** When the unit reported it was on its way (the "en route" clock). */
  readonly enRouteAt?: Date;
  /** When the unit reported it was on scene (the "arrived" clock). */
  readonly arrivedAt?: Date;
  readonly endedAt?: Date;
  readonly endReason?: AssignmentEnd;
}

/** True while the assignment holds its unit. */
export function isLiveAssignment(assignment: Assignment): boolean {
  return assignment.endedAt === undefined;
}

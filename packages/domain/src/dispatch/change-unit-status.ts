/**
 * A unit's status flow after dispatch: en route, on scene, cleared (back to available) or stood
 * down; and the statuses without an incident (committed, available again, off duty). The
 * transition table (unit-status.ts) is the rule; the assignment's timestamps follow the status.
 */
import { DomainError } from '../shared/domain-error';
import type { Clock } from '../shared/clock';
import type { Assignment } from './assignment';
import type { UnitRepository } from './unit-repository';
import { assertUnitTransition, isLiveUnitStatus, type UnitStatus } from './unit-status';

/** A status a unit can be moved to directly ('dispatched' comes only from an assignment). */
export type ReportableUnitStatus = Exclude<UnitStatus, 'dispatched'>;

/** The outcome of {@link changeUnitStatus}. */
export interface UnitStatusChanged {
  readonly unitId: string;
  readonly from: UnitStatus;
  readonly to: UnitStatus;
  readonly at: Date;
  /** The assignment the change touched (timestamp set, or ended), when the unit had one. */
  readonly assignment?: Assignment;
}

/**
 * Moves a unit to `to` at the clock's now. Throws NOT_FOUND (unitId) for an unknown unit,
 * VALIDATION (to) for 'dispatched' (use assignUnitToIncident), INVALID_TRANSITION naming both
 * states for a move the table forbids, and CONFLICT when the unit changed meanwhile.
 *
 * On the live assignment: en-route sets enRouteAt, on-scene sets arrivedAt, and available ends it —
 * 'cleared' from on scene, 'stood-down' before arrival.
 */
export async function changeUnitStatus(
  request: { readonly unitId: string; readonly to: ReportableUnitStatus },
  context: { readonly units: UnitRepository; readonly clock: Clock },
): Promise<UnitStatusChanged> {
  const { units, clock } = context;
  const { unitId, to } = request;
  if ((to as UnitStatus) === 'dispatched') {
    throw new DomainError('VALIDATION', "to: a unit becomes 'dispatched' only by being assigned to an incident", 'to');
  }
  const unit = await units.get(unitId);
  if (!unit) throw new DomainError('NOT_FOUND', `unitId: no unit ${unitId}`, 'unitId');
  assertUnitTransition(unit.status, to, unit.callSign);
  const at = clock.now();

  let assignment: Assignment | undefined;
  if (isLiveUnitStatus(unit.status)) {
    const live = await units.getLiveAssignment(unitId);
    if (!live) throw new DomainError('CONFLICT', `unit ${unit.callSign} is '${unit.status}' but holds no live assignment`, 'unitId');
    assignment = advanceAssignment(live, unit.status, to, at);
  }
  await units.changeStatus({ unitId, from: unit.status, to, at, ...(assignment ? { assignment } : {}) });
  return { unitId, from: unit.status, to, at, ...(assignment ? { assignment } : {}) };
}

/** The assignment after its unit moves from `from` (a live status) to `to`. */
function advanceAssignment(live: Assignment, from: UnitStatus, to: UnitStatus, at: Date): Assignment {
  switch (to) {
    case 'en-route':
      return { ...live, enRouteAt: at };
    case 'on-scene':
      return { ...live, arrivedAt: at };
    default:
      return { ...live, endedAt: at, endReason: from === 'on-scene' ? 'cleared' : 'stood-down' };
  }
}

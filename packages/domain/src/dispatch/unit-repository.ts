/**
 * The storage port for units and assignments. packages/db implements it on PGlite and PostgreSQL;
 * testing/in-memory-unit-repository.ts implements it in memory. Every implementation must pass the
 * shared suite in testing/unit-repository.case.ts.
 *
 * The rule "a unit can never hold two live incidents" (DESIGN.md) is an ATOMIC contract of
 * {@link UnitRepository.assignUnit}: the check that the unit is free and the write that takes it
 * happen in one transaction, so of any number of concurrent calls for one free unit exactly one
 * succeeds and every other fails with UNIT_UNAVAILABLE — however the calls interleave. The domain
 * checks availability first for a clear early error, but only the repository's commit decides.
 * (In SQL: `UPDATE units SET status = 'dispatched', incident_id = $2 … WHERE id = $1 AND status =
 * 'available' RETURNING …` — zero rows means UNIT_UNAVAILABLE — plus a unique partial index on the
 * live assignment of a unit, or `SELECT … FOR UPDATE` on the unit row.)
 */
import type { Assignment } from './assignment';
import type { Unit, UnitPosition } from './unit';
import type { UnitStatus } from './unit-status';

/** A recorded change of status (the unit's timeline). `from` is undefined when the unit is created. */
export interface UnitStatusEvent {
  readonly unitId: string;
  readonly from?: UnitStatus;
  readonly to: UnitStatus;
  readonly at: Date;
  /** The incident the unit holds after the change (dispatched, en route, on scene). */
  readonly incidentId?: string;
}

/** A status change, computed by the domain and committed by {@link UnitRepository.changeStatus}. */
export interface UnitStatusChange {
  readonly unitId: string;
  /** The status the domain read; the change commits only if the unit is still in it. */
  readonly from: UnitStatus;
  readonly to: UnitStatus;
  readonly at: Date;
  /** The unit's live assignment as it is after the change (a timestamp set, or ended), when it has one. */
  readonly assignment?: Assignment;
}

/** Units on duty and their assignments. */
export interface UnitRepository {
  /**
   * Stores a new unit and its first status event. Atomic: fails with CONFLICT (DomainError) when a
   * unit that is not off duty already has the same call sign (field "callSign") or any of the same
   * officers (field "officers").
   */
  create(unit: Unit): Promise<void>;
  /** The unit, or undefined. */
  get(unitId: string): Promise<Unit | undefined>;
  /** Every unit whose status is not off-duty, optionally of one team, ordered by call sign. */
  listOnDuty(filter?: { readonly teamId?: string }): Promise<Unit[]>;
  /**
   * Records a position report. Keeps the newer of the stored and the given position (reports may
   * arrive out of order), atomically. NOT_FOUND for an unknown unit.
   */
  updatePosition(unitId: string, position: UnitPosition): Promise<void>;
  /**
   * ATOMIC: assigns the unit to the incident at `at` — in one transaction, if and only if at commit
   * time the unit exists (else NOT_FOUND), its status is 'available' and it holds no live assignment
   * (else UNIT_UNAVAILABLE): sets the unit's status to 'dispatched', statusSince to `at` and
   * incidentId to `incidentId`; creates and returns the live Assignment (a new id, dispatchedAt =
   * `at`); records the status event. Concurrent calls for one free unit: exactly one succeeds.
   */
  assignUnit(unitId: string, incidentId: string, at: Date): Promise<Assignment>;
  /**
   * ATOMIC compare-and-set: if the unit's status is still `change.from`, sets it to `change.to`
   * and statusSince to `change.at`; clears incidentId when `to` is not dispatched, en-route or
   * on-scene; writes `change.assignment` when given; records the status event. Otherwise fails with
   * CONFLICT (someone changed the unit meanwhile). NOT_FOUND for an unknown unit. It does not check
   * the transition table: the domain has (changeUnitStatus), and 'dispatched' only comes from assignUnit.
   */
  changeStatus(change: UnitStatusChange): Promise<void>;
  /** The unit's live assignment (endedAt unset), or undefined. */
  getLiveAssignment(unitId: string): Promise<Assignment | undefined>;
  /** Every assignment to the incident, live or ended, by dispatch time. */
  listAssignments(incidentId: string): Promise<Assignment[]>;
  /** The unit's status events, oldest first. */
  listStatusEvents(unitId: string): Promise<UnitStatusEvent[]>;
}

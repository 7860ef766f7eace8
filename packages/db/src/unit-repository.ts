/**
 * The {@link UnitRepository} port over drizzle. Every state change is one transaction.
 *
 * `assignUnit` is the rule "a unit can never be assigned to two live incidents" (DESIGN.md), and
 * the database enforces it, not this code: the unit is taken by compare-and-set (`UPDATE units SET
 * status = 'dispatched' … WHERE id = $1 AND status = 'available'`), which row-locks it, so of
 * concurrent callers exactly one updates a row and the rest — re-checking the condition once the
 * winner commits (PostgreSQL's READ COMMITTED re-evaluation) — update none and get
 * UNIT_UNAVAILABLE; and the live assignment it inserts is guarded by the unique partial index
 * `assignments_one_live_per_unit` (`unit_id WHERE ended_at IS NULL`), whose violation (23505) is
 * also UNIT_UNAVAILABLE. On PGlite (one connection) the transactions simply run one at a time.
 */
import { randomUUID } from 'node:crypto';
import { DomainError, isLiveUnitStatus, type IdSource, type Unit, type UnitRepository } from '@peel/domain';
import { and, asc, eq, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from './database';
import { violatedUniqueConstraint } from './pg-error';
import { assignments, unitOfficers, units, unitStatusEvents } from './schema';
import { selectUnits as selectVersionedUnits } from './select-units';
import { officerRows, toAssignment, toStatusEvent, unitRow } from './unit-rows';

/** Options of {@link createUnitRepository}. */
export interface UnitRepositoryOptions {
  /** Assignment ids; default `assignment-<random UUID>`. */
  readonly ids?: IdSource;
}

const randomIds: IdSource = { next: (prefix) => `${prefix}-${randomUUID()}` };

/** Creates the unit repository on an open, migrated database (or a transaction: methods become savepoints). */
export function createUnitRepository(db: Database, options: UnitRepositoryOptions = {}): UnitRepository {
  const ids = options.ids ?? randomIds;

  /** The units `where` selects, with their crews, by call sign. */
  const selectUnits = async (where: SQL) => (await selectVersionedUnits(db, where)).map((selected) => selected.unit);
  const describe = async (unitId: string, exec: Database = db) => {
    const [found] = await exec.select({ callSign: units.callSign, status: units.status, incidentId: units.incidentId }).from(units).where(eq(units.id, unitId));
    if (!found) throw new DomainError('NOT_FOUND', `unitId: no unit ${unitId}`, 'unitId');
    return found;
  };

  /** Why `unit` clashed with a unit on duty: which call sign or officer, held by which unit. */
  const explainCreateConflict = async (unit: Unit, constraint: string): Promise<DomainError | undefined> => {
    if (constraint === 'units_pkey') return new DomainError('CONFLICT', `unit ${unit.id} already exists`, 'id');
    if (constraint === 'units_call_sign_on_duty_unique') {
      const [holder] = await db.select({ id: units.id }).from(units).where(and(eq(units.callSign, unit.callSign), ne(units.status, 'off-duty')));
      return new DomainError('CONFLICT', `call sign ${unit.callSign} is already on duty${holder ? ` (unit ${holder.id})` : ''}`, 'callSign');
    }
    if (constraint === 'unit_officers_on_duty_unique') {
      const officerIds = unit.officers.map((officer) => officer.officerId);
      const [holder] = await db
        .select({ officerId: unitOfficers.officerId, callSign: units.callSign })
        .from(unitOfficers)
        .innerJoin(units, eq(units.id, unitOfficers.unitId))
        .where(and(eq(unitOfficers.onDuty, true), inArray(unitOfficers.officerId, officerIds)));
      return new DomainError('CONFLICT', holder ? `officer ${holder.officerId} is already on duty in unit ${holder.callSign}` : 'an officer of the crew is already on duty', 'officers');
    }
    return undefined;
  };

  return {
    async create(unit) {
      try {
        await db.transaction(async (tx) => {
          await tx.insert(units).values(unitRow(unit));
          if (unit.officers.length > 0) await tx.insert(unitOfficers).values(officerRows(unit));
          await tx.insert(unitStatusEvents).values({ unitId: unit.id, fromStatus: null, toStatus: unit.status, at: unit.statusSince, incidentId: null });
        });
      } catch (error) {
        const constraint = violatedUniqueConstraint(error);
        const conflict = constraint === undefined ? undefined : await explainCreateConflict(unit, constraint);
        throw conflict ?? error;
      }
    },

    async get(unitId) {
      const [unit] = await selectUnits(eq(units.id, unitId));
      return unit;
    },

    async listOnDuty(filter = {}) {
      const onDuty = ne(units.status, 'off-duty');
      return selectUnits(filter.teamId === undefined ? onDuty : and(onDuty, eq(units.teamId, filter.teamId)) ?? onDuty);
    },

    async updatePosition(unitId, position) {
      // One statement: keeps the newer report even when two arrive at once or out of order.
      const updated = await db
        .update(units)
        .set({ positionLat: position.lat, positionLon: position.lon, positionAt: position.at })
        .where(and(eq(units.id, unitId), or(isNull(units.positionAt), lte(units.positionAt, position.at))))
        .returning({ id: units.id });
      if (updated.length === 0) await describe(unitId);
    },

    async assignUnit(unitId, incidentId, at) {
      try {
        return await db.transaction(async (tx) => {
          const taken = await tx
            .update(units)
            .set({ status: 'dispatched', statusSince: at, incidentId })
            .where(and(eq(units.id, unitId), eq(units.status, 'available')))
            .returning({ id: units.id });
          if (taken.length === 0) {
            const unit = await describe(unitId, tx);
            throw new DomainError('UNIT_UNAVAILABLE', `unit ${unit.callSign} is '${unit.status}'${unit.incidentId ? ` (incident ${unit.incidentId})` : ''}, not available`, 'unitId');
          }
          const [assignment] = await tx.insert(assignments).values({ id: ids.next('assignment'), unitId, incidentId, dispatchedAt: at }).returning();
          await tx.insert(unitStatusEvents).values({ unitId, fromStatus: 'available', toStatus: 'dispatched', at, incidentId });
          if (!assignment) throw new Error(`assignment of unit ${unitId} was not returned`);
          return toAssignment(assignment);
        });
      } catch (error) {
        if (violatedUniqueConstraint(error) === 'assignments_one_live_per_unit') {
          throw new DomainError('UNIT_UNAVAILABLE', `unit ${unitId} already holds a live assignment`, 'unitId');
        }
        throw error;
      }
    },

    async changeStatus(change) {
      await db.transaction(async (tx) => {
        const [updated] = await tx
          .update(units)
          .set({ status: change.to, statusSince: change.at, incidentId: isLiveUnitStatus(change.to) ? sql`${units.incidentId}` : null })
          .where(and(eq(units.id, change.unitId), eq(units.status, change.from)))
          .returning({ incidentId: units.incidentId });
        if (!updated) {
          const unit = await describe(change.unitId, tx);
          throw new DomainError('CONFLICT', `unit ${unit.callSign} is now '${unit.status}', not '${change.from}': it changed meanwhile`, 'unitId');
        }
        if (change.assignment) {
          const { id, enRouteAt, arrivedAt, endedAt, endReason } = change.assignment;
          const written = await tx
            .update(assignments)
            .set({ enRouteAt: enRouteAt ?? null, arrivedAt: arrivedAt ?? null, endedAt: endedAt ?? null, endReason: endReason ?? null })
            .where(and(eq(assignments.id, id), eq(assignments.unitId, change.unitId)))
            .returning({ id: assignments.id });
          if (written.length === 0) throw new DomainError('NOT_FOUND', `unit ${change.unitId} has no assignment ${id}`, 'assignment.id');
        }
        if (change.to === 'off-duty') await tx.update(unitOfficers).set({ onDuty: false }).where(eq(unitOfficers.unitId, change.unitId));
        await tx.insert(unitStatusEvents).values({ unitId: change.unitId, fromStatus: change.from, toStatus: change.to, at: change.at, incidentId: updated.incidentId });
      });
    },

    async getLiveAssignment(unitId) {
      const [row] = await db
        .select()
        .from(assignments)
        .where(and(eq(assignments.unitId, unitId), isNull(assignments.endedAt)));
      return row === undefined ? undefined : toAssignment(row);
    },

    async listAssignments(incidentId) {
      const rows = await db.select().from(assignments).where(eq(assignments.incidentId, incidentId)).orderBy(asc(assignments.dispatchedAt), asc(assignments.id));
      return rows.map(toAssignment);
    },

    async listStatusEvents(unitId) {
      const rows = await db.select().from(unitStatusEvents).where(eq(unitStatusEvents.unitId, unitId)).orderBy(asc(unitStatusEvents.id));
      return rows.map(toStatusEvent);
    },
  };
}

/** Units, assignments and status events to rows and back (optional fields omitted when absent). */
import type { Assignment, OnDutyOfficer, Unit, UnitStatus, UnitStatusEvent } from '@peel/domain';
import type { assignments, unitOfficers, units, unitStatusEvents } from './schema';

type UnitRow = typeof units.$inferSelect;
type OfficerRow = typeof unitOfficers.$inferSelect;
type AssignmentRow = typeof assignments.$inferSelect;
type StatusEventRow = typeof unitStatusEvents.$inferSelect;

/** The unit's row. */
export function unitRow(unit: Unit): UnitRow {
  return {
    id: unit.id,
    callSign: unit.callSign,
    teamId: unit.teamId,
    teamKind: unit.teamKind,
    areaId: unit.areaId,
    relief: unit.relief ?? null,
    shiftId: unit.shiftId ?? null,
    roles: [...unit.capabilities.roles],
    powers: [...unit.capabilities.powers],
    skills: [...unit.capabilities.skills],
    officerCount: unit.capabilities.officerCount,
    status: unit.status,
    statusSince: unit.statusSince,
    incidentId: unit.incidentId ?? null,
    positionLat: unit.position?.lat ?? null,
    positionLon: unit.position?.lon ?? null,
    positionAt: unit.position?.at ?? null,
    bookedOnAt: unit.bookedOnAt,
  };
}

/** The crew's rows, in booking order. */
export function officerRows(unit: Unit): OfficerRow[] {
  return unit.officers.map((officer, ordinal) => ({
    unitId: unit.id,
    ordinal,
    officerId: officer.officerId,
    role: officer.role,
    skills: officer.skills === undefined ? null : [...officer.skills],
    onDuty: unit.status !== 'off-duty',
  }));
}

/** The unit the rows describe; `officers` are this unit's, in booking order. */
export function toUnit(row: UnitRow, officers: readonly OfficerRow[]): Unit {
  return {
    id: row.id,
    callSign: row.callSign,
    teamId: row.teamId,
    teamKind: row.teamKind as Unit['teamKind'],
    areaId: row.areaId,
    ...(row.relief === null ? {} : { relief: row.relief }),
    ...(row.shiftId === null ? {} : { shiftId: row.shiftId }),
    officers: officers.map(
      (officer): OnDutyOfficer => ({ officerId: officer.officerId, role: officer.role, ...(officer.skills === null ? {} : { skills: officer.skills }) }),
    ),
    capabilities: { roles: row.roles, powers: row.powers as Unit['capabilities']['powers'], skills: row.skills, officerCount: row.officerCount },
    status: row.status as UnitStatus,
    statusSince: row.statusSince,
    ...(row.incidentId === null ? {} : { incidentId: row.incidentId }),
    ...(row.positionLat === null || row.positionLon === null || row.positionAt === null ? {} : { position: { lat: row.positionLat, lon: row.positionLon, at: row.positionAt } }),
    bookedOnAt: row.bookedOnAt,
  };
}

/** The assignment the row describes. */
export function toAssignment(row: AssignmentRow): Assignment {
  return {
    id: row.id,
    unitId: row.unitId,
    incidentId: row.incidentId,
    dispatchedAt: row.dispatchedAt,
    ...(row.enRouteAt === null ? {} : { enRouteAt: row.enRouteAt }),
    ...(row.arrivedAt === null ? {} : { arrivedAt: row.arrivedAt }),
    ...(row.endedAt === null ? {} : { endedAt: row.endedAt }),
    ...(row.endReason === null ? {} : { endReason: row.endReason }),
  };
}

/** The status event the row describes. */
export function toStatusEvent(row: StatusEventRow): UnitStatusEvent {
  return {
    unitId: row.unitId,
    ...(row.fromStatus === null ? {} : { from: row.fromStatus as UnitStatus }),
    to: row.toStatus as UnitStatus,
    at: row.at,
    ...(row.incidentId === null ? {} : { incidentId: row.incidentId }),
  };
}

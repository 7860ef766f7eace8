/**
 * Units on duty and their assignments to incidents (issue 7, dispatch).
 *
 * **A unit can never hold two live incidents, enforced by the database**, three ways over:
 * - `assignments_one_live_per_unit`: a unique partial index on `assignments(unit_id) WHERE
 *   ended_at IS NULL` — a second live assignment of a unit cannot be inserted, whatever code path
 *   tries (unique violation 23505, which the repository reports as UNIT_UNAVAILABLE);
 * - `assignUnit` takes the unit by compare-and-set, `UPDATE units … WHERE id = $1 AND status =
 *   'available'`, which locks the row: of concurrent callers one updates it and the others, once
 *   it commits, find the status changed and update nothing;
 * - `units_incident_iff_live`: a unit holds an incident exactly while dispatched, en route or on scene.
 *
 * Call signs and officers are unique among units not off duty (partial unique indexes); the
 * officers' `on_duty` copy of the unit's status exists so that index can be partial.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, doublePrecision, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** Every unit status (the domain's UNIT_STATUSES). */
const STATUSES = sql.raw(`'available', 'dispatched', 'en-route', 'on-scene', 'committed', 'off-duty'`);
/** Statuses in which a unit holds a live incident (the domain's LIVE_UNIT_STATUSES). */
const LIVE_STATUSES = sql.raw(`'dispatched', 'en-route', 'on-scene'`);

/** A unit for one tour of duty; status and last position change in place (compare-and-set). */
export const units = pgTable(
  'units',
  {
    id: text('id').primaryKey(),
    callSign: text('call_sign').notNull(),
    teamId: text('team_id').notNull(),
    teamKind: text('team_kind').notNull(),
    areaId: text('area_id').notNull(),
    relief: integer('relief'),
    shiftId: text('shift_id'),
    roles: text('roles').array().notNull(),
    powers: text('powers').array().notNull(),
    skills: text('skills').array().notNull(),
    officerCount: integer('officer_count').notNull(),
    status: text('status').notNull(),
    statusSince: timestamp('status_since', { withTimezone: true }).notNull(),
    incidentId: text('incident_id'),
    positionLat: doublePrecision('position_lat'),
    positionLon: doublePrecision('position_lon'),
    positionAt: timestamp('position_at', { withTimezone: true }),
    bookedOnAt: timestamp('booked_on_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('units_call_sign_on_duty_unique').on(table.callSign).where(sql`${table.status} <> 'off-duty'`),
    index('units_team_on_duty_idx').on(table.teamId).where(sql`${table.status} <> 'off-duty'`),
    check('units_status_known', sql`${table.status} in (${STATUSES})`),
    check('units_incident_iff_live', sql`(${table.incidentId} is not null) = (${table.status} in (${LIVE_STATUSES}))`),
    check(
      'units_position_whole',
      sql`(${table.positionLat} is null) = (${table.positionLon} is null) and (${table.positionLat} is null) = (${table.positionAt} is null)`,
    ),
    check('units_officer_count_positive', sql`${table.officerCount} >= 1`),
  ],
);

/**
 * The crew of a unit, in booking order. `on_duty` mirrors `units.status <> 'off-duty'` (set in
 * the same transaction) so that an officer can be on duty in one unit only.
 */
export const unitOfficers = pgTable(
  'unit_officers',
  {
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    ordinal: integer('ordinal').notNull(),
    officerId: text('officer_id').notNull(),
    role: text('role').notNull(),
    /** The officer's own skills; null when none were given (the domain's field is optional). */
    skills: text('skills').array(),
    onDuty: boolean('on_duty').notNull(),
  },
  (table) => [
    primaryKey({ name: 'unit_officers_pkey', columns: [table.unitId, table.ordinal] }),
    uniqueIndex('unit_officers_on_duty_unique').on(table.officerId).where(sql`${table.onDuty}`),
  ],
);

/** One unit sent to one incident; live while `ended_at` is null. */
export const assignments = pgTable(
  'assignments',
  {
    id: text('id').primaryKey(),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    /** The incident's id (not a foreign key: dispatch is tested and may run without the incident tables). */
    incidentId: text('incident_id').notNull(),
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }).notNull(),
    enRouteAt: timestamp('en_route_at', { withTimezone: true }),
    arrivedAt: timestamp('arrived_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endReason: text('end_reason', { enum: ['cleared', 'stood-down'] }),
  },
  (table) => [
    uniqueIndex('assignments_one_live_per_unit').on(table.unitId).where(sql`${table.endedAt} is null`),
    index('assignments_incident_idx').on(table.incidentId, table.dispatchedAt),
    check('assignments_end_reason_iff_ended', sql`(${table.endReason} is null) = (${table.endedAt} is null)`),
    check('assignments_end_reason_known', sql`${table.endReason} in ('cleared', 'stood-down')`),
  ],
);

/** Every status change of a unit (its timeline), append-only; `id` gives the order. */
export const unitStatusEvents = pgTable(
  'unit_status_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    incidentId: text('incident_id'),
  },
  (table) => [index('unit_status_events_unit_idx').on(table.unitId, table.id)],
);

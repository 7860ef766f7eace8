/**
 * Incidents (issue 7): what was reported and every decision taken on it, append-only. An incident
 * row is written once; each change appends one `incident_events` row (the timeline, keyed by
 * `(incident_id, sequence)`, so two changes computed from the same version cannot both commit) and
 * its record (assessment, grade decision or routing decision) in the same transaction. The
 * version is the highest sequence, so nothing is ever updated in place; a trigger in migration
 * 0003 refuses UPDATE and DELETE on these tables.
 *
 * **Personal data** (DPA 2018 Part 3; every read is logged by the server, s.62) is kept out of
 * `incidents` in two tables of its own, so a query that does not join them cannot read it:
 * `incident_people` (caller and victim: `name`, `phone` and their normalised search keys
 * `name_key`, `phone_key`) and `incident_reports` (`description`, `location_description`, free
 * text as reported). See `PERSONAL_DATA_COLUMNS` (personal-data.ts).
 */
import { sql } from 'drizzle-orm';
import { check, doublePrecision, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core';

/** One reported incident (no personal data). */
export const incidents = pgTable(
  'incidents',
  {
    id: text('id').primaryKey(),
    modelId: text('model_id').notNull(),
    channelId: text('channel_id').notNull(),
    channelName: text('channel_name').notNull(),
    channelKind: text('channel_kind').notNull(),
    callAnsweredAt: timestamp('call_answered_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    lsoaCode: text('lsoa_code'),
    lsoaName: text('lsoa_name'),
    wardCode: text('ward_code'),
    wardName: text('ward_name'),
    areaId: text('area_id'),
    urbanRural: text('urban_rural', { enum: ['urban', 'rural'] }),
    incidentCategory: text('incident_category').notNull(),
    incidentCode: text('incident_code').notNull(),
    qualifiers: text('qualifiers').array().notNull(),
    policeUkCategory: text('police_uk_category'),
    demandTypeId: text('demand_type_id').notNull(),
    tags: text('tags').array().notNull(),
  },
  (table) => [
    index('incidents_created_at_idx').on(table.createdAt),
    index('incidents_lat_lon_idx').on(table.lat, table.lon),
    index('incidents_area_created_at_idx').on(table.areaId, table.createdAt),
    check('incidents_urban_rural_known', sql`${table.urbanRural} in ('urban', 'rural')`),
    check('incidents_point_valid', sql`${table.lat} between -90 and 90 and ${table.lon} between -180 and 180`),
    check('incidents_lsoa_name_needs_code', sql`${table.lsoaName} is null or ${table.lsoaCode} is not null`),
    check('incidents_ward_name_needs_code', sql`${table.wardName} is null or ${table.wardCode} is not null`),
  ],
);

/**
 * PERSONAL DATA: the caller and (when known) the victim of an incident. `name_key` and
 * `phone_key` are `normaliseName` / `normalisePhone` of the domain, for the repeat-victim check.
 */
export const incidentPeople = pgTable(
  'incident_people',
  {
    incidentId: text('incident_id')
      .notNull()
      .references(() => incidents.id),
    role: text('role', { enum: ['caller', 'victim'] }).notNull(),
    name: text('name'),
    phone: text('phone'),
    nameKey: text('name_key'),
    phoneKey: text('phone_key'),
  },
  (table) => [
    primaryKey({ name: 'incident_people_pkey', columns: [table.incidentId, table.role] }),
    index('incident_people_phone_key_idx').on(table.phoneKey),
    index('incident_people_name_key_idx').on(table.nameKey),
    check('incident_people_role_known', sql`${table.role} in ('caller', 'victim')`),
  ],
);

/** PERSONAL DATA: the free text of an incident as reported (description, address or landmark). */
export const incidentReports = pgTable('incident_reports', {
  incidentId: text('incident_id')
    .primaryKey()
    .references(() => incidents.id),
  description: text('description').notNull(),
  locationDescription: text('location_description'),
});

/**
 * The timeline: one row per change, numbered 1, 2, … per incident. The primary key is the
 * concurrency guard: of two changes computed from version n, only one can insert sequence n + 1.
 * `details` holds the event's type-specific fields (identifiers and decisions, never personal data).
 * An `assignment` event (a unit dispatched, en route, on scene, cleared, stood down) has no record
 * table: the unit's `assignments` row holds the assignment, the event holds the step.
 */
export const incidentEvents = pgTable(
  'incident_events',
  {
    incidentId: text('incident_id')
      .notNull()
      .references(() => incidents.id),
    sequence: integer('sequence').notNull(),
    type: text('type', { enum: ['created', 'assessed', 'graded', 'regraded', 'routed', 'assignment'] }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    by: text('by').notNull(),
    details: jsonb('details').notNull(),
  },
  (table) => [
    primaryKey({ name: 'incident_events_pkey', columns: [table.incidentId, table.sequence] }),
    check('incident_events_sequence_positive', sql`${table.sequence} >= 1`),
    check('incident_events_created_first', sql`(${table.sequence} = 1) = (${table.type} = 'created')`),
    check('incident_events_type_known', sql`${table.type} in ('created', 'assessed', 'graded', 'regraded', 'routed', 'assignment')`),
  ],
);

/** THRIVE+ assessments, one per `assessed` event; never changed once recorded. */
export const incidentAssessments = pgTable(
  'incident_assessments',
  {
    id: text('id').primaryKey(),
    incidentId: text('incident_id').notNull(),
    sequence: integer('sequence').notNull(),
    assessedBy: text('assessed_by').notNull(),
    assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull(),
    suggestedGrade: integer('suggested_grade').notNull(),
    factors: jsonb('factors').notNull(),
    repeatVictim: jsonb('repeat_victim').notNull(),
    repeatLocation: jsonb('repeat_location').notNull(),
    rightCare: jsonb('right_care').notNull(),
    suggestion: jsonb('suggestion').notNull(),
  },
  (table) => [
    unique('incident_assessments_incident_sequence_unique').on(table.incidentId, table.sequence),
    // The event the record was appended with must exist (same transaction, inserted first).
    foreignKey({ name: 'incident_assessments_event_fk', columns: [table.incidentId, table.sequence], foreignColumns: [incidentEvents.incidentId, incidentEvents.sequence] }),
  ],
);

/** Grade decisions, one per `graded`/`regraded` event. `target` is the deadline the grade set (dates as ISO text). */
export const incidentGradeDecisions = pgTable(
  'incident_grade_decisions',
  {
    id: text('id').primaryKey(),
    incidentId: text('incident_id').notNull(),
    sequence: integer('sequence').notNull(),
    grade: integer('grade').notNull(),
    gradeName: text('grade_name').notNull(),
    response: text('response').notNull(),
    suggestedGrade: integer('suggested_grade').notNull(),
    assessmentId: text('assessment_id').notNull(),
    decision: text('decision', { enum: ['confirmed', 'overridden'] }).notNull(),
    reason: text('reason'),
    previousGrade: integer('previous_grade'),
    decidedBy: text('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
    target: jsonb('target'),
  },
  (table) => [
    unique('incident_grade_decisions_incident_sequence_unique').on(table.incidentId, table.sequence),
    // The event the record was appended with must exist (same transaction, inserted first).
    foreignKey({ name: 'incident_grade_decisions_event_fk', columns: [table.incidentId, table.sequence], foreignColumns: [incidentEvents.incidentId, incidentEvents.sequence] }),
    check('incident_grade_decisions_decision_known', sql`${table.decision} in ('confirmed', 'overridden')`),
  ],
);

/** Routing decisions, one per `routed` event. */
export const incidentRoutingDecisions = pgTable(
  'incident_routing_decisions',
  {
    id: text('id').primaryKey(),
    incidentId: text('incident_id').notNull(),
    sequence: integer('sequence').notNull(),
    route: text('route').notNull(),
    ruleId: text('rule_id').notNull(),
    rationale: text('rationale'),
    teamId: text('team_id'),
    teamKind: text('team_kind'),
    roles: text('roles').array().notNull(),
    partner: jsonb('partner'),
    grade: integer('grade').notNull(),
    assessmentId: text('assessment_id').notNull(),
    rightCare: jsonb('right_care').notNull(),
    skippedRules: jsonb('skipped_rules').notNull(),
    warnings: text('warnings').array().notNull(),
    decidedBy: text('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    unique('incident_routing_decisions_incident_sequence_unique').on(table.incidentId, table.sequence),
    // The event the record was appended with must exist (same transaction, inserted first).
    foreignKey({ name: 'incident_routing_decisions_event_fk', columns: [table.incidentId, table.sequence], foreignColumns: [incidentEvents.incidentId, incidentEvents.sequence] }),
  ],
);

/**
 * Cases (issue 7): a crime with exactly one owner at a time. The `cases` row holds the current
 * state and its optimistic-concurrency `version` (a save is `UPDATE … WHERE version = n - 1`);
 * what the domain only ever appends — handoffs, status changes, investigation events, outcomes —
 * goes to tables keyed by `(case_id, sequence)` whose rows are inserted and never updated (a
 * trigger in migration 0003 refuses UPDATE and DELETE). Suspects change (eliminated) in place.
 *
 * **Personal data**: `case_suspects` (`name`, `date_of_birth`) and `cases.location_description`
 * (an address). See `PERSONAL_DATA_COLUMNS` (personal-data.ts).
 */
import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** One case: the current owner, status and outcome pointer. */
export const cases = pgTable(
  'cases',
  {
    id: text('id').primaryKey(),
    incidentId: text('incident_id').notNull(),
    offenceType: text('offence_type').notNull(),
    area: text('area').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    wardCode: text('ward_code'),
    lsoaCode: text('lsoa_code'),
    /** PERSONAL DATA: an address or place description. */
    locationDescription: text('location_description'),
    committedOn: date('committed_on', { mode: 'string' }),
    ownerOfficerId: text('owner_officer_id').notNull(),
    ownerTeamId: text('owner_team_id'),
    status: text('status').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    openedBy: text('opened_by').notNull(),
    /** The sequence (in `case_outcomes`) of the outcome in force; null while not finalised. */
    currentOutcome: integer('current_outcome'),
    version: integer('version').notNull(),
  },
  (table) => [
    index('cases_owner_idx').on(table.ownerOfficerId),
    index('cases_area_idx').on(table.area, table.status),
    index('cases_incident_idx').on(table.incidentId),
    index('cases_opened_at_idx').on(table.openedAt),
    check('cases_status_known', sql`${table.status} in ('allocated', 'investigating', 'awaiting-decision', 'finalised')`),
    check('cases_version_positive', sql`${table.version} >= 1`),
  ],
);

/** Every change of owner, numbered from 1 (the handoff count is the row count). */
export const caseHandoffs = pgTable(
  'case_handoffs',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    sequence: integer('sequence').notNull(),
    fromOfficerId: text('from_officer_id').notNull(),
    fromTeamId: text('from_team_id'),
    toOfficerId: text('to_officer_id').notNull(),
    toTeamId: text('to_team_id'),
    reason: text('reason').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    by: text('by').notNull(),
  },
  (table) => [primaryKey({ name: 'case_handoffs_pkey', columns: [table.caseId, table.sequence] }), index('case_handoffs_at_idx').on(table.at)],
);

/** Every change of status, in order (sequence 1 is the opening). */
export const caseStatusChanges = pgTable(
  'case_status_changes',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    sequence: integer('sequence').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    by: text('by').notNull(),
    reason: text('reason'),
  },
  (table) => [primaryKey({ name: 'case_status_changes_pkey', columns: [table.caseId, table.sequence] })],
);

/** Investigation events (arrest, interview, bail, …) that start Victims' Code deadlines. */
export const caseEvents = pgTable(
  'case_events',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    sequence: integer('sequence').notNull(),
    id: text('id').notNull().unique('case_events_id_unique'),
    kind: text('kind').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    by: text('by').notNull(),
    suspectId: text('suspect_id'),
    note: text('note'),
  },
  (table) => [primaryKey({ name: 'case_events_pkey', columns: [table.caseId, table.sequence] })],
);

/** PERSONAL DATA: people suspected of the crime; eliminated suspects are kept with the reason. */
export const caseSuspects = pgTable(
  'case_suspects',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    id: text('id').notNull(),
    ordinal: integer('ordinal').notNull(),
    name: text('name').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    status: text('status', { enum: ['named', 'eliminated'] }).notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
    eliminatedAt: timestamp('eliminated_at', { withTimezone: true }),
    eliminationReason: text('elimination_reason'),
  },
  (table) => [
    primaryKey({ name: 'case_suspects_pkey', columns: [table.caseId, table.id] }),
    check('case_suspects_status_known', sql`${table.status} in ('named', 'eliminated')`),
  ],
);

/**
 * Every outcome recorded on the case, oldest first: the domain's `previousOutcomes` followed by
 * the current `outcome` (when `cases.current_outcome` names it). Reopening a case moves the
 * outcome to the previous ones without touching this table.
 */
export const caseOutcomes = pgTable(
  'case_outcomes',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    sequence: integer('sequence').notNull(),
    type: integer('type').notNull(),
    claim: jsonb('claim').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (table) => [primaryKey({ name: 'case_outcomes_pkey', columns: [table.caseId, table.sequence] }), index('case_outcomes_type_idx').on(table.type)],
);

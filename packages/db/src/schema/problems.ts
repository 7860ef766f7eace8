/**
 * Problem profiles (SARA) worked with partners, their linked incidents and tasks with SLAs
 * (issue 7). The `problems` row holds the current state with an optimistic-concurrency `version`;
 * stage changes and linked incidents are only ever appended (never updated; a trigger in
 * migration 0003 refuses UPDATE and DELETE); tasks change in place when closed.
 * No personal data by design: a problem is a place and an issue, not a person.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** One problem profile. */
export const problems = pgTable(
  'problems',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    issue: text('issue').notNull(),
    locationDescription: text('location_description').notNull(),
    wardCode: text('ward_code').notNull(),
    area: text('area').notNull(),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    ownerId: text('owner_id').notNull(),
    stage: text('stage').notNull(),
    partnerIds: text('partner_ids').array().notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    openedBy: text('opened_by').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closureSummary: text('closure_summary'),
    version: integer('version').notNull(),
  },
  (table) => [
    index('problems_area_idx').on(table.area, table.status),
    index('problems_ward_idx').on(table.wardCode, table.status),
    index('problems_owner_idx').on(table.ownerId),
    check('problems_stage_known', sql`${table.stage} in ('scanning', 'analysis', 'response', 'assessment')`),
    check('problems_status_known', sql`${table.status} in ('open', 'closed')`),
    check('problems_point_whole', sql`(${table.lat} is null) = (${table.lon} is null)`),
    check('problems_version_positive', sql`${table.version} >= 1`),
  ],
);

/** Every change of SARA stage, in order (sequence 1 is the opening). */
export const problemStageChanges = pgTable(
  'problem_stage_changes',
  {
    problemId: text('problem_id')
      .notNull()
      .references(() => problems.id),
    sequence: integer('sequence').notNull(),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    by: text('by').notNull(),
    note: text('note'),
  },
  (table) => [primaryKey({ name: 'problem_stage_changes_pkey', columns: [table.problemId, table.sequence] })],
);

/** Incidents linked to a problem, in linking order. */
export const problemLinkedIncidents = pgTable(
  'problem_linked_incidents',
  {
    problemId: text('problem_id')
      .notNull()
      .references(() => problems.id),
    sequence: integer('sequence').notNull(),
    incidentId: text('incident_id').notNull(),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull(),
    by: text('by').notNull(),
  },
  (table) => [
    primaryKey({ name: 'problem_linked_incidents_pkey', columns: [table.problemId, table.sequence] }),
    index('problem_linked_incidents_incident_idx').on(table.incidentId),
  ],
);

/** Tasks of the response, for a partner agency or an officer, with their deadline. */
export const problemTasks = pgTable(
  'problem_tasks',
  {
    problemId: text('problem_id')
      .notNull()
      .references(() => problems.id),
    id: text('id').notNull(),
    ordinal: integer('ordinal').notNull(),
    title: text('title').notNull(),
    assigneeKind: text('assignee_kind', { enum: ['partner', 'officer'] }).notNull(),
    /** The partner's id or the officer's id, by `assignee_kind`. */
    assigneeId: text('assignee_id').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
    assignedBy: text('assigned_by').notNull(),
    basis: text('basis', { enum: ['partner-sla', 'set-date'] }).notNull(),
    allowedWorkingDays: integer('allowed_working_days'),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    dueBy: timestamp('due_by', { withTimezone: true }).notNull(),
    status: text('status', { enum: ['open', 'done', 'cancelled'] }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by'),
    doneOnTime: boolean('done_on_time'),
    note: text('note'),
  },
  (table) => [
    primaryKey({ name: 'problem_tasks_pkey', columns: [table.problemId, table.id] }),
    index('problem_tasks_open_due_idx').on(table.dueBy).where(sql`${table.status} = 'open'`),
    check('problem_tasks_assignee_kind_known', sql`${table.assigneeKind} in ('partner', 'officer')`),
    check('problem_tasks_status_known', sql`${table.status} in ('open', 'done', 'cancelled')`),
  ],
);

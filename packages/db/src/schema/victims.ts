/**
 * Victims of the crimes in cases, their Victims' Code duties and the updates they were given
 * (issue 7; Victims' Code 2020, right 6).
 *
 * **Personal data**: the whole `victims` row is about a data subject — `name` identifies them and
 * `enhanced_rights` may say they are vulnerable or intimidated — and `victim_updates.summary` is
 * free text of what they were told. See `PERSONAL_DATA_COLUMNS` (personal-data.ts).
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** A victim with the update contract agreed with them; optimistic-concurrency `version`. */
export const victims = pgTable(
  'victims',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id').notNull(),
    /** PERSONAL DATA. */
    name: text('name').notNull(),
    /** PERSONAL DATA (special category when 'vulnerable'): why the victim has enhanced rights. */
    enhancedRights: text('enhanced_rights').array().notNull(),
    /** Public protection: only users with restricted access may see the victim (vulnerable victims are restricted too). */
    restricted: boolean('restricted').notNull().default(false),
    contractEveryDays: integer('contract_every_days').notNull(),
    contractChannel: text('contract_channel').notNull(),
    contractAgreedWithVictim: boolean('contract_agreed_with_victim').notNull(),
    contractOptedOut: boolean('contract_opted_out').notNull(),
    contractSince: timestamp('contract_since', { withTimezone: true }).notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
    registeredBy: text('registered_by').notNull(),
    lastContactAt: timestamp('last_contact_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull(),
  },
  (table) => [
    index('victims_case_idx').on(table.caseId),
    check('victims_every_days_positive', sql`${table.contractEveryDays} >= 1`),
    check('victims_version_positive', sql`${table.version} >= 1`),
  ],
);

/** A duty to update a victim by a deadline; an open duty may be closed (met or withdrawn) once. */
export const victimDuties = pgTable(
  'victim_duties',
  {
    id: text('id').primaryKey(),
    victimId: text('victim_id').notNull(),
    caseId: text('case_id').notNull(),
    kind: text('kind', { enum: ['event-notification', 'periodic-update'] }).notNull(),
    eventId: text('event_id'),
    eventKind: text('event_kind'),
    basis: text('basis', { enum: ['standard', 'enhanced', 'agreed-frequency', 'default-frequency'] }).notNull(),
    allowedDays: integer('allowed_days').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    dueBy: timestamp('due_by', { withTimezone: true }).notNull(),
    status: text('status', { enum: ['open', 'met', 'withdrawn'] }).notNull(),
    metAt: timestamp('met_at', { withTimezone: true }),
    metByUpdateId: text('met_by_update_id'),
    metOnTime: boolean('met_on_time'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnReason: text('withdrawn_reason'),
  },
  (table) => [
    index('victim_duties_case_idx').on(table.caseId),
    index('victim_duties_victim_idx').on(table.victimId),
    index('victim_duties_open_due_idx').on(table.dueBy).where(sql`${table.status} = 'open'`),
    check('victim_duties_kind_known', sql`${table.kind} in ('event-notification', 'periodic-update')`),
    check('victim_duties_status_known', sql`${table.status} in ('open', 'met', 'withdrawn')`),
  ],
);

/** An update given to a victim (append-only). */
export const victimUpdates = pgTable(
  'victim_updates',
  {
    id: text('id').primaryKey(),
    victimId: text('victim_id').notNull(),
    caseId: text('case_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    channel: text('channel').notNull(),
    by: text('by').notNull(),
    /** PERSONAL DATA: what the victim was told. */
    summary: text('summary').notNull(),
    dutyIds: text('duty_ids').array().notNull(),
  },
  (table) => [index('victim_updates_victim_idx').on(table.victimId, table.at), index('victim_updates_case_idx').on(table.caseId, table.at)],
);

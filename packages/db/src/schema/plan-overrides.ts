/**
 * Professional-judgement overrides of establishment plans (`peel plan`): who changed which cell by
 * how many posts, when and why. Both tables are append-only (trigger `peel_refuse_change`, as the
 * incident timeline): an override is never edited or deleted, it is withdrawn by a second row
 * saying who withdrew it, when and why — so the record of every decision survives.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One override: ± posts to a team's role (or a role in an area), for a model and optionally a scenario. */
export const planOverrides = pgTable(
  'plan_overrides',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    modelId: text('model_id').notNull(),
    /** The scenario it belongs to; null for the model as written. */
    scenarioId: text('scenario_id'),
    areaId: text('area_id'),
    teamId: text('team_id'),
    role: text('role').notNull(),
    delta: integer('delta').notNull(),
    reason: text('reason').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('plan_overrides_model_id_idx').on(table.modelId, table.id),
    check('plan_overrides_delta_not_zero', sql`${table.delta} <> 0`),
    check('plan_overrides_names_a_cell', sql`${table.areaId} is not null or ${table.teamId} is not null`),
    check('plan_overrides_reason_given', sql`length(trim(${table.reason})) > 0`),
    check('plan_overrides_created_by_given', sql`length(trim(${table.createdBy})) > 0`),
  ],
);

/** The withdrawal of an override (at most one per override). */
export const planOverrideWithdrawals = pgTable(
  'plan_override_withdrawals',
  {
    overrideId: integer('override_id')
      .primaryKey()
      .references(() => planOverrides.id),
    withdrawnBy: text('withdrawn_by').notNull(),
    reason: text('reason').notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('plan_override_withdrawals_reason_given', sql`length(trim(${table.reason})) > 0`),
    check('plan_override_withdrawals_by_given', sql`length(trim(${table.withdrawnBy})) > 0`),
  ],
);

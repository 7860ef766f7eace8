/** Shared cases: the migration folder applies, and applies again without change. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { DatabaseHandle } from './database';
import { MIGRATIONS_FOLDER, migrate } from './migrate';
import { queryRows } from './query-rows';

const TABLES = [
  'assignments',
  'audit_log',
  'boundaries',
  'calls_for_service',
  'case_events',
  'case_handoffs',
  'case_outcomes',
  'case_status_changes',
  'case_suspects',
  'cases',
  'crime_records',
  'import_rejections',
  'imports',
  'incident_assessments',
  'incident_events',
  'incident_grade_decisions',
  'incident_people',
  'incident_reports',
  'incident_routing_decisions',
  'incidents',
  'plan_override_withdrawals',
  'plan_overrides',
  'policing_model_versions',
  'policing_models',
  'problem_linked_incidents',
  'problem_stage_changes',
  'problem_tasks',
  'problems',
  'unit_officers',
  'unit_status_events',
  'units',
  'users',
  'victim_duties',
  'victim_updates',
  'victims',
];

/** Registers the migration cases; `database` returns the file's migrated database. */
export function registerMigrationCases(database: () => DatabaseHandle): void {
  it('applies the migration folder again, twice, without error or change', async () => {
    const { db } = database();
    const journal = JSON.parse(await readFile(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as {
      entries: unknown[];
    };
    await migrate(database());
    await migrate(database());
    const [applied] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from drizzle.__drizzle_migrations`);
    expect(applied?.count).toBe(journal.entries.length);
    const tables = await queryRows<{ name: string }>(
      db,
      sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(tables.map((table) => table.name)).toEqual(TABLES);
  });
}

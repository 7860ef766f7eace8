/**
 * The incidents of a time window as the top-ten ward issues count them (`rankWardIssues` in
 * `@peel/domain`): id, ward, time and the issue each shows up as. No personal data is read.
 */
import type { WardIssueIncident } from '@peel/domain';
import { and, asc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Database } from './database';
import { incidents } from './schema';

/** Which incidents: recorded in `[from, to)`, of one area when given. */
export interface WardIssueIncidentQuery {
  from: Date;
  to: Date;
  areaId?: string;
}

/**
 * Incidents recorded (`created_at`) in `[from, to)`, oldest first. `type` is the issue the incident
 * shows up as: its data.police.uk category for a crime ('burglary', 'anti-social-behaviour' …),
 * otherwise its NSIR code — the vocabulary problem profiles name their issue in.
 */
export async function listWardIssueIncidents(db: Database, query: WardIssueIncidentQuery): Promise<WardIssueIncident[]> {
  const conditions: SQL[] = [gte(incidents.createdAt, query.from), lt(incidents.createdAt, query.to)];
  if (query.areaId !== undefined) conditions.push(eq(incidents.areaId, query.areaId));
  const rows = await db
    .select({ id: incidents.id, code: incidents.incidentCode, category: incidents.policeUkCategory, wardCode: incidents.wardCode, occurredAt: incidents.createdAt })
    .from(incidents)
    .where(and(...conditions))
    .orderBy(asc(incidents.createdAt), sql`${incidents.id} collate "C"`);
  return rows.map((row) => ({ id: row.id, type: row.category ?? row.code, ...(row.wardCode === null ? {} : { wardCode: row.wardCode }), occurredAt: row.occurredAt }));
}

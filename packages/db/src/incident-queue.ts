/**
 * The control room's incident queue in one statement: each incident with the decisions in force
 * (latest assessment's suggestion, grade with its target, routing) and the units sent to it — no
 * personal data (`incident_people` and `incident_reports` are not read), so a list can be shown
 * and refreshed on every live event without a DPA 2018 s.62 consultation.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from './database';
import { queryRows } from './query-rows';

/** Which incidents: open ones (the default) or all, answered since a time, of one area. */
export interface IncidentQueueQuery {
  /** Only this incident. */
  id?: string;
  /** Only incidents of this area (incidents with no area are then left out). */
  areaId?: string;
  /** Only incidents whose call was answered at or after this time. */
  since?: Date;
  /**
   * Only incidents still needing the control room: not yet routed, or routed to deploy and not
   * finished (a unit still assigned, or none yet sent, or none cleared from the scene).
   */
  openOnly: boolean;
  /** At most this many, the most recent calls first. */
  limit: number;
}

/** A unit sent to a queued incident (the assignment, with the unit's call sign). */
export interface QueuedAssignment {
  readonly id: string;
  readonly unitId: string;
  readonly callSign: string;
  readonly dispatchedAt: Date;
  readonly enRouteAt: Date | null;
  readonly arrivedAt: Date | null;
  readonly endedAt: Date | null;
  readonly endReason: 'cleared' | 'stood-down' | null;
}

/** One incident of the queue. */
export interface QueuedIncident {
  readonly id: string;
  readonly version: number;
  readonly callAnsweredAt: Date;
  readonly channel: { readonly id: string; readonly name: string; readonly kind: string };
  readonly incidentType: { readonly category: string; readonly code: string; readonly policeUkCategory: string | null };
  readonly demandTypeId: string;
  readonly lat: number;
  readonly lon: number;
  readonly areaId: string | null;
  readonly ward: { readonly code: string; readonly name: string | null } | null;
  readonly urbanRural: 'urban' | 'rural' | null;
  /** The latest THRIVE+ assessment's suggested grade, or null before the first. */
  readonly assessment: { readonly id: string; readonly suggestedGrade: number; readonly assessedAt: Date } | null;
  /** The grade decision in force: `target` as stored (the domain's `ResponseTarget`, dates as ISO text). */
  readonly grade: {
    readonly grade: number;
    readonly name: string;
    readonly response: string;
    readonly decision: 'confirmed' | 'overridden';
    readonly decidedAt: Date;
    readonly target: Record<string, unknown> | null;
  } | null;
  /** The routing decision in force. */
  readonly route: { readonly route: string; readonly teamKind: string | null; readonly partnerName: string | null; readonly decidedAt: Date } | null;
  /** Every unit sent, by dispatch time. */
  readonly assignments: readonly QueuedAssignment[];
}

interface Row extends Record<string, unknown> {
  id: string;
  version: number;
  call_answered_at: Date | string;
  channel_id: string;
  channel_name: string;
  channel_kind: string;
  incident_category: string;
  incident_code: string;
  police_uk_category: string | null;
  demand_type_id: string;
  lat: number;
  lon: number;
  area_id: string | null;
  ward_code: string | null;
  ward_name: string | null;
  urban_rural: 'urban' | 'rural' | null;
  assessment_id: string | null;
  suggested_grade: number | null;
  assessed_at: Date | string | null;
  grade: number | null;
  grade_name: string | null;
  response: string | null;
  decision: 'confirmed' | 'overridden' | null;
  decided_at: Date | string | null;
  target: Record<string, unknown> | null;
  route: string | null;
  team_kind: string | null;
  partner: { name?: string | null } | null;
  routed_at: Date | string | null;
  assignments: AssignmentJson[] | null;
}

interface AssignmentJson {
  id: string;
  unitId: string;
  callSign: string;
  dispatchedAt: string;
  enRouteAt: string | null;
  arrivedAt: string | null;
  endedAt: string | null;
  endReason: 'cleared' | 'stood-down' | null;
}

/**
 * The queue: incidents matching `query`, the most recent calls first. "Open" is decided in SQL
 * (see {@link IncidentQueueQuery.openOnly}) so that `limit` counts only incidents shown.
 */
export async function listIncidentQueue(db: Database, query: IncidentQueueQuery): Promise<QueuedIncident[]> {
  if (!Number.isInteger(query.limit) || query.limit < 1) throw new RangeError(`limit: expected an integer ≥ 1, got ${query.limit}`);
  const conditions: SQL[] = [sql`true`];
  if (query.id !== undefined) conditions.push(sql`i.id = ${query.id}`);
  if (query.areaId !== undefined) conditions.push(sql`i.area_id = ${query.areaId}`);
  if (query.since !== undefined) conditions.push(sql`i.call_answered_at >= ${query.since.toISOString()}::timestamptz`);
  if (query.openOnly) {
    conditions.push(sql`(r.route is null or r.route = 'deploy')`);
    conditions.push(sql`not (r.route = 'deploy' and coalesce(x.live, 0) = 0 and coalesce(x.cleared, 0) > 0)`);
  }
  const rows = await queryRows<Row>(
    db,
    sql`
      select i.id, v.version, i.call_answered_at, i.channel_id, i.channel_name, i.channel_kind,
             i.incident_category, i.incident_code, i.police_uk_category, i.demand_type_id,
             i.lat, i.lon, i.area_id, i.ward_code, i.ward_name, i.urban_rural,
             a.id as assessment_id, a.suggested_grade, a.assessed_at,
             g.grade, g.grade_name, g.response, g.decision, g.decided_at, g.target,
             r.route, r.team_kind, r.partner, r.decided_at as routed_at,
             x.list as assignments
        from incidents i
        cross join lateral (select max(e.sequence)::int as version from incident_events e where e.incident_id = i.id) v
        left join lateral (
          select id, suggested_grade, assessed_at from incident_assessments where incident_id = i.id order by sequence desc limit 1
        ) a on true
        left join lateral (
          select grade, grade_name, response, decision, decided_at, target from incident_grade_decisions where incident_id = i.id order by sequence desc limit 1
        ) g on true
        left join lateral (
          select route, team_kind, partner, decided_at from incident_routing_decisions where incident_id = i.id order by sequence desc limit 1
        ) r on true
        left join lateral (
          select json_agg(json_build_object(
                   'id', s.id, 'unitId', s.unit_id, 'callSign', u.call_sign, 'dispatchedAt', s.dispatched_at, 'enRouteAt', s.en_route_at,
                   'arrivedAt', s.arrived_at, 'endedAt', s.ended_at, 'endReason', s.end_reason) order by s.dispatched_at, s.id) as list,
                 (count(*) filter (where s.ended_at is null))::int as live,
                 (count(*) filter (where s.end_reason = 'cleared'))::int as cleared
            from assignments s join units u on u.id = s.unit_id
           where s.incident_id = i.id
        ) x on true
       where ${sql.join(conditions, sql` and `)}
       order by i.call_answered_at desc, i.id
       limit ${query.limit}`,
  );
  return rows.map(toQueuedIncident);
}

function toQueuedIncident(row: Row): QueuedIncident {
  return {
    id: row.id,
    version: Number(row.version),
    callAnsweredAt: toDate(row.call_answered_at),
    channel: { id: row.channel_id, name: row.channel_name, kind: row.channel_kind },
    incidentType: { category: row.incident_category, code: row.incident_code, policeUkCategory: row.police_uk_category },
    demandTypeId: row.demand_type_id,
    lat: Number(row.lat),
    lon: Number(row.lon),
    areaId: row.area_id,
    ward: row.ward_code === null ? null : { code: row.ward_code, name: row.ward_name },
    urbanRural: row.urban_rural,
    assessment:
      row.assessment_id === null || row.suggested_grade === null || row.assessed_at === null
        ? null
        : { id: row.assessment_id, suggestedGrade: Number(row.suggested_grade), assessedAt: toDate(row.assessed_at) },
    grade:
      row.grade === null || row.grade_name === null || row.response === null || row.decision === null || row.decided_at === null
        ? null
        : { grade: Number(row.grade), name: row.grade_name, response: row.response, decision: row.decision, decidedAt: toDate(row.decided_at), target: row.target },
    route: row.route === null || row.routed_at === null ? null : { route: row.route, teamKind: row.team_kind, partnerName: row.partner?.name ?? null, decidedAt: toDate(row.routed_at) },
    assignments: (row.assignments ?? []).map((assignment) => ({
      id: assignment.id,
      unitId: assignment.unitId,
      callSign: assignment.callSign,
      dispatchedAt: toDate(assignment.dispatchedAt),
      enRouteAt: toDateOrNull(assignment.enRouteAt),
      arrivedAt: toDateOrNull(assignment.arrivedAt),
      endedAt: toDateOrNull(assignment.endedAt),
      endReason: assignment.endReason,
    })),
  };
}

/** pg parses timestamptz columns to Date; inside JSON they arrive as text. */
function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

function toDateOrNull(value: Date | string | null): Date | null {
  return value === null ? null : toDate(value);
}

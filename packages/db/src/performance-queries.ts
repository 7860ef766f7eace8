/**
 * `PerformanceQueries` in SQL: the records behind the performance measures, one statement per kind,
 * aggregated in the database (first dispatch/arrival over every assignment, handoff counts, the
 * Resolution Centre's cases and victims) so only one row per incident, case or duty comes back.
 * Reads no personal-data column (see PERSONAL_DATA_COLUMNS): `victims` is only counted.
 *
 * Which period a record belongs to: incidents by `call_answered_at`, cases by `opened_at`, duties
 * by `due_by` — all in [from, to). The grade in force is the incident's latest grade decision (the
 * highest timeline sequence); its stored `target` says the clock, minutes and urban/rural class.
 */
import type {
  AttendanceRecord,
  CaseRecord,
  PerformanceQueries,
  PerformanceRecords,
  PerformanceWindow,
  ResolutionCentreRecord,
  Route,
  TargetClock,
  VictimDutyRecord,
} from '@peel/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from './database';
import { queryRows } from './query-rows';

type Instant = Date | string;

/** A timestamp as either driver returns it (Date from pg and PGlite's parser; text if unparsed). */
function instant(value: Instant): Date {
  return value instanceof Date ? value : new Date(value);
}

function optionalInstant(value: Instant | null): Date | null {
  return value === null ? null : instant(value);
}

/** `column` in the window (and the area, when one is asked for). */
function inWindow(window: PerformanceWindow, column: SQL, areaColumn: SQL): SQL {
  const area = window.areaId === undefined ? sql`` : sql` and ${areaColumn} = ${window.areaId}`;
  return sql`${column} >= ${window.from.toISOString()}::timestamptz and ${column} < ${window.to.toISOString()}::timestamptz${area}`;
}

interface AttendanceRow extends Record<string, unknown> {
  id: string;
  area_id: string | null;
  call_answered_at: Instant;
  grade: number;
  graded_at: Instant;
  clock: TargetClock;
  minutes: number;
  urban_rural: 'urban' | 'rural';
  class_assumed: boolean;
  dispatched_at: Instant | null;
  en_route_at: Instant | null;
  arrived_at: Instant | null;
}

async function listAttendances(db: Database, window: PerformanceWindow): Promise<AttendanceRecord[]> {
  const rows = await queryRows<AttendanceRow>(
    db,
    sql`with in_force as (
          select distinct on (g.incident_id) g.incident_id, g.grade, g.decided_at, g.target
          from incident_grade_decisions g join incidents i on i.id = g.incident_id
          where ${inWindow(window, sql`i.call_answered_at`, sql`i.area_id`)}
          order by g.incident_id, g.sequence desc
        ), firsts as (
          select a.incident_id, min(a.dispatched_at) as dispatched_at, min(a.en_route_at) as en_route_at, min(a.arrived_at) as arrived_at
          from assignments a where a.incident_id in (select incident_id from in_force)
          group by a.incident_id
        )
        select i.id, i.area_id, i.call_answered_at, f.grade, f.decided_at as graded_at,
          f.target->>'clock' as clock, (f.target->>'minutes')::float8 as minutes, f.target->>'urbanRural' as urban_rural,
          coalesce((f.target->>'classAssumed')::boolean, false) as class_assumed,
          t.dispatched_at, t.en_route_at, t.arrived_at
        from in_force f join incidents i on i.id = f.incident_id left join firsts t on t.incident_id = f.incident_id
        where f.target->>'kind' = 'attendance'
        order by i.call_answered_at, i.id`,
  );
  return rows.map((row) => ({
    incidentId: row.id,
    areaId: row.area_id,
    callAnsweredAt: instant(row.call_answered_at),
    grade: Number(row.grade),
    gradedAt: instant(row.graded_at),
    target: { clock: row.clock, minutes: Number(row.minutes), urbanRural: row.urban_rural, classAssumed: row.class_assumed },
    dispatchedAt: optionalInstant(row.dispatched_at),
    enRouteAt: optionalInstant(row.en_route_at),
    arrivedAt: optionalInstant(row.arrived_at),
  }));
}

interface CaseRow extends Record<string, unknown> {
  id: string;
  area: string;
  opened_at: Instant;
  call_answered_at: Instant | null;
  handoff_count: number;
  finalised_at: Instant | null;
}

async function listCases(db: Database, window: PerformanceWindow): Promise<CaseRecord[]> {
  const rows = await queryRows<CaseRow>(
    db,
    sql`select c.id, c.area, c.opened_at, i.call_answered_at,
          (select count(*)::int from case_handoffs h where h.case_id = c.id) as handoff_count,
          case when c.status = 'finalised'
            then (select max(s.at) from case_status_changes s where s.case_id = c.id and s.to_status = 'finalised') end as finalised_at
        from cases c left join incidents i on i.id = c.incident_id
        where ${inWindow(window, sql`c.opened_at`, sql`c.area`)}
        order by c.opened_at, c.id`,
  );
  return rows.map((row) => ({
    caseId: row.id,
    areaId: row.area,
    openedAt: instant(row.opened_at),
    callAnsweredAt: optionalInstant(row.call_answered_at),
    handoffCount: Number(row.handoff_count),
    finalisedAt: optionalInstant(row.finalised_at),
  }));
}

interface ResolutionCentreRow extends Record<string, unknown> {
  id: string;
  area_id: string | null;
  call_answered_at: Instant;
  routed_at: Instant;
  team_id: string | null;
  final_route: Route;
  deployed: boolean;
  open_in_centre: number;
  finalised_in_centre: number;
  left_centre: number;
  victim_count: number;
  first_update_at: Instant | null;
}

async function listResolutionCentre(db: Database, window: PerformanceWindow): Promise<ResolutionCentreRecord[]> {
  // A case "left the centre" when any team that owned it (now, or either side of a handoff) is not
  // the centre's team the incident was routed to.
  const rows = await queryRows<ResolutionCentreRow>(
    db,
    sql`with first_routing as (
          select distinct on (r.incident_id) r.incident_id, r.decided_at as routed_at, r.team_id
          from incident_routing_decisions r join incidents i on i.id = r.incident_id
          where r.route = 'resolution-centre' and ${inWindow(window, sql`i.call_answered_at`, sql`i.area_id`)}
          order by r.incident_id, r.sequence
        ), last_routing as (
          select distinct on (r.incident_id) r.incident_id, r.route
          from incident_routing_decisions r where r.incident_id in (select incident_id from first_routing)
          order by r.incident_id, r.sequence desc
        ), centre_cases as (
          select f.incident_id, c.id as case_id, c.status <> 'finalised' as is_open,
            (c.owner_team_id is distinct from f.team_id or exists (
              select 1 from case_handoffs h where h.case_id = c.id and (h.from_team_id is distinct from f.team_id or h.to_team_id is distinct from f.team_id)
            )) as left_centre
          from first_routing f join cases c on c.incident_id = f.incident_id
        )
        select i.id, i.area_id, i.call_answered_at, f.routed_at, f.team_id, l.route as final_route,
          exists (select 1 from assignments a where a.incident_id = f.incident_id) as deployed,
          (select count(*)::int from centre_cases k where k.incident_id = f.incident_id and k.is_open and not k.left_centre) as open_in_centre,
          (select count(*)::int from centre_cases k where k.incident_id = f.incident_id and not k.is_open and not k.left_centre) as finalised_in_centre,
          (select count(*)::int from centre_cases k where k.incident_id = f.incident_id and k.left_centre) as left_centre,
          (select count(*)::int from victims v join centre_cases k on k.case_id = v.case_id where k.incident_id = f.incident_id) as victim_count,
          (select min(u.at) from victim_updates u join centre_cases k on k.case_id = u.case_id where k.incident_id = f.incident_id) as first_update_at
        from first_routing f join incidents i on i.id = f.incident_id join last_routing l on l.incident_id = f.incident_id
        order by i.call_answered_at, i.id`,
  );
  return rows.map((row) => ({
    incidentId: row.id,
    areaId: row.area_id,
    callAnsweredAt: instant(row.call_answered_at),
    routedAt: instant(row.routed_at),
    teamId: row.team_id,
    finalRoute: row.final_route,
    deployed: row.deployed,
    casesOpenInCentre: Number(row.open_in_centre),
    casesFinalisedInCentre: Number(row.finalised_in_centre),
    casesLeftCentre: Number(row.left_centre),
    victimCount: Number(row.victim_count),
    firstVictimUpdateAt: optionalInstant(row.first_update_at),
  }));
}

interface DutyRow extends Record<string, unknown> {
  id: string;
  case_id: string;
  area: string;
  kind: VictimDutyRecord['kind'];
  due_by: Instant;
  status: VictimDutyRecord['status'];
  met_at: Instant | null;
  met_on_time: boolean | null;
}

async function listVictimDuties(db: Database, window: PerformanceWindow): Promise<VictimDutyRecord[]> {
  const rows = await queryRows<DutyRow>(
    db,
    sql`select d.id, d.case_id, c.area, d.kind, d.due_by, d.status, d.met_at, d.met_on_time
        from victim_duties d join cases c on c.id = d.case_id
        where ${inWindow(window, sql`d.due_by`, sql`c.area`)}
        order by d.due_by, d.id`,
  );
  return rows.map((row) => ({
    dutyId: row.id,
    caseId: row.case_id,
    areaId: row.area,
    kind: row.kind,
    dueBy: instant(row.due_by),
    status: row.status,
    metAt: optionalInstant(row.met_at),
    metOnTime: row.met_on_time,
  }));
}

/**
 * The performance records of a window, read on `db` (a database or a transaction). The four
 * statements run one after another: with PGlite there is one connection; on PostgreSQL they are
 * not one snapshot, so a figure computed while work is recorded may count a change in one measure
 * and not yet in another — each measure is consistent in itself.
 */
export function createPerformanceQueries(db: Database): PerformanceQueries {
  return {
    async loadRecords(window: PerformanceWindow): Promise<PerformanceRecords> {
      return {
        attendances: await listAttendances(db, window),
        cases: await listCases(db, window),
        resolutionCentre: await listResolutionCentre(db, window),
        victimDuties: await listVictimDuties(db, window),
      };
    },
  };
}

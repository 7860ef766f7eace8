/**
 * Incidents to rows and back. Each record type has explicit columns for what is queried and
 * jsonb for nested structure; dates inside jsonb are stored as ISO text and revived here, so an
 * incident read back equals the one stored (dates included).
 */
import {
  normaliseName,
  normalisePhone,
  type GradeDecision,
  type Incident,
  type IncidentPerson,
  type ResponseTarget,
  type RoutingDecision,
  type ThriveAssessment,
  type TimelineEvent,
} from '@peel/domain';
import type { incidentAssessments, incidentEvents, incidentGradeDecisions, incidentPeople, incidentReports, incidentRoutingDecisions, incidents } from './schema';

type IncidentRow = typeof incidents.$inferSelect;
type PersonRow = typeof incidentPeople.$inferSelect;
type ReportRow = typeof incidentReports.$inferSelect;
type EventRow = typeof incidentEvents.$inferSelect;
type AssessmentRow = typeof incidentAssessments.$inferSelect;
type GradeRow = typeof incidentGradeDecisions.$inferSelect;
type RoutingRow = typeof incidentRoutingDecisions.$inferSelect;

/** The rows of a new incident: the incident, its people, its report and its `created` event. */
export function newIncidentRows(incident: Incident): { incident: IncidentRow; people: PersonRow[]; report: ReportRow; event: EventRow } {
  const { location, incidentType, channel } = incident;
  const person = (role: PersonRow['role'], value: IncidentPerson): PersonRow => ({
    incidentId: incident.id,
    role,
    name: value.name,
    phone: value.phone,
    nameKey: value.name === null ? null : normaliseName(value.name),
    phoneKey: value.phone === null ? null : normalisePhone(value.phone),
  });
  const [created] = incident.timeline;
  if (created === undefined) throw new Error(`incident ${incident.id} has no created event`);
  return {
    incident: {
      id: incident.id,
      modelId: incident.modelId,
      channelId: channel.id,
      channelName: channel.name,
      channelKind: channel.kind,
      callAnsweredAt: incident.callAnsweredAt,
      createdAt: incident.createdAt,
      createdBy: incident.createdBy,
      lat: location.lat,
      lon: location.lon,
      lsoaCode: location.lsoa?.code ?? null,
      lsoaName: location.lsoa?.name ?? null,
      wardCode: location.ward?.code ?? null,
      wardName: location.ward?.name ?? null,
      areaId: location.areaId,
      urbanRural: location.urbanRural,
      incidentCategory: incidentType.category,
      incidentCode: incidentType.code,
      qualifiers: [...incidentType.qualifiers],
      policeUkCategory: incidentType.policeUkCategory,
      demandTypeId: incident.demandTypeId,
      tags: [...incident.tags],
    },
    people: [person('caller', incident.caller), ...(incident.victim === null ? [] : [person('victim', incident.victim)])],
    report: { incidentId: incident.id, description: incident.description, locationDescription: location.description },
    event: eventRow(incident.id, created),
  };
}

/** A timeline event's row: the common fields in columns, the rest in `details`. */
export function eventRow(incidentId: string, event: TimelineEvent): EventRow {
  const { sequence, type, at, by, ...details } = event;
  return { incidentId, sequence, type, at, by, details };
}

/** An assessment's row. */
export function assessmentRow(incidentId: string, sequence: number, record: ThriveAssessment): AssessmentRow {
  return {
    id: record.id,
    incidentId,
    sequence,
    assessedBy: record.assessedBy,
    assessedAt: record.assessedAt,
    suggestedGrade: record.suggestion.grade,
    factors: record.factors,
    repeatVictim: record.repeatVictim,
    repeatLocation: record.repeatLocation,
    rightCare: record.rightCare,
    suggestion: record.suggestion,
  };
}

/** A grade decision's row. */
export function gradeRow(incidentId: string, sequence: number, record: GradeDecision): GradeRow {
  return {
    id: record.id,
    incidentId,
    sequence,
    grade: record.grade,
    gradeName: record.gradeName,
    response: record.response,
    suggestedGrade: record.suggestedGrade,
    assessmentId: record.assessmentId,
    decision: record.decision,
    reason: record.reason,
    previousGrade: record.previousGrade,
    decidedBy: record.decidedBy,
    decidedAt: record.decidedAt,
    target: record.target,
  };
}

/** A routing decision's row. */
export function routingRow(incidentId: string, sequence: number, record: RoutingDecision): RoutingRow {
  return {
    id: record.id,
    incidentId,
    sequence,
    route: record.route,
    ruleId: record.ruleId,
    rationale: record.rationale,
    teamId: record.teamId,
    teamKind: record.teamKind,
    roles: [...record.roles],
    partner: record.partner,
    grade: record.grade,
    assessmentId: record.assessmentId,
    rightCare: record.rightCare,
    skippedRules: record.skippedRules,
    warnings: [...record.warnings],
    decidedBy: record.decidedBy,
    decidedAt: record.decidedAt,
  };
}

/** Everything stored about one incident. */
export interface IncidentRowSet {
  incident: IncidentRow;
  people: readonly PersonRow[];
  report: ReportRow | undefined;
  events: readonly EventRow[];
  assessments: readonly AssessmentRow[];
  grades: readonly GradeRow[];
  routes: readonly RoutingRow[];
}

/** The incident the rows describe (records and events in sequence order). */
export function toIncident(rows: IncidentRowSet): Incident {
  const { incident: row, report } = rows;
  if (report === undefined) throw new Error(`incident ${row.id} has no report row`);
  const person = (role: PersonRow['role']): IncidentPerson | null => {
    const found = rows.people.find((candidate) => candidate.role === role);
    return found === undefined ? null : { personalData: true, name: found.name, phone: found.phone };
  };
  const caller = person('caller');
  if (caller === null) throw new Error(`incident ${row.id} has no caller row`);
  const timeline = rows.events.map(toEvent);
  return {
    id: row.id,
    modelId: row.modelId,
    channel: { id: row.channelId, name: row.channelName, kind: row.channelKind as Incident['channel']['kind'] },
    callAnsweredAt: row.callAnsweredAt,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    caller,
    victim: person('victim'),
    location: {
      lat: row.lat,
      lon: row.lon,
      description: report.locationDescription,
      lsoa: row.lsoaCode === null ? null : { code: row.lsoaCode, name: row.lsoaName },
      ward: row.wardCode === null ? null : { code: row.wardCode, name: row.wardName },
      areaId: row.areaId,
      urbanRural: row.urbanRural,
    },
    incidentType: {
      category: row.incidentCategory as Incident['incidentType']['category'],
      code: row.incidentCode as Incident['incidentType']['code'],
      qualifiers: row.qualifiers as Incident['incidentType']['qualifiers'],
      policeUkCategory: row.policeUkCategory as Incident['incidentType']['policeUkCategory'],
    },
    demandTypeId: row.demandTypeId,
    tags: row.tags,
    description: report.description,
    assessments: rows.assessments.map(toAssessment),
    grades: rows.grades.map(toGradeDecision),
    routes: rows.routes.map(toRoutingDecision),
    timeline,
    version: timeline.at(-1)?.sequence ?? 0,
  };
}

function toEvent(row: EventRow): TimelineEvent {
  return { sequence: row.sequence, type: row.type, at: row.at, by: row.by, ...(row.details as object) } as TimelineEvent;
}

function toAssessment(row: AssessmentRow): ThriveAssessment {
  return {
    id: row.id,
    factors: row.factors as ThriveAssessment['factors'],
    assessedBy: row.assessedBy,
    assessedAt: row.assessedAt,
    repeatVictim: row.repeatVictim as ThriveAssessment['repeatVictim'],
    repeatLocation: row.repeatLocation as ThriveAssessment['repeatLocation'],
    rightCare: row.rightCare as ThriveAssessment['rightCare'],
    suggestion: row.suggestion as ThriveAssessment['suggestion'],
  };
}

/** The target as stored (its dates as ISO text). */
type StoredTarget = Omit<ResponseTarget, 'startsAt' | 'dueAt'> & { startsAt: string | null; dueAt: string | null };

function toTarget(stored: unknown): ResponseTarget | null {
  if (stored === null || stored === undefined) return null;
  const target = stored as StoredTarget;
  const date = (value: string | null) => (value === null ? null : new Date(value));
  return { ...target, startsAt: date(target.startsAt), dueAt: date(target.dueAt) } as ResponseTarget;
}

function toGradeDecision(row: GradeRow): GradeDecision {
  return {
    id: row.id,
    grade: row.grade,
    gradeName: row.gradeName,
    response: row.response as GradeDecision['response'],
    suggestedGrade: row.suggestedGrade,
    assessmentId: row.assessmentId,
    decision: row.decision,
    reason: row.reason,
    previousGrade: row.previousGrade,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
    target: toTarget(row.target),
  };
}

function toRoutingDecision(row: RoutingRow): RoutingDecision {
  return {
    id: row.id,
    route: row.route as RoutingDecision['route'],
    ruleId: row.ruleId,
    rationale: row.rationale,
    teamId: row.teamId,
    teamKind: row.teamKind,
    roles: row.roles,
    partner: row.partner as RoutingDecision['partner'],
    grade: row.grade,
    assessmentId: row.assessmentId,
    rightCare: row.rightCare as RoutingDecision['rightCare'],
    skippedRules: row.skippedRules as RoutingDecision['skippedRules'],
    warnings: row.warnings,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
  };
}

/**
 * Shapes of the API answers the control room reads, from the server's zod schemas
 * (apps/server/src/routes/control-room/control-room-schemas.ts and
 * apps/server/src/routes/operations/operations-schemas.ts; OpenAPI at /api/docs). Times are ISO 8601.
 */

/** The event a response target runs from. */
export type TargetClock = 'call-answered' | 'graded' | 'dispatched';

/** Where an incident stands (apps/server/src/routes/control-room/queue-view.ts). */
export type QueueState = 'awaiting-assessment' | 'awaiting-grade' | 'awaiting-route' | 'awaiting-dispatch' | 'dispatched' | 'on-scene' | 'resolved' | 'routed-elsewhere';

/** The grade in force's target, measured by the server when it answered. */
export type TargetView =
  | {
      kind: 'attendance';
      clock: TargetClock;
      minutes: number;
      urbanRural: 'urban' | 'rural';
      classAssumed: boolean;
      startsAt: string | null;
      dueAt: string | null;
      arrivedAt: string | null;
      responseMinutes: number | null;
      outcome: 'met' | 'missed' | 'pending';
    }
  | { kind: 'appointment'; clock: 'graded'; withinHours: number; startsAt: string; dueAt: string };

/** A unit sent to an incident. */
export interface QueuedAssignment {
  id: string;
  unitId: string;
  callSign: string;
  dispatchedAt: string;
  enRouteAt: string | null;
  arrivedAt: string | null;
  endedAt: string | null;
  endReason: 'cleared' | 'stood-down' | null;
}

/** One incident of GET /api/incidents (no personal data). */
export interface QueuedIncident {
  id: string;
  version: number;
  callAnsweredAt: string;
  channel: { id: string; name: string; kind: string };
  incidentType: { category: string; code: string; name: string; policeUkCategory: string | null };
  demandType: { id: string; name: string };
  areaId: string | null;
  ward: { code: string; name: string | null } | null;
  lat: number;
  lon: number;
  urbanRural: 'urban' | 'rural' | null;
  state: QueueState;
  suggestedGrade: number | null;
  grade: { grade: number; name: string; response: string; decision: 'confirmed' | 'overridden'; decidedAt: string } | null;
  route: { route: string; teamKind: string | null; partnerName: string | null; decidedAt: string } | null;
  target: TargetView | null;
  assignments: QueuedAssignment[];
}

/** GET /api/incidents. */
export interface IncidentQueue {
  generatedAt: string;
  incidents: QueuedIncident[];
  truncated: boolean;
}

/** A THRIVE+ factor's rating and why. */
export interface FactorAssessment {
  rating: ThriveRating;
  rationale: string;
}

/** THRIVE+ ratings, least to most serious. */
export type ThriveRating = 'none' | 'low' | 'medium' | 'high';

/** A repeat-victim or repeat-location check. */
export interface RepeatCheck {
  isRepeat: boolean;
  previousCount: number;
  minimumPrevious: number;
  lookbackDays: number;
  radiusMetres: number | null;
  incidentIds: string[];
}

/** A THRIVE+ assessment (domain `ThriveAssessment`). */
export interface ThriveAssessment {
  id: string;
  factors: Record<string, FactorAssessment>;
  assessedBy: string;
  assessedAt: string;
  repeatVictim: RepeatCheck;
  repeatLocation: RepeatCheck;
  rightCare: { outcome: 'not-applicable' | 'refer-to-partner' | 'police-attend'; matchedTags: string[]; reasons: string[] };
  suggestion: { grade: number; gradeName: string; response: string; reasons: { code: string; message: string }[] };
}

/** A grade decision (domain `GradeDecision`). */
export interface GradeDecision {
  id: string;
  grade: number;
  gradeName: string;
  suggestedGrade: number;
  decision: 'confirmed' | 'overridden';
  reason: string | null;
  previousGrade: number | null;
  decidedBy: string;
  decidedAt: string;
}

/** A routing decision (domain `RoutingDecision`). */
export interface RoutingDecision {
  id: string;
  route: string;
  ruleId: string;
  rationale: string | null;
  teamKind: string | null;
  roles: string[];
  partner: { id: string; name: string | null } | null;
  skippedRules: { ruleId: string; reason: string }[];
  warnings: string[];
  /** The grade and assessment the decision was taken on (a newer one makes it stale). */
  grade: number;
  assessmentId: string;
  decidedBy: string;
  decidedAt: string;
}

/** A timeline event (domain `TimelineEvent`): ids and decisions, never personal data. */
export interface TimelineEvent {
  sequence: number;
  type: 'created' | 'assessed' | 'graded' | 'regraded' | 'routed' | 'assignment';
  at: string;
  by: string;
  stage?: 'dispatched' | 'en-route' | 'on-scene' | 'cleared' | 'stood-down';
  callSign?: string;
  grade?: number;
  previousGrade?: number | null;
  suggestedGrade?: number;
  decision?: 'confirmed' | 'overridden';
  reason?: string | null;
  route?: string;
  reassessment?: boolean;
  repeatVictim?: boolean;
  repeatLocation?: boolean;
  channelId?: string;
  incidentTypeCode?: string;
  override?: { reason: string; unmet: string[] } | null;
}

/** GET /api/incidents/:id/history. */
export interface IncidentHistory extends QueuedIncident {
  tags: string[];
  assessments: ThriveAssessment[];
  grades: GradeDecision[];
  routes: RoutingDecision[];
  timeline: TimelineEvent[];
}

/** The personal data of GET /api/incidents/:id (an audited consultation). */
export interface IncidentPersonalData {
  id: string;
  caller: { name: string | null; phone: string | null };
  victim: { name: string | null; phone: string | null } | null;
  description: string;
  location: { description: string | null };
}

/** A unit of GET /api/units. */
export interface BoardUnit {
  id: string;
  callSign: string;
  teamId: string;
  teamKind: string;
  areaId: string;
  relief: number | null;
  shiftId: string | null;
  status: string;
  statusSince: string;
  nextStatuses: string[];
  incidentId: string | null;
  position: { lat: number; lon: number; at: string } | null;
  crewRoles: string[];
  capabilities: { roles: string[]; powers: string[]; skills: string[]; officerCount: number };
  bookedOnAt: string;
}

/** GET /api/control-room/reference. */
export interface ControlRoomReference {
  modelId: string;
  channels: { id: string; name: string; kind: string }[];
  grades: {
    grade: number;
    name: string;
    response: string;
    attendance: { urbanTargetMinutes: number; ruralTargetMinutes: number; clock: TargetClock } | null;
    appointmentWithinHours: number | null;
  }[];
  incidentCodes: { code: string; category: string; name: string }[];
  qualifiers: string[];
  policeUkCategories: { id: string; name: string }[];
  demandTypes: { id: string; name: string }[];
  thrive: { factors: string[]; ratings: ThriveRating[] };
  /** The model's partner agencies, with the working days they agreed to respond in. */
  partners: { id: string; name: string; kind: string; slaResponseWorkingDays: number | null }[];
  /** SARA stages and the moves allowed from each. */
  sara: { stage: string; next: string[] }[];
}

/** One ranked unit of GET /api/incidents/:id/recommendations. */
export interface Recommendation {
  rank: number;
  unitId: string;
  callSign: string;
  teamKind?: string;
  areaId?: string;
  score: number;
  /** Straight-line and road kilometres, and minutes (set-up + road ÷ speed). */
  travel: { straightLine: number; road: number; time: number };
  estimatedArrival: string;
  meetsTarget?: boolean;
  /** Areas that would fall outside their Grade 1 target if this unit goes (travel minutes from the next unit, null: none left). */
  coverageLoss?: { areaId: string; targetMinutes: number; minutesNow: number; minutesAfter: number | null }[];
  reasons: { kind: string; penaltyMinutes: number; text: string }[];
}

/** GET /api/incidents/:id/recommendations. */
export interface Recommendations {
  incidentId: string;
  generatedAt: string;
  recommendations: Recommendation[];
  consideredUnits: number;
  eligibleUnits: number;
  excluded: Record<string, number>;
  coverageAssessed: boolean;
}

/** The answer of POST /api/incidents/:id/assessments. */
export interface AssessmentResult {
  incidentId: string;
  version: number;
  assessment: ThriveAssessment;
}

/** The answer of POST /api/incidents/:id/grade and /route. */
export interface DecisionResult<T> {
  incidentId: string;
  version: number;
  decision: T;
}

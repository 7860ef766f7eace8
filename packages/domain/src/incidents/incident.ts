/**
 * The incident: what was reported, by which channel, where, and every decision taken on it. History
 * is append-only — assessments, grade decisions and routing decisions are lists that only grow,
 * and the timeline records each change with who and when. `version` counts timeline events, so a
 * repository can reject a change made against a stale copy.
 */
import type { CLOCKS, CHANNEL_KINDS, PoliceUkCategory, ROUTES } from '@peel/model';
import type { GradeResponse } from './grade-response';
import type { NsirCategory, NsirCode, NsirQualifier } from './nsir';
import type { RightCareAssessment, ThriveAssessment } from './thrive';
import type { TimelineEvent } from './timeline';

/**
 * A person named on an incident (caller or victim). **Personal data** under the Data Protection
 * Act 2018 Part 3: every read must be logged with its justification (s.62) by the layer that
 * serves it — see `INCIDENT_PERSONAL_DATA_PATHS` and `withoutPersonalData`.
 */
export interface IncidentPerson {
  /** Marks the object as personal data for the layers that audit reads. */
  readonly personalData: true;
  readonly name: string | null;
  readonly phone: string | null;
}

/** An ONS geography unit the incident lies in. */
export interface GeographyRef {
  readonly code: string;
  /** The name the model gives the unit, or null when the model does not list it. */
  readonly name: string | null;
}

/** Urban or rural: chooses between a grade's urban and rural attendance targets. */
export type LocationClass = 'urban' | 'rural';

/** Where the incident is: the reported point and the geography it resolves to. */
export interface IncidentLocation {
  readonly lat: number;
  readonly lon: number;
  /** Free-text address or landmark as reported. */
  readonly description: string | null;
  readonly lsoa: GeographyRef | null;
  readonly ward: GeographyRef | null;
  /** The model area (e.g. a district or LPT), or null when the point is outside every area. */
  readonly areaId: string | null;
  /** From the model's LSOA (when listed) or ward; null when neither is known. */
  readonly urbanRural: LocationClass | null;
}

/** The NSIR-style incident type. */
export interface IncidentType {
  readonly category: NsirCategory;
  readonly code: NsirCode;
  readonly qualifiers: readonly NsirQualifier[];
  /** For crime-related incidents: the data.police.uk category; otherwise null. */
  readonly policeUkCategory: PoliceUkCategory | null;
}

/** The contact channel, as the model defines it. */
export interface IncidentChannel {
  readonly id: string;
  readonly name: string;
  readonly kind: (typeof CHANNEL_KINDS)[number];
}

/** The event a response-time target runs from (the model's clocks). */
export type ResponseClock = (typeof CLOCKS)[number];

/**
 * The explicit deadline a grade sets. An attendance target runs on the clock the model names;
 * a target on the `dispatched` clock has no start (and no due time) until a unit is dispatched —
 * see `targetDueAt`. An appointment runs from the grading decision.
 */
export type ResponseTarget =
  | {
      readonly kind: 'attendance';
      readonly clock: ResponseClock;
      readonly minutes: number;
      readonly urbanRural: LocationClass;
      /** True when the location's class was unknown and the stricter urban target was applied. */
      readonly classAssumed: boolean;
      readonly startsAt: Date | null;
      readonly dueAt: Date | null;
      readonly compliancePercentTarget: number | null;
    }
  | {
      readonly kind: 'appointment';
      readonly clock: 'graded';
      readonly withinHours: number;
      readonly startsAt: Date;
      readonly dueAt: Date;
    };

/** A human grading decision: the grade chosen, the suggestion it confirms or overrides, and why. */
export interface GradeDecision {
  readonly id: string;
  readonly grade: number;
  readonly gradeName: string;
  readonly response: GradeResponse;
  /** The suggestion of the assessment the decision was taken on. */
  readonly suggestedGrade: number;
  readonly assessmentId: string;
  readonly decision: 'confirmed' | 'overridden';
  /** Mandatory for an override and for every regrade; optional when confirming. */
  readonly reason: string | null;
  /** The grade this one replaced, or null for the first grading. */
  readonly previousGrade: number | null;
  readonly decidedBy: string;
  readonly decidedAt: Date;
  /** The deadline this grade sets, or null for a grade with no attendance or appointment. */
  readonly target: ResponseTarget | null;
}

/** One of the model's routes. */
export type Route = (typeof ROUTES)[number];

/** A routing rule passed over, and why. */
export interface SkippedRule {
  readonly ruleId: string;
  readonly reason: string;
}

/** Where the incident was sent, by which of the model's rules, and why. */
export interface RoutingDecision {
  readonly id: string;
  readonly route: Route;
  readonly ruleId: string;
  readonly rationale: string | null;
  readonly teamId: string | null;
  readonly teamKind: string | null;
  readonly roles: readonly string[];
  readonly partner: { readonly id: string; readonly name: string | null; readonly kind: string | null } | null;
  /** The grade and assessment the decision was taken on. */
  readonly grade: number;
  readonly assessmentId: string;
  readonly rightCare: RightCareAssessment;
  /** Rules that matched but were not applied (Right Care, Right Person), in model order. */
  readonly skippedRules: readonly SkippedRule[];
  /** Things a controller should see (e.g. Right Care demand deployed because of a grade override). */
  readonly warnings: readonly string[];
  readonly decidedBy: string;
  readonly decidedAt: Date;
}

/** An incident with its whole history. */
export interface Incident {
  readonly id: string;
  /** The policing model (its `id`) the incident was taken under. */
  readonly modelId: string;
  readonly channel: IncidentChannel;
  /** When the call was answered (for non-voice channels, when the report was received). */
  readonly callAnsweredAt: Date;
  readonly createdAt: Date;
  readonly createdBy: string;
  readonly caller: IncidentPerson;
  readonly victim: IncidentPerson | null;
  readonly location: IncidentLocation;
  readonly incidentType: IncidentType;
  /** The model demand type the incident counts as. */
  readonly demandTypeId: string;
  /** The demand type's tags plus the qualifiers' tags, sorted; routing rules match on these. */
  readonly tags: readonly string[];
  /** Free text as reported (may contain personal data). */
  readonly description: string;
  readonly assessments: readonly ThriveAssessment[];
  readonly grades: readonly GradeDecision[];
  readonly routes: readonly RoutingDecision[];
  readonly timeline: readonly TimelineEvent[];
  /** The number of timeline events; every change appends exactly one. */
  readonly version: number;
}

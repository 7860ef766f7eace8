/**
 * The incident timeline: one immutable event per change, numbered from 1 with no gaps, each with
 * who and when. Events carry identifiers and decisions, never personal data, so a timeline can be
 * shown or exported without a DPA s.62 consultation record.
 */
import type { GradeDecision, Route } from './incident';
import type { NsirCode } from './nsir';

/** What every event has. */
export interface TimelineEventBase {
  /** 1 for `created`, then +1 per event; equals the incident's version after the event. */
  readonly sequence: number;
  readonly at: Date;
  /** The user (id) who caused the event. */
  readonly by: string;
}

/** The incident was recorded. */
export interface CreatedEvent extends TimelineEventBase {
  readonly type: 'created';
  readonly channelId: string;
  readonly incidentTypeCode: NsirCode;
  readonly demandTypeId: string;
}

/** A THRIVE+ assessment (first or re-assessment) was recorded. */
export interface AssessedEvent extends TimelineEventBase {
  readonly type: 'assessed';
  readonly assessmentId: string;
  readonly reassessment: boolean;
  readonly suggestedGrade: number;
  readonly repeatVictim: boolean;
  readonly repeatLocation: boolean;
}

/** The first grade was decided (`graded`) or the grade was changed (`regraded`). */
export interface GradedEvent extends TimelineEventBase {
  readonly type: 'graded' | 'regraded';
  readonly gradeDecisionId: string;
  readonly grade: number;
  readonly previousGrade: number | null;
  readonly suggestedGrade: number;
  readonly decision: GradeDecision['decision'];
  readonly reason: string | null;
}

/** The incident was routed (again, after a regrade or re-assessment). */
export interface RoutedEvent extends TimelineEventBase {
  readonly type: 'routed';
  readonly routingDecisionId: string;
  readonly route: Route;
  readonly ruleId: string;
  readonly teamId: string | null;
  readonly teamKind: string | null;
  readonly partnerId: string | null;
}

/** Where a unit's assignment to the incident stands (the unit status flow after dispatch). */
export const ASSIGNMENT_STAGES = ['dispatched', 'en-route', 'on-scene', 'cleared', 'stood-down'] as const;

/** One of {@link ASSIGNMENT_STAGES}. */
export type AssignmentStage = (typeof ASSIGNMENT_STAGES)[number];

/**
 * A unit was dispatched to the incident, or its assignment moved on (en route, on scene, cleared
 * from the scene, stood down before arriving). The unit's own records hold the assignment; this
 * event puts each step on the incident's timeline with who reported it.
 */
export interface AssignmentEvent extends TimelineEventBase {
  readonly type: 'assignment';
  readonly stage: AssignmentStage;
  readonly assignmentId: string;
  readonly unitId: string;
  readonly callSign: string;
  /** A dispatch despite unmet requirements: the controller's reason and what was unmet; else null. */
  readonly override: { readonly reason: string; readonly unmet: readonly string[] } | null;
}

/** Any timeline event. */
export type TimelineEvent = CreatedEvent | AssessedEvent | GradedEvent | RoutedEvent | AssignmentEvent;

/** The kinds of timeline event. */
export type TimelineEventType = TimelineEvent['type'];

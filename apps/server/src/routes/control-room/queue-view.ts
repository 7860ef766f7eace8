/**
 * How the control room sees a queued incident: where it stands (`state`) and its response target
 * measured now — which clock it runs on (call answered, graded or dispatched, as the model's grade
 * says), when that clock started, when the target falls due, and whether it was met, missed or is
 * still pending (the domain's `measureResponse`, so the queue and the performance measures agree).
 */
import type { QueuedIncident } from '@peel/db';
import { measureResponse, responseTimeline, type Assignment } from '@peel/domain';

/** Where an incident stands, in the order the control room works it. */
export const QUEUE_STATES = ['awaiting-assessment', 'awaiting-grade', 'awaiting-route', 'awaiting-dispatch', 'dispatched', 'on-scene', 'resolved', 'routed-elsewhere'] as const;

/** One of {@link QUEUE_STATES}. */
export type QueueState = (typeof QUEUE_STATES)[number];

/** The target of the grade in force, measured at a moment. Times are ISO 8601. */
export type TargetView =
  | {
      kind: 'attendance';
      /** The event the target runs from: `call-answered`, `graded` or `dispatched`. */
      clock: 'call-answered' | 'graded' | 'dispatched';
      minutes: number;
      urbanRural: 'urban' | 'rural';
      /** True when the place's class was unknown and the stricter urban target applied. */
      classAssumed: boolean;
      /** When the clock started; null while it has not (a dispatched-clock target before any dispatch). */
      startsAt: string | null;
      dueAt: string | null;
      arrivedAt: string | null;
      responseMinutes: number | null;
      outcome: 'met' | 'missed' | 'pending';
    }
  | { kind: 'appointment'; clock: 'graded'; withinHours: number; startsAt: string; dueAt: string };

/** The state of `incident` (see {@link QUEUE_STATES}). */
export function queueStateOf(incident: Pick<QueuedIncident, 'assessment' | 'grade' | 'route' | 'assignments'>): QueueState {
  if (incident.route === null) return incident.grade !== null ? 'awaiting-route' : incident.assessment !== null ? 'awaiting-grade' : 'awaiting-assessment';
  if (incident.route.route !== 'deploy') return 'routed-elsewhere';
  const live = incident.assignments.filter((assignment) => assignment.endedAt === null);
  if (live.some((assignment) => assignment.arrivedAt !== null)) return 'on-scene';
  if (live.length > 0) return 'dispatched';
  return incident.assignments.some((assignment) => assignment.endReason === 'cleared') ? 'resolved' : 'awaiting-dispatch';
}

/** The grade's target measured at `now`, or null when the grade sets none (or before grading). */
export function targetViewOf(incident: Pick<QueuedIncident, 'id' | 'callAnsweredAt' | 'grade' | 'assignments'>, now: Date): TargetView | null {
  const stored = incident.grade?.target as StoredTarget | null | undefined;
  if (!incident.grade || !stored) return null;
  if (stored.kind === 'appointment') return { kind: 'appointment', clock: 'graded', withinHours: stored.withinHours, startsAt: stored.startsAt, dueAt: stored.dueAt };
  const assignments: Assignment[] = incident.assignments.map((assignment) => ({
    id: assignment.id,
    unitId: assignment.unitId,
    incidentId: incident.id,
    dispatchedAt: assignment.dispatchedAt,
    ...(assignment.enRouteAt ? { enRouteAt: assignment.enRouteAt } : {}),
    ...(assignment.arrivedAt ? { arrivedAt: assignment.arrivedAt } : {}),
  }));
  const timeline = responseTimeline({ callAnsweredAt: incident.callAnsweredAt, gradedAt: incident.grade.decidedAt }, assignments);
  const measured = measureResponse({ timeline, target: { grade: incident.grade.grade, minutes: stored.minutes, clock: stored.clock, urbanRural: stored.urbanRural }, now });
  return {
    kind: 'attendance',
    clock: stored.clock,
    minutes: stored.minutes,
    urbanRural: stored.urbanRural,
    classAssumed: stored.classAssumed,
    startsAt: measured.clockStartedAt?.toISOString() ?? null,
    dueAt: measured.deadline?.toISOString() ?? null,
    arrivedAt: measured.arrivedAt?.toISOString() ?? null,
    responseMinutes: measured.responseMinutes ?? null,
    outcome: measured.outcome,
  };
}

/** The grade decision's target as stored (the domain's `ResponseTarget`, dates as ISO text): the fields read here. */
type StoredTarget =
  | { kind: 'attendance'; clock: 'call-answered' | 'graded' | 'dispatched'; minutes: number; urbanRural: 'urban' | 'rural'; classAssumed: boolean }
  | { kind: 'appointment'; withinHours: number; startsAt: string; dueAt: string };

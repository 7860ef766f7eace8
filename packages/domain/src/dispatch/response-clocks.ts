/**
 * Response-time clocks, defined once. An incident's response runs through five events:
 *
 *   call answered  the call handler answers (999/101) or the report is received (online, walk-in)
 *   graded         the grade whose target applies is confirmed
 *   dispatched     the FIRST unit is assigned to the incident
 *   en route       the FIRST unit reports it is on its way
 *   arrived        the FIRST unit reports it is on scene
 *
 * "First" counts units later stood down: the public waited from then. Response time is measured
 * from the event the grade's target names (`attendance.clock`: call answered, graded or
 * dispatched) to the first arrival, in minutes. The target is met when response time <= target
 * minutes (arriving exactly on the target counts as met). It is missed as soon as the deadline
 * passes without an arrival — a controller need not wait for the unit to know. When the clock
 * event has not happened yet (e.g. a dispatched-clock target before anyone is dispatched) the
 * outcome is pending and there is no deadline. An arrival before the clock event (a unit already
 * on scene when the incident was re-graded) counts as 0 minutes.
 */
import type { Assignment } from './assignment';
import type { AttendanceTarget, TargetClock } from './attendance-target';

/** The five response events, in order. */
export const RESPONSE_EVENTS = ['call-answered', 'graded', 'dispatched', 'en-route', 'arrived'] as const;

/** One of {@link RESPONSE_EVENTS}. */
export type ResponseEvent = (typeof RESPONSE_EVENTS)[number];

/** When each response event happened, where it has. */
export interface ResponseTimeline {
  readonly callAnsweredAt: Date;
  readonly gradedAt?: Date;
  readonly dispatchedAt?: Date;
  readonly enRouteAt?: Date;
  readonly arrivedAt?: Date;
}

/** Whether a target was met. */
export type ResponseOutcome = 'met' | 'missed' | 'pending';

/** A response measured against a target. */
export interface ResponseMeasurement {
  readonly target: AttendanceTarget;
  /** When the target's clock started (undefined: not yet). */
  readonly clockStartedAt?: Date;
  /** clockStartedAt + target minutes. */
  readonly deadline?: Date;
  readonly arrivedAt?: Date;
  /** Minutes from the clock's start to the first arrival (>= 0), once both have happened. */
  readonly responseMinutes?: number;
  readonly outcome: ResponseOutcome;
  /** Minutes between consecutive events that have both happened (e.g. graded → dispatched). */
  readonly intervals: Readonly<Partial<Record<'answeredToGraded' | 'gradedToDispatched' | 'dispatchedToEnRoute' | 'enRouteToArrived', number>>>;
}

/**
 * The timeline of an incident from its own times and the assignments of units to it (any unit,
 * live or ended): dispatched, en route and arrived are the earliest of each.
 */
export function responseTimeline(incident: { readonly callAnsweredAt: Date; readonly gradedAt?: Date }, assignments: readonly Assignment[]): ResponseTimeline {
  const earliest = (pick: (assignment: Assignment) => Date | undefined): Date | undefined => {
    let best: Date | undefined;
    for (const assignment of assignments) {
      const at = pick(assignment);
      if (at !== undefined && (best === undefined || at.getTime() < best.getTime())) best = at;
    }
    return best;
  };
  return {
    callAnsweredAt: incident.callAnsweredAt,
    gradedAt: incident.gradedAt,
    dispatchedAt: earliest((a) => a.dispatchedAt),
    enRouteAt: earliest((a) => a.enRouteAt),
    arrivedAt: earliest((a) => a.arrivedAt),
  };
}

/** The time the event `clock` happened on `timeline`, if it has. */
export function clockStart(timeline: ResponseTimeline, clock: TargetClock): Date | undefined {
  switch (clock) {
    case 'call-answered':
      return timeline.callAnsweredAt;
    case 'graded':
      return timeline.gradedAt;
    case 'dispatched':
      return timeline.dispatchedAt;
  }
}

/** Measures `timeline` against `target` at instant `now` (rules in the module comment). */
export function measureResponse(input: { readonly timeline: ResponseTimeline; readonly target: AttendanceTarget; readonly now: Date }): ResponseMeasurement {
  const { timeline, target, now } = input;
  const started = clockStart(timeline, target.clock);
  const deadline = started === undefined ? undefined : new Date(started.getTime() + target.minutes * 60_000);
  const arrivedAt = timeline.arrivedAt;
  const intervals = measureIntervals(timeline);
  if (started === undefined || deadline === undefined) return { target, arrivedAt, outcome: 'pending', intervals };
  if (arrivedAt !== undefined) {
    const responseMinutes = Math.max(0, minutesBetween(started, arrivedAt));
    return { target, clockStartedAt: started, deadline, arrivedAt, responseMinutes, outcome: responseMinutes <= target.minutes ? 'met' : 'missed', intervals };
  }
  return { target, clockStartedAt: started, deadline, outcome: now.getTime() > deadline.getTime() ? 'missed' : 'pending', intervals };
}

function measureIntervals(timeline: ResponseTimeline): ResponseMeasurement['intervals'] {
  const intervals: { -readonly [K in keyof ResponseMeasurement['intervals']]: number } = {};
  if (timeline.gradedAt) intervals.answeredToGraded = minutesBetween(timeline.callAnsweredAt, timeline.gradedAt);
  if (timeline.gradedAt && timeline.dispatchedAt) intervals.gradedToDispatched = minutesBetween(timeline.gradedAt, timeline.dispatchedAt);
  if (timeline.dispatchedAt && timeline.enRouteAt) intervals.dispatchedToEnRoute = minutesBetween(timeline.dispatchedAt, timeline.enRouteAt);
  if (timeline.enRouteAt && timeline.arrivedAt) intervals.enRouteToArrived = minutesBetween(timeline.enRouteAt, timeline.arrivedAt);
  return intervals;
}

function minutesBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / 60_000;
}

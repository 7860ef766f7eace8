/**
 * The explicit deadline a grade sets. The model gives each deployed grade an urban and a rural
 * attendance target and the clock it runs on — `call-answered`, `graded` or `dispatched` — because
 * "within 15 minutes" of each is a different promise (DESIGN.md, "Grades"). A scheduled grade gives
 * an appointment window, which runs from the grading decision.
 *
 * The urban or rural target is chosen by the location's class from the model; when the class is
 * unknown (a point outside the model's wards) the **urban** target, the stricter, is applied and
 * the target says so (`classAssumed`), so no incident gets a slacker promise by being unplaced.
 */
import type { GradeDecision, IncidentLocation, LocationClass, ResponseTarget } from './incident';
import type { GradeDefinition } from './grade-response';

const MINUTE_MS = 60_000;

/** The target `grade` sets for an incident, or null when the grade sets none (no deployment). */
export function responseTarget(params: {
  grade: GradeDefinition;
  urbanRural: IncidentLocation['urbanRural'];
  callAnsweredAt: Date;
  gradedAt: Date;
}): ResponseTarget | null {
  const { grade, urbanRural, callAnsweredAt, gradedAt } = params;
  if (grade.attendance !== undefined) {
    const { attendance } = grade;
    const appliedClass: LocationClass = urbanRural ?? 'urban';
    const minutes = appliedClass === 'urban' ? attendance.urbanTargetMinutes : attendance.ruralTargetMinutes;
    const startsAt = attendance.clock === 'call-answered' ? callAnsweredAt : attendance.clock === 'graded' ? gradedAt : null;
    return {
      kind: 'attendance',
      clock: attendance.clock,
      minutes,
      urbanRural: appliedClass,
      classAssumed: urbanRural === null,
      startsAt,
      dueAt: startsAt === null ? null : new Date(startsAt.getTime() + minutes * MINUTE_MS),
      compliancePercentTarget: attendance.compliancePercentTarget ?? null,
    };
  }
  if (grade.appointmentWithinHours !== undefined) {
    return { kind: 'appointment', clock: 'graded', withinHours: grade.appointmentWithinHours, startsAt: gradedAt, dueAt: new Date(gradedAt.getTime() + grade.appointmentWithinHours * 60 * MINUTE_MS) };
  }
  return null;
}

/**
 * When `target` falls due, given the dispatch time for a target on the `dispatched` clock (the
 * dispatch rules call this once a unit is sent). Null while a dispatched-clock target has no
 * dispatch, and for a null target.
 */
export function targetDueAt(target: GradeDecision['target'], times: { dispatchedAt?: Date | null } = {}): Date | null {
  if (target === null) return null;
  if (target.dueAt !== null) return target.dueAt;
  if (target.kind === 'attendance' && target.clock === 'dispatched' && times.dispatchedAt) {
    return new Date(times.dispatchedAt.getTime() + target.minutes * MINUTE_MS);
  }
  return null;
}

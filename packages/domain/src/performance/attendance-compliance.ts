/**
 * Attendance compliance per grade and urban/rural class: of the incidents whose grade in force sets
 * an attendance target, the share where the first unit arrived within the target, measured on the
 * clock the target names (call answered, graded or dispatched) by the domain's one definition of
 * response time (`measureResponse`, dispatch/response-clocks.ts). An incident whose deadline has
 * passed with nobody there is missed; one still inside its deadline (or on a dispatched clock with
 * nobody dispatched) is pending and left out of the rate.
 */
import type { PolicingModel } from '@peel/model';
import type { TargetClock } from '../dispatch/attendance-target';
import { measureResponse } from '../dispatch/response-clocks';
import type { AttendanceRecord } from './performance-records';
import { wilsonProportion, type Proportion } from './proportion';
import { summariseSample, type SampleSummary } from './sample-summary';

/** Compliance of one grade in one class on one clock. */
export interface AttendanceCompliance {
  readonly grade: number;
  readonly gradeName: string;
  readonly urbanRural: 'urban' | 'rural';
  readonly clock: TargetClock;
  /** The target minutes the incidents carried (normally one value; more if the model changed). */
  readonly targetMinutes: readonly number[];
  /** The model's compliance target for the grade, percent, if it sets one. */
  readonly targetPercent: number | null;
  /** Met out of met + missed. */
  readonly compliance: Proportion;
  readonly pending: number;
  /** Incidents placed nowhere, given the urban target (counted in the urban group). */
  readonly classAssumed: number;
  /** Minutes from the clock's start to the first arrival, for incidents attended. */
  readonly responseMinutes: SampleSummary;
}

interface Group {
  grade: number;
  urbanRural: 'urban' | 'rural';
  clock: TargetClock;
  minutes: Set<number>;
  met: number;
  missed: number;
  pending: number;
  classAssumed: number;
  responses: number[];
}

/** Compliance per (grade, class, clock) — every target of the model, and any other the records carry — ordered by grade, urban before rural. */
export function measureAttendance(records: readonly AttendanceRecord[], context: { readonly model: PolicingModel; readonly now: Date }): AttendanceCompliance[] {
  const groups = new Map<string, Group>();
  const groupOf = (grade: number, urbanRural: 'urban' | 'rural', clock: TargetClock): Group => {
    const key = `${grade}|${urbanRural}|${clock}`;
    let group = groups.get(key);
    if (!group) {
      group = { grade, urbanRural, clock, minutes: new Set(), met: 0, missed: 0, pending: 0, classAssumed: 0, responses: [] };
      groups.set(key, group);
    }
    return group;
  };
  // Every target the model sets is reported, with no data if need be, so periods and areas line up.
  for (const grade of context.model.grades) {
    if (!grade.attendance) continue;
    groupOf(grade.grade, 'urban', grade.attendance.clock).minutes.add(grade.attendance.urbanTargetMinutes);
    groupOf(grade.grade, 'rural', grade.attendance.clock).minutes.add(grade.attendance.ruralTargetMinutes);
  }
  for (const record of records) {
    const { target } = record;
    const group = groupOf(record.grade, target.urbanRural, target.clock);
    group.minutes.add(target.minutes);
    if (target.classAssumed) group.classAssumed += 1;
    // The record holds the earliest dispatch, en route and arrival over every unit sent: the timeline.
    const timeline = {
      callAnsweredAt: record.callAnsweredAt,
      gradedAt: record.gradedAt,
      dispatchedAt: record.dispatchedAt ?? undefined,
      enRouteAt: record.enRouteAt ?? undefined,
      arrivedAt: record.arrivedAt ?? undefined,
    };
    const measurement = measureResponse({ timeline, target: { grade: record.grade, minutes: target.minutes, clock: target.clock, urbanRural: target.urbanRural }, now: context.now });
    group[measurement.outcome] += 1;
    if (measurement.responseMinutes !== undefined) group.responses.push(measurement.responseMinutes);
  }
  return [...groups.values()]
    .sort((a, b) => a.grade - b.grade || (a.urbanRural === b.urbanRural ? a.clock.localeCompare(b.clock) : a.urbanRural === 'urban' ? -1 : 1))
    .map((group) => {
      const grade = context.model.grades.find((candidate) => candidate.grade === group.grade);
      return {
        grade: group.grade,
        gradeName: grade?.name ?? `Grade ${group.grade}`,
        urbanRural: group.urbanRural,
        clock: group.clock,
        targetMinutes: [...group.minutes].sort((a, b) => a - b),
        targetPercent: grade?.attendance?.compliancePercentTarget ?? null,
        compliance: wilsonProportion(group.met, group.met + group.missed),
        pending: group.pending,
        classAssumed: group.classAssumed,
        responseMinutes: summariseSample(group.responses),
      };
    });
}

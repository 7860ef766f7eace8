/**
 * Attendance targets from the model's grades: minutes by urban/rural class, and the clock the
 * target runs on (DESIGN.md: "say exactly which clock a target runs on").
 */
import type { PolicingModel } from '@peel/model';
import { DomainError } from '../shared/domain-error';
import type { UrbanOrRural } from './geo-point';

/** A grade of the model. */
export type ModelGrade = PolicingModel['grades'][number];

/** The clock a target runs on: the model's `attendance.clock`. */
export type TargetClock = NonNullable<ModelGrade['attendance']>['clock'];

/** An attendance target for one incident: arrive within `minutes` of the `clock` event. */
export interface AttendanceTarget {
  readonly grade: number;
  readonly minutes: number;
  readonly clock: TargetClock;
  readonly urbanRural: UrbanOrRural;
}

/** The target of `grade` for a place of class `setting`, or undefined when the grade has no attendance target. */
export function attendanceTargetOf(grade: ModelGrade, setting: UrbanOrRural): AttendanceTarget | undefined {
  const attendance = grade.attendance;
  if (!attendance) return undefined;
  const minutes = setting === 'urban' ? attendance.urbanTargetMinutes : attendance.ruralTargetMinutes;
  return { grade: grade.grade, minutes, clock: attendance.clock, urbanRural: setting };
}

/**
 * The target of grade number `gradeNumber` in `model` for class `setting` (undefined when the grade
 * has none, e.g. a scheduled or no-deployment grade). Throws VALIDATION on field "grade" when the
 * model has no such grade.
 */
export function attendanceTargetFor(model: PolicingModel, gradeNumber: number, setting: UrbanOrRural): AttendanceTarget | undefined {
  const grade = model.grades.find((candidate) => candidate.grade === gradeNumber);
  if (!grade) {
    throw new DomainError('VALIDATION', `grade: model ${model.id} has no grade ${gradeNumber} (grades: ${model.grades.map((g) => g.grade).join(', ')})`, 'grade');
  }
  return attendanceTargetOf(grade, setting);
}

/**
 * Grades and their attendance targets. Grades are model data because forces differ (some use 5).
 * Every target says which clock it runs on, since "within 15 minutes" of the call being answered
 * and of the unit being dispatched are different promises.
 */
import { z } from 'zod';
import { oneOf, percent, positiveCount, positiveNumber, text } from './primitives';

/** The event a response-time target is measured from. */
export const CLOCKS = ['call-answered', 'graded', 'dispatched'] as const;

/** What a grade means for deployment. */
export const GRADE_RESPONSES = ['immediate', 'prompt', 'scheduled', 'no-deployment'] as const;

/** Attendance targets for a deployed grade. */
export const attendance = z.strictObject({
  urbanTargetMinutes: positiveNumber,
  ruralTargetMinutes: positiveNumber,
  clock: oneOf(CLOCKS, 'a clock'),
  compliancePercentTarget: percent.optional(),
});

/** One grade. */
export const grade = z.strictObject({
  grade: positiveCount,
  name: text,
  response: oneOf(GRADE_RESPONSES, 'a grade response'),
  attendance: attendance.optional(),
  appointmentWithinHours: positiveNumber.optional(),
  description: text.optional(),
});

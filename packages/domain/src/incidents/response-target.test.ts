import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findGrade, type GradeDefinition } from './grade-response';
import { responseTarget, targetDueAt } from './response-target';
import { parseModel } from './testing/parse-model';

const kent = parseModel(readFileSync(new URL('../../../../models/kent.yaml', import.meta.url), 'utf8'), 'kent');
const grade = (number: number): GradeDefinition => {
  const found = findGrade(kent, number);
  if (found === undefined) throw new Error(`kent has no grade ${number}`);
  return found;
};
const callAnsweredAt = new Date('2026-01-05T09:00:00Z');
const gradedAt = new Date('2026-01-05T09:04:00Z');

describe('responseTarget (Kent grades)', () => {
  it('grade 1 urban: 15 minutes on the call-answered clock', () => {
    expect(responseTarget({ grade: grade(1), urbanRural: 'urban', callAnsweredAt, gradedAt })).toEqual({
      kind: 'attendance',
      clock: 'call-answered',
      minutes: 15,
      urbanRural: 'urban',
      classAssumed: false,
      startsAt: callAnsweredAt,
      dueAt: new Date('2026-01-05T09:15:00Z'),
      compliancePercentTarget: 90,
    });
  });

  it('grade 1 rural: 20 minutes', () => {
    expect(responseTarget({ grade: grade(1), urbanRural: 'rural', callAnsweredAt, gradedAt })).toMatchObject({ minutes: 20, dueAt: new Date('2026-01-05T09:20:00Z') });
  });

  it('an unplaced location gets the stricter urban target and says it was assumed', () => {
    expect(responseTarget({ grade: grade(1), urbanRural: null, callAnsweredAt, gradedAt })).toMatchObject({ minutes: 15, urbanRural: 'urban', classAssumed: true });
  });

  it('grade 3: an appointment within 48 hours of the grading decision', () => {
    expect(responseTarget({ grade: grade(3), urbanRural: 'urban', callAnsweredAt, gradedAt })).toEqual({
      kind: 'appointment',
      clock: 'graded',
      withinHours: 48,
      startsAt: gradedAt,
      dueAt: new Date('2026-01-07T09:04:00Z'),
    });
  });

  it('grade 4 (no deployment) sets no target', () => {
    expect(responseTarget({ grade: grade(4), urbanRural: 'urban', callAnsweredAt, gradedAt })).toBeNull();
    expect(targetDueAt(null)).toBeNull();
  });

  it('runs on the graded clock when the model says so', () => {
    const onGraded: GradeDefinition = { ...grade(2), attendance: { urbanTargetMinutes: 60, ruralTargetMinutes: 90, clock: 'graded' } };
    expect(responseTarget({ grade: onGraded, urbanRural: 'rural', callAnsweredAt, gradedAt })).toMatchObject({ clock: 'graded', minutes: 90, startsAt: gradedAt, dueAt: new Date('2026-01-05T10:34:00Z'), compliancePercentTarget: null });
  });

  it('on the dispatched clock the deadline waits for the dispatch (targetDueAt)', () => {
    const onDispatch: GradeDefinition = { ...grade(1), attendance: { urbanTargetMinutes: 10, ruralTargetMinutes: 15, clock: 'dispatched' } };
    const target = responseTarget({ grade: onDispatch, urbanRural: 'urban', callAnsweredAt, gradedAt });
    expect(target).toMatchObject({ clock: 'dispatched', startsAt: null, dueAt: null });
    expect(targetDueAt(target)).toBeNull();
    expect(targetDueAt(target, { dispatchedAt: new Date('2026-01-05T09:06:00Z') })).toEqual(new Date('2026-01-05T09:16:00Z'));
    const fixed = responseTarget({ grade: grade(1), urbanRural: 'urban', callAnsweredAt, gradedAt });
    expect(targetDueAt(fixed, { dispatchedAt: new Date('2026-01-05T09:06:00Z') })).toEqual(new Date('2026-01-05T09:15:00Z'));
  });
});

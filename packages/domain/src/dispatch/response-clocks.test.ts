import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Assignment } from './assignment';
import { attendanceTargetFor, type AttendanceTarget } from './attendance-target';
import { measureResponse, responseTimeline } from './response-clocks';
import { modelFromText } from './testing/model-from-text';

const model = modelFromText(readFileSync(new URL('../../../../models/synthetic.yaml', import.meta.url), 'utf8'));
const T0 = new Date('2024-03-01T22:30:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const target = (minutes: number, clock: AttendanceTarget['clock']): AttendanceTarget => ({ grade: 1, minutes, clock, urbanRural: 'urban' });

describe('attendance targets from the model', () => {
  it('reads Peelshire grade 1: 15 min urban, 20 min rural, on the call-answered clock', () => {
    expect(attendanceTargetFor(model, 1, 'urban')).toEqual({ grade: 1, minutes: 15, clock: 'call-answered', urbanRural: 'urban' });
    expect(attendanceTargetFor(model, 1, 'rural')).toEqual({ grade: 1, minutes: 20, clock: 'call-answered', urbanRural: 'rural' });
  });

  it('has no target for a scheduled grade, and throws VALIDATION for a grade the model lacks', () => {
    expect(attendanceTargetFor(model, 3, 'urban')).toBeUndefined();
    expect(() => attendanceTargetFor(model, 7, 'urban')).toThrow(expect.objectContaining({ code: 'VALIDATION', field: 'grade', message: 'grade: model peelshire has no grade 7 (grades: 1, 2, 3, 4)' }));
  });
});

describe('responseTimeline', () => {
  it('takes the first dispatch, en route and arrival over every unit, including one stood down', () => {
    const assignments: Assignment[] = [
      { id: 'a1', unitId: 'u1', incidentId: 'i', dispatchedAt: at(3), enRouteAt: at(4), endedAt: at(6), endReason: 'stood-down' },
      { id: 'a2', unitId: 'u2', incidentId: 'i', dispatchedAt: at(5), enRouteAt: at(5.5), arrivedAt: at(12) },
      { id: 'a3', unitId: 'u3', incidentId: 'i', dispatchedAt: at(7), arrivedAt: at(10) },
    ];
    expect(responseTimeline({ callAnsweredAt: T0, gradedAt: at(2) }, assignments)).toEqual({
      callAnsweredAt: T0,
      gradedAt: at(2),
      dispatchedAt: at(3),
      enRouteAt: at(4),
      arrivedAt: at(10),
    });
  });
});

describe('measureResponse', () => {
  const timeline = { callAnsweredAt: T0, gradedAt: at(2), dispatchedAt: at(4), enRouteAt: at(5), arrivedAt: at(16) };

  it('measures on the clock the target names: 16 min from answer, 14 from grading, 12 from dispatch', () => {
    expect(measureResponse({ timeline, target: target(15, 'call-answered'), now: at(60) })).toMatchObject({ clockStartedAt: T0, deadline: at(15), responseMinutes: 16, outcome: 'missed' });
    expect(measureResponse({ timeline, target: target(15, 'graded'), now: at(60) })).toMatchObject({ clockStartedAt: at(2), responseMinutes: 14, outcome: 'met' });
    expect(measureResponse({ timeline, target: target(15, 'dispatched'), now: at(60) })).toMatchObject({ clockStartedAt: at(4), deadline: at(19), responseMinutes: 12, outcome: 'met' });
  });

  it('counts arriving exactly on the target as met', () => {
    expect(measureResponse({ timeline, target: target(16, 'call-answered'), now: at(60) }).outcome).toBe('met');
  });

  it('reports the intervals between consecutive events', () => {
    expect(measureResponse({ timeline, target: target(15, 'call-answered'), now: at(60) }).intervals).toEqual({
      answeredToGraded: 2,
      gradedToDispatched: 2,
      dispatchedToEnRoute: 1,
      enRouteToArrived: 11,
    });
  });

  it('is pending before the deadline and missed once it passes without an arrival', () => {
    const waiting = { callAnsweredAt: T0, gradedAt: at(2), dispatchedAt: at(4) };
    expect(measureResponse({ timeline: waiting, target: target(15, 'call-answered'), now: at(15) }).outcome).toBe('pending');
    expect(measureResponse({ timeline: waiting, target: target(15, 'call-answered'), now: at(15.01) }).outcome).toBe('missed');
  });

  it('is pending with no deadline while the clock has not started (dispatched clock, nobody dispatched)', () => {
    const result = measureResponse({ timeline: { callAnsweredAt: T0, gradedAt: at(2) }, target: target(15, 'dispatched'), now: at(90) });
    expect(result.outcome).toBe('pending');
    expect(result.deadline).toBeUndefined();
  });

  it('counts an arrival before the clock started (re-graded after arrival) as 0 minutes, met', () => {
    const regraded = { callAnsweredAt: T0, dispatchedAt: at(1), arrivedAt: at(6), gradedAt: at(9) };
    expect(measureResponse({ timeline: regraded, target: target(15, 'graded'), now: at(10) })).toMatchObject({ responseMinutes: 0, outcome: 'met' });
  });
});

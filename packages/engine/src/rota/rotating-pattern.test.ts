import { describe, expect, it } from 'vitest';
import { evaluateRotatingPattern, patternShiftsOnDuty } from './rotating-pattern';
import { HOURS_PER_WEEK } from '../demand/hour-of-week';

// models/wiltshire.yaml, shift pattern cpt-5: five reliefs; early 07:00, late 15:00, night 22:00, 10 hours each.
const CPT_5 = {
  id: 'cpt-5',
  rotatingTeams: 5,
  shifts: [
    { id: 'early', start: '07:00', durationHours: 10 },
    { id: 'late', start: '15:00', durationHours: 10 },
    { id: 'night', start: '22:00', durationHours: 10 },
  ],
};
// Shifts on duty by hour of the day for cpt-5: two where shifts overlap (22:00–01:00, 07:00, 15:00–17:00).
const CPT_5_DAY = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 2, 2];

const week = (hourOfDay: (hour: number) => number) => Array.from({ length: HOURS_PER_WEEK }, (_, h) => hourOfDay(h % 24));

describe('evaluateRotatingPattern', () => {
  it('counts the shifts on duty in every hour, the Sunday night shift running into Monday', () => {
    const counts = patternShiftsOnDuty(CPT_5);
    expect(counts).toEqual(week((hour) => CPT_5_DAY[hour]!));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(7 * 3 * 10);
  });

  it("Wiltshire's minimum of 6 PCs on duty and 50 % abstraction: 12 per relief, 60 PCs (the seed's 60–70 a CPT area, 12–14 a shift)", () => {
    const result = evaluateRotatingPattern({ pattern: CPT_5, required: week(() => 6), abstraction: 0.5, headcount: 66 });
    expect(result.status).toBe('feasible');
    expect(result.onDutyPerShiftTeam).toBe(6);
    expect(result.officersPerShiftTeam).toBe(12);
    expect(result.posts).toBe(60);
    // Over-cover: the 6 overlap hours a day carry 12 on duty where 6 are needed.
    expect(result.overCoverOfficerHours).toBe(7 * 6 * 6);
    expect(result.bindingPeriods).toHaveLength(7 * 18);
    // 66 PCs: 13.2 a relief, 6.6 on duty after abstraction, so nothing short.
    expect(result.current?.onDutyPerShiftTeam).toBeCloseTo(6.6, 12);
    expect(result.current?.hoursShort).toBe(0);
  });

  it('sizes reliefs by the peak hour per shift on duty and reports the shortfall of a smaller headcount', () => {
    // 10 needed 19:00–23:00, 4 otherwise. At 19:00–21:00 only the late shift is on (c = 1): n = 10.
    const required = week((hour) => (hour >= 19 && hour < 23 ? 10 : 4));
    const result = evaluateRotatingPattern({ pattern: CPT_5, required, abstraction: 0, headcount: 40 });
    expect(result.onDutyPerShiftTeam).toBe(10);
    expect(result.bindingPeriods).toEqual(week((hour) => hour).flatMap((hour, h) => (hour >= 19 && hour < 22 ? [h] : [])));
    expect(result.surplus[22]).toBe(20 - 10);
    expect(result.surplus[3]).toBe(10 - 4);
    // 40 officers: 8 a relief on duty, short by 2 in 19:00–21:00 every day.
    expect(result.current?.hoursShort).toBe(7 * 3);
    expect(result.current?.officerHoursShort).toBeCloseTo(7 * 3 * 2, 9);
  });

  it('is infeasible, naming the hours, when a partial pattern leaves required hours uncovered', () => {
    const days = { id: 'days', rotatingTeams: 2, shifts: [{ id: 'day', start: '08:00', durationHours: 8, days: ['mon', 'tue', 'wed', 'thu', 'fri'] }] };
    const required = new Array<number>(HOURS_PER_WEEK).fill(0);
    required[9] = 2; // Monday 09:00, covered
    required[5 * 24 + 10] = 1; // Saturday 10:00, not covered
    const result = evaluateRotatingPattern({ pattern: days, required, abstraction: 0.2 });
    expect(result.status).toBe('infeasible');
    expect(result.uncoveredPeriods).toEqual([130]);
    expect(result.onDutyPerShiftTeam).toBe(2);
    expect(result.surplus[130]).toBe(-1);
  });

  it('counts a shift only in hours it covers entirely', () => {
    const half = { id: 'half', rotatingTeams: 1, shifts: [{ id: 'x', start: '07:30', durationHours: 2 }] };
    const counts = patternShiftsOnDuty(half);
    expect(counts.slice(0, 24)).toEqual(Array.from({ length: 24 }, (_, hour) => (hour === 8 ? 1 : 0)));
  });

  it('names a bad argument', () => {
    expect(() => evaluateRotatingPattern({ pattern: CPT_5, required: [1, 2], abstraction: 0 })).toThrow('required: expected 168 hourly values (a week), got 2');
    expect(() => evaluateRotatingPattern({ pattern: { ...CPT_5, rotatingTeams: 0 }, required: week(() => 1), abstraction: 0 })).toThrow('pattern.rotatingTeams');
  });
});

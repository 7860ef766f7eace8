import { describe, expect, it } from 'vitest';
import { postsFromDutyHours, postsFromOnDuty } from './posts';

describe('posts from officers on duty', () => {
  it('posts = on-duty × (days in cycle / days worked) / (1 − abstraction)', () => {
    // 10 at work every day, 4 days worked in 7, 40 % abstracted: 10 × 7/4 / 0.6 = 29.17 → 30.
    const { exact, posts } = postsFromOnDuty({ onDuty: 10, daysInCycle: 7, daysWorked: 4, abstraction: 0.4 });
    expect(exact).toBeCloseTo(175 / 6, 12);
    expect(posts).toBe(30);
  });

  it('does not round a whole quotient up by floating-point noise', () => {
    // 7 × 5/5 / 0.7 = 10 exactly, 10.000000000000002 in floating point.
    expect(postsFromOnDuty({ onDuty: 7, daysInCycle: 5, daysWorked: 5, abstraction: 0.3 }).posts).toBe(10);
  });

  it('agrees with the hours form for 8-hour shifts, 5 days a week, 40 contracted hours', () => {
    const byDays = postsFromOnDuty({ onDuty: 10, daysInCycle: 7, daysWorked: 5, abstraction: 0.25 });
    const byHours = postsFromDutyHours({ dutyHoursPerWeek: 10 * 8 * 7, abstraction: 0.25 });
    expect(byHours.exact).toBeCloseTo(byDays.exact, 12);
    expect(byHours.posts).toBe(byDays.posts);
  });

  it('names a bad argument', () => {
    expect(() => postsFromOnDuty({ onDuty: 5, daysInCycle: 7, daysWorked: 8, abstraction: 0 })).toThrow('daysWorked: expected a number of days in (0, 7], got 8');
    expect(() => postsFromDutyHours({ dutyHoursPerWeek: 100, abstraction: 1 })).toThrow('abstraction: expected a fraction in [0, 1), got 1');
  });
});

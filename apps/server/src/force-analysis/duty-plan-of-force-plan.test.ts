import { describe, expect, it } from 'vitest';
import { dutyPlanOfForcePlan } from './duty-plan-of-force-plan';

describe('dutyPlanOfForcePlan', () => {
  it('turns each response cell\'s expected officers on duty into whole officers per hour of the week', () => {
    const onDuty = Array.from({ length: 168 }, (_, hour) => (hour < 84 ? 6.49 : 6.5));
    const plan = { response: [{ team: 'north-response', role: 'PC', final: { onDuty } }] } as unknown as Parameters<typeof dutyPlanOfForcePlan>[0];
    const { entries } = dutyPlanOfForcePlan(plan);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ team: 'north-response', role: 'PC' });
    expect(entries[0]!.onDutyByHourOfWeek).toHaveLength(168);
    expect(entries[0]!.onDutyByHourOfWeek[0]).toBe(6);
    expect(entries[0]!.onDutyByHourOfWeek[100]).toBe(7);
  });

  it('gives no entries (the model\'s own rostering) when the plan analysed no response team', () => {
    expect(dutyPlanOfForcePlan({ response: [] }).entries).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error';
import { UNIT_STATUSES, assertUnitTransition, isLiveUnitStatus, isUnitTransitionAllowed, type UnitStatus } from './unit-status';

const ALLOWED: [UnitStatus, UnitStatus][] = [
  ['available', 'dispatched'],
  ['available', 'committed'],
  ['available', 'off-duty'],
  ['dispatched', 'en-route'],
  ['dispatched', 'on-scene'],
  ['dispatched', 'available'],
  ['en-route', 'on-scene'],
  ['en-route', 'available'],
  ['on-scene', 'available'],
  ['committed', 'available'],
  ['committed', 'off-duty'],
];

describe('unit status transitions', () => {
  it('allow exactly the listed moves (all 36 pairs checked)', () => {
    for (const from of UNIT_STATUSES) {
      for (const to of UNIT_STATUSES) {
        const expected = ALLOWED.some(([a, b]) => a === from && b === to);
        expect(isUnitTransitionAllowed(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it('throw INVALID_TRANSITION naming the unit, both states and what is allowed', () => {
    let caught: unknown;
    try {
      assertUnitTransition('available', 'on-scene', 'N21');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({ code: 'INVALID_TRANSITION', field: 'status' });
    expect((caught as Error).message).toBe("unit N21 cannot go from 'available' to 'on-scene' (from 'available' it may go to 'dispatched', 'committed', 'off-duty')");
  });

  it("say off duty is final and that a unit cannot stay in the same status", () => {
    expect(() => assertUnitTransition('off-duty', 'available')).toThrow("a unit cannot go from 'off-duty' to 'available' ('off-duty' is final)");
    expect(() => assertUnitTransition('on-scene', 'on-scene')).toThrow(/from 'on-scene' to 'on-scene'/);
  });

  it('count dispatched, en route and on scene as holding a live incident', () => {
    expect(UNIT_STATUSES.filter(isLiveUnitStatus)).toEqual(['dispatched', 'en-route', 'on-scene']);
  });
});

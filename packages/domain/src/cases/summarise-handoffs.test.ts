import { describe, expect, it } from 'vitest';
import type { Handoff } from './case';
import { summariseHandoffs } from './summarise-handoffs';

const handoffs = (count: number): Handoff[] =>
  Array.from({ length: count }, (_, index) => ({ sequence: index + 1, from: { officerId: `o${index}` }, to: { officerId: `o${index + 1}` }, reason: 'r', at: new Date(0), by: 's' }));

describe('summariseHandoffs', () => {
  it('finds the case handed on 31 times among ordinary ones', () => {
    const summary = summariseHandoffs([
      { id: 'a', handoffs: handoffs(0) },
      { id: 'b', handoffs: handoffs(2) },
      { id: 'c', handoffs: handoffs(31) },
      { id: 'd', handoffs: handoffs(0) },
      { id: 'e', handoffs: handoffs(2) },
    ]);
    expect(summary).toEqual({
      caseCount: 5,
      handoffCount: 35,
      meanPerCase: 7,
      maxPerCase: 31,
      maxCaseIds: ['c'],
      singleOwnerCases: 2,
      distribution: [
        { handoffs: 0, cases: 2 },
        { handoffs: 2, cases: 2 },
        { handoffs: 31, cases: 1 },
      ],
    });
  });

  it('is all zeros for no cases', () => {
    expect(summariseHandoffs([])).toMatchObject({ caseCount: 0, handoffCount: 0, meanPerCase: 0, maxPerCase: 0, maxCaseIds: [] });
  });
});

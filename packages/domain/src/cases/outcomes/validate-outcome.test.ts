import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../calendar/iso-date';
import type { CaseSuspect } from '../case';
import { OUTCOME_RULES, type OutcomeContext } from './outcome-rules';
import { OUTCOME_DEFINITIONS, OUTCOME_TYPE_CODES, type OutcomeClaim, type OutcomeType } from './outcome-types';
import { assertOutcomeValid, checkOutcome } from './validate-outcome';

const suspect = (id: string, dateOfBirth: string, status: CaseSuspect['status'] = 'named'): CaseSuspect => ({ id, name: id, dateOfBirth: parseIsoDate(dateOfBirth), status, addedAt: new Date('2024-01-09T12:00:00Z') });

// Decided on 2024-01-10 for an offence on 2024-01-09. Adult: 24; youth: 15; child: 8 at the offence.
const withSuspects: OutcomeContext = {
  suspects: [suspect('adult', '2000-01-01'), suspect('youth', '2008-06-01'), suspect('child', '2015-03-01'), suspect('gone', '1990-01-01', 'eliminated')],
  committedOn: parseIsoDate('2024-01-09'),
  decidedOn: parseIsoDate('2024-01-10'),
};
const noSuspects: OutcomeContext = { suspects: [suspect('gone', '1990-01-01', 'eliminated')], decidedOn: parseIsoDate('2024-01-10') };

/** A minimal valid claim for every outcome type: each element in it is required. */
const VALID: Record<OutcomeType, [OutcomeClaim, OutcomeContext]> = {
  1: [{ type: 1, suspectId: 'adult' }, withSuspects],
  2: [{ type: 2, suspectId: 'youth', admission: true }, withSuspects],
  3: [{ type: 3, suspectId: 'adult', admission: true }, withSuspects],
  4: [{ type: 4, suspectId: 'adult', admission: true, ticChargeReference: 'case-77' }, withSuspects],
  5: [{ type: 5, suspectId: 'adult', suspectDeceased: true }, withSuspects],
  6: [{ type: 6, suspectId: 'adult' }, withSuspects],
  7: [{ type: 7, suspectId: 'adult', admission: true, cannabisOrKhatPossession: true }, withSuspects],
  8: [{ type: 8, suspectId: 'youth', admission: true, victimViewsSought: true }, withSuspects],
  9: [{ type: 9, suspectId: 'adult', cpsDecisionReference: 'CPS-2024-0012' }, withSuspects],
  10: [{ type: 10, suspectId: 'adult', rationale: 'first offence, full reparation made' }, withSuspects],
  11: [{ type: 11, suspectId: 'child' }, withSuspects],
  12: [{ type: 12, suspectId: 'adult', rationale: 'terminal illness, medical evidence on file' }, withSuspects],
  13: [{ type: 13, suspectId: 'adult', rationale: 'sole witness has died' }, withSuspects],
  14: [{ type: 14, victimSupportsAction: false }, noSuspects],
  15: [{ type: 15, suspectId: 'adult', victimSupportsAction: true }, withSuspects],
  16: [{ type: 16, suspectId: 'adult', victimSupportsAction: false }, withSuspects],
  17: [{ type: 17, suspectId: 'adult', prosecutionTimeLimitExpired: true }, withSuspects],
  18: [{ type: 18 }, noSuspects],
  20: [{ type: 20, otherAgency: 'British Transport Police', victimInformed: true }, noSuspects],
  21: [{ type: 21, suspectId: 'adult', rationale: 'disproportionate: CCTV review of 40 hours for a £5 theft', victimInformed: true }, withSuspects],
  22: [{ type: 22, suspectId: 'youth', diversionActivity: 'knife-crime education course completed' }, withSuspects],
};

describe('Home Office outcome types', () => {
  it('has 21 types in use, 1–22 without 19, each with a title, a group and at least one rule with a source', () => {
    expect(OUTCOME_TYPE_CODES).toHaveLength(21);
    expect(OUTCOME_TYPE_CODES).not.toContain(19);
    expect(OUTCOME_DEFINITIONS.map((definition) => definition.type)).toEqual([...OUTCOME_TYPE_CODES]);
    for (const type of OUTCOME_TYPE_CODES) {
      expect(OUTCOME_RULES[type].length).toBeGreaterThan(0);
      for (const rule of OUTCOME_RULES[type]) expect(rule.source.length).toBeGreaterThan(10);
    }
  });
});

describe('outcome validation rules', () => {
  it.each(OUTCOME_TYPE_CODES.map((type) => [type]))('accepts a complete claim for outcome %i', (type) => {
    const [claim, context] = VALID[type];
    expect(checkOutcome(claim, context)).toEqual([]);
    expect(() => assertOutcomeValid(claim, context)).not.toThrow();
  });

  const elements = OUTCOME_TYPE_CODES.flatMap((type) =>
    Object.keys(VALID[type][0])
      .filter((key) => key !== 'type')
      .map((key) => [type, key] as const),
  );
  it.each(elements)('outcome %i fails with OUTCOME_RULE naming %s when it is missing', (type, key) => {
    const [claim, context] = VALID[type];
    const without = { ...claim } as Record<string, unknown>;
    delete without[key];
    expect(() => assertOutcomeValid(without as unknown as OutcomeClaim, context)).toThrow(expect.objectContaining({ code: 'OUTCOME_RULE', field: key }));
  });

  it('community resolution (8) needs an admission, saying so', () => {
    expect(() => assertOutcomeValid({ type: 8, suspectId: 'adult', admission: false, victimViewsSought: true }, withSuspects)).toThrow(/admission of the offence/);
  });

  it('outcome 21 lists every missing element: named suspect, rationale, victim informed', () => {
    const violations = checkOutcome({ type: 21 }, withSuspects);
    expect(violations.map((violation) => violation.element)).toEqual(['suspectId', 'rationale', 'victimInformed']);
    expect(violations.every((violation) => violation.source.includes('FOI 38-25'))).toBe(true);
  });

  it('1–3 need a suspect named on the case, not an eliminated one', () => {
    for (const type of [1, 2, 3] as const) {
      expect(checkOutcome({ type, suspectId: 'gone', admission: true }, withSuspects)[0]).toMatchObject({ rule: 'named-suspect', element: 'suspectId' });
    }
  });

  it('18 and 14 need no suspect identified: a named suspect on the case blocks them, an eliminated one does not', () => {
    expect(checkOutcome({ type: 18 }, withSuspects)[0]).toMatchObject({ rule: 'no-suspect-identified', element: 'suspectId' });
    expect(checkOutcome({ type: 18, suspectId: 'gone' }, noSuspects)[0]).toMatchObject({ rule: 'no-suspect-identified' });
    expect(checkOutcome({ type: 18 }, noSuspects)).toEqual([]);
  });

  it('15 and 16 turn on whether the victim supports action', () => {
    expect(checkOutcome({ type: 15, suspectId: 'adult', victimSupportsAction: false }, withSuspects)[0]?.message).toMatch(/use outcome 16/);
    expect(checkOutcome({ type: 16, suspectId: 'adult', victimSupportsAction: true }, withSuspects)[0]?.message).toMatch(/use outcome 15/);
  });

  it('a youth caution (2) needs a suspect under 18 on the day, an adult caution (3) one of 18 or over', () => {
    expect(checkOutcome({ type: 2, suspectId: 'adult', admission: true }, withSuspects)[0]).toMatchObject({ rule: 'youth', element: 'suspect.dateOfBirth' });
    expect(checkOutcome({ type: 3, suspectId: 'youth', admission: true }, withSuspects)[0]).toMatchObject({ rule: 'adult', element: 'suspect.dateOfBirth' });
    // Born 2006-01-10: 18 on the decision day 2024-01-10, 17 the day before.
    const turning18 = { ...withSuspects, suspects: [suspect('t', '2006-01-10')] };
    expect(checkOutcome({ type: 3, suspectId: 't', admission: true }, turning18)).toEqual([]);
    expect(checkOutcome({ type: 2, suspectId: 't', admission: true }, { ...turning18, decidedOn: parseIsoDate('2024-01-09') })).toEqual([]);
    const undated = { ...withSuspects, suspects: [{ ...suspect('u', '2000-01-01'), dateOfBirth: undefined }] };
    expect(checkOutcome({ type: 3, suspectId: 'u', admission: true }, undated)[0]).toMatchObject({ element: 'suspect.dateOfBirth' });
  });

  it('11 needs a suspect under 10 on the day of the offence, and the offence date', () => {
    expect(checkOutcome({ type: 11, suspectId: 'youth' }, withSuspects)[0]?.message).toMatch(/was 15 on 2024-01-09/);
    const { committedOn: _omitted, ...undatedOffence } = withSuspects;
    expect(checkOutcome({ type: 11, suspectId: 'child' }, undatedOffence)[0]).toMatchObject({ element: 'committedOn' });
  });

  it('rejects outcome 19 and unknown types with VALIDATION naming type', () => {
    expect(() => assertOutcomeValid({ type: 19 as OutcomeType }, withSuspects)).toThrow(expect.objectContaining({ code: 'VALIDATION', field: 'type', message: expect.stringMatching(/19 is not used/) }));
    expect(() => assertOutcomeValid({ type: 23 as OutcomeType }, withSuspects)).toThrow(expect.objectContaining({ code: 'VALIDATION', field: 'type' }));
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PolicingModel } from '@peel/model';
import { assessRightCareRightPerson } from './right-care-right-person';
import { suggestGrade } from './suggest-grade';
import { parseModel } from './testing/parse-model';
import { thriveFactors } from './testing/thrive-factors';
import type { RepeatCheck, ThriveFactor, ThriveRating } from './thrive';

const load = (name: string) => parseModel(readFileSync(new URL(`../../../../models/${name}.yaml`, import.meta.url), 'utf8'), name);
const synthetic = load('synthetic');
const kent = load('kent');

const noRepeat: RepeatCheck = { isRepeat: false, previousCount: 0, minimumPrevious: 1, lookbackDays: 365, radiusMetres: null, incidentIds: [] };
const repeat = (count: number, radiusMetres: number | null = null): RepeatCheck => ({ ...noRepeat, isRepeat: true, previousCount: count, radiusMetres, incidentIds: Array.from({ length: count }, (_, i) => `incident-${i + 10}`) });
const asb = { tags: ['anti-social-behaviour'], incidentType: { category: 'anti-social-behaviour', code: 'asb-personal', qualifiers: [], policeUkCategory: null } } as const;
const mentalHealth = { tags: ['mental-health'], incidentType: { category: 'public-safety-welfare', code: 'concern-for-safety', qualifiers: ['mental-health'], policeUkCategory: null } } as const;

function suggest(params: {
  ratings?: Partial<Record<ThriveFactor, ThriveRating>>;
  model?: PolicingModel;
  repeatVictim?: RepeatCheck;
  repeatLocation?: RepeatCheck;
  incident?: typeof asb | typeof mentalHealth;
}) {
  const factors = thriveFactors(params.ratings);
  const rightCare = assessRightCareRightPerson({ incident: params.incident ?? asb, factors, rightCareTags: ['mental-health', 'welfare', 'rcrp'] });
  return suggestGrade({ model: params.model ?? synthetic, factors, repeatVictim: params.repeatVictim ?? noRepeat, repeatLocation: params.repeatLocation ?? noRepeat, rightCare });
}
const codes = (suggestion: ReturnType<typeof suggest>) => suggestion.reasons.map((reason) => reason.code);

describe('suggestGrade — base response from Threat, Harm and Risk', () => {
  it.each(['threat', 'harm', 'risk'] as const)('%s high is a real and immediate risk: grade 1 (immediate)', (factor) => {
    const suggestion = suggest({ ratings: { [factor]: 'high' } });
    expect(suggestion).toMatchObject({ grade: 1, gradeName: 'Emergency', response: 'immediate' });
    expect(codes(suggestion)).toEqual(['risk-to-life']);
    expect(suggestion.reasons[0]?.message).toContain(factor.charAt(0).toUpperCase() + factor.slice(1));
  });

  it('any of them medium (none high) is grade 2 (prompt)', () => {
    expect(suggest({ ratings: { harm: 'medium', threat: 'low' } })).toMatchObject({ grade: 2, response: 'prompt', reasons: [{ code: 'threat-harm-risk-medium' }] });
  });

  it('Investigation or Engagement medium+ with threat, harm and risk low is grade 3 (scheduled)', () => {
    expect(suggest({ ratings: { investigation: 'medium', threat: 'low' } })).toMatchObject({ grade: 3, response: 'scheduled', reasons: [{ code: 'attendance-needed' }] });
    expect(suggest({ ratings: { engagement: 'high' } }).grade).toBe(3);
  });

  it('nothing above low is grade 4 (resolution without deployment)', () => {
    expect(suggest({ ratings: { threat: 'low', harm: 'low', risk: 'low', investigation: 'low', vulnerability: 'medium', engagement: 'low' } })).toMatchObject({
      grade: 4,
      response: 'no-deployment',
      reasons: [{ code: 'no-attendance-needed' }],
    });
  });
});

describe('suggestGrade — raises, repeat location and Right Care', () => {
  it('high Vulnerability raises one step; a repeat victim one step more', () => {
    expect(suggest({ ratings: { vulnerability: 'high' } })).toMatchObject({ grade: 3, reasons: [{ code: 'no-attendance-needed' }, { code: 'vulnerability-raises' }] });
    const both = suggest({ ratings: { vulnerability: 'high' }, repeatVictim: repeat(2) });
    expect(both.grade).toBe(2);
    expect(codes(both)).toEqual(['no-attendance-needed', 'vulnerability-raises', 'repeat-victim-raises']);
    expect(both.reasons[2]?.message).toMatch(/repeat victim \(2 earlier incident\(s\) in 365 days\) — raised from scheduled to prompt/);
  });

  it('a raise never reaches grade 1: from prompt it is recorded as capped', () => {
    const suggestion = suggest({ ratings: { risk: 'medium', vulnerability: 'high' }, repeatVictim: repeat(1) });
    expect(suggestion.grade).toBe(2);
    expect(codes(suggestion)).toEqual(['threat-harm-risk-medium', 'raise-capped', 'raise-capped']);
  });

  it('raises add nothing to an immediate response', () => {
    expect(codes(suggest({ ratings: { threat: 'high', vulnerability: 'high' }, repeatVictim: repeat(3) }))).toEqual(['risk-to-life']);
  });

  it('a repeat location is reported but does not move the grade', () => {
    const suggestion = suggest({ ratings: { investigation: 'medium' }, repeatLocation: repeat(4, 100) });
    expect(suggestion.grade).toBe(3);
    expect(suggestion.reasons[1]).toMatchObject({ code: 'repeat-location' });
    expect(suggestion.reasons[1]?.message).toContain('4 earlier incident(s) within 100 m');
  });

  it('Right Care demand without crime or real risk is graded for no deployment, overriding raises', () => {
    const suggestion = suggest({ incident: mentalHealth, ratings: { threat: 'medium', vulnerability: 'high' }, repeatVictim: repeat(1) });
    expect(suggestion).toMatchObject({ grade: 4, response: 'no-deployment' });
    expect(codes(suggestion).at(-1)).toBe('right-care-right-person');
    expect(suggestion.reasons.at(-1)?.message).toContain('was prompt');
  });

  it('Right Care demand with a real and immediate risk keeps the risk-based grade', () => {
    expect(suggest({ incident: mentalHealth, ratings: { risk: 'high' } })).toMatchObject({ grade: 1, reasons: [{ code: 'risk-to-life' }] });
  });
});

describe('suggestGrade — mapping onto the model', () => {
  it("uses Kent's grades (1 Immediate … 4 Resolution without deployment)", () => {
    expect(suggest({ model: kent, ratings: { threat: 'high' } })).toMatchObject({ grade: 1, gradeName: 'Immediate' });
    expect(suggest({ model: kent, ratings: { risk: 'medium' } })).toMatchObject({ grade: 2, gradeName: 'Priority' });
    expect(suggest({ model: kent, ratings: { investigation: 'high' } })).toMatchObject({ grade: 3, gradeName: 'Scheduled' });
    expect(suggest({ model: kent })).toMatchObject({ grade: 4, gradeName: 'Resolution without deployment' });
  });

  it('takes the nearest more urgent grade when the model lacks the response, and says so', () => {
    const noResolution: PolicingModel = { ...synthetic, grades: synthetic.grades.filter((grade) => grade.response !== 'no-deployment') };
    const suggestion = suggest({ model: noResolution });
    expect(suggestion).toMatchObject({ grade: 3, response: 'scheduled' });
    expect(suggestion.reasons.at(-1)).toMatchObject({ code: 'grade-not-in-model' });
  });

  it('numbers grades by the model: a five-grade force with two prompt grades gets the lower number', () => {
    const fiveGrades: PolicingModel = {
      ...synthetic,
      grades: [
        { grade: 5, name: 'Telephone', response: 'no-deployment' },
        { grade: 3, name: 'Priority B', response: 'prompt' },
        { grade: 2, name: 'Priority A', response: 'prompt' },
        { grade: 1, name: 'Emergency', response: 'immediate' },
        { grade: 4, name: 'Scheduled', response: 'scheduled', appointmentWithinHours: 72 },
      ],
    };
    expect(suggest({ model: fiveGrades, ratings: { harm: 'medium' } })).toMatchObject({ grade: 2, gradeName: 'Priority A' });
    expect(suggest({ model: fiveGrades }).grade).toBe(5);
  });
});

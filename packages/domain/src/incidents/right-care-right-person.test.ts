import { describe, expect, it } from 'vitest';
import type { Incident } from './incident';
import { DEFAULT_INCIDENT_SETTINGS } from './incident-settings';
import { assessRightCareRightPerson } from './right-care-right-person';
import { thriveFactors } from './testing/thrive-factors';

const welfare: Pick<Incident, 'tags' | 'incidentType'> = {
  tags: ['mental-health', 'vulnerability'],
  incidentType: { category: 'public-safety-welfare', code: 'concern-for-safety', qualifiers: ['mental-health'], policeUkCategory: null },
};
const tags = DEFAULT_INCIDENT_SETTINGS.rightCareTags;

describe('Right Care, Right Person', () => {
  it('refers mental-health demand to the partner when there is no crime and no real and immediate risk', () => {
    const result = assessRightCareRightPerson({ incident: welfare, factors: thriveFactors({ threat: 'medium', vulnerability: 'high', engagement: 'high' }), rightCareTags: tags });
    expect(result).toMatchObject({ outcome: 'refer-to-partner', matchedTags: ['mental-health'], crimeToInvestigate: false, realAndImmediateRisk: false });
  });

  it.each(['threat', 'harm', 'risk'] as const)('sends police when %s is rated high (real and immediate risk to life or of serious harm)', (factor) => {
    const result = assessRightCareRightPerson({ incident: welfare, factors: thriveFactors({ [factor]: 'high' }), rightCareTags: tags });
    expect(result).toMatchObject({ outcome: 'police-attend', realAndImmediateRisk: true, crimeToInvestigate: false });
    expect(result.reasons.join(' ')).toMatch(/real and immediate risk/);
  });

  it('sends police when there is a crime to investigate: Investigation medium or above, or a crime-related incident', () => {
    expect(assessRightCareRightPerson({ incident: welfare, factors: thriveFactors({ investigation: 'medium' }), rightCareTags: tags })).toMatchObject({ outcome: 'police-attend', crimeToInvestigate: true });
    expect(assessRightCareRightPerson({ incident: welfare, factors: thriveFactors({ investigation: 'low' }), rightCareTags: tags }).outcome).toBe('refer-to-partner');
    const crime = { ...welfare, incidentType: { ...welfare.incidentType, category: 'crime', code: 'crime', policeUkCategory: 'public-order' } } as const;
    expect(assessRightCareRightPerson({ incident: crime, factors: thriveFactors(), rightCareTags: tags })).toMatchObject({ outcome: 'police-attend', crimeToInvestigate: true });
  });

  it('does not apply to demand without a Right Care tag, and the tags come from the settings (Sussex tags "rcrp")', () => {
    const asb = { ...welfare, tags: ['anti-social-behaviour'] };
    expect(assessRightCareRightPerson({ incident: asb, factors: thriveFactors(), rightCareTags: tags }).outcome).toBe('not-applicable');
    expect(assessRightCareRightPerson({ incident: { ...welfare, tags: ['rcrp'] }, factors: thriveFactors(), rightCareTags: tags }).outcome).toBe('refer-to-partner');
    expect(assessRightCareRightPerson({ incident: welfare, factors: thriveFactors(), rightCareTags: ['welfare'] }).outcome).toBe('not-applicable');
  });
});

/**
 * Right Care, Right Person (Home Office / NPCC National Partnership Agreement, July 2023): police
 * attend a mental-health or welfare call only to investigate a crime or where there is a real and
 * immediate risk to the life of a person, or of a person being subjected to or at risk of serious
 * harm. Otherwise the agency responsible (the model's partner) takes it.
 *
 * Read from the incident and its THRIVE+ ratings:
 * - **Right Care demand**: the incident carries one of the settings' Right Care tags.
 * - **Crime to investigate**: the incident is crime-related (NSIR `crime`), or Investigation is
 *   rated medium or high (there is an offence with lines of enquiry).
 * - **Real and immediate risk**: Threat, Harm or Risk is rated high.
 */
import type { Incident } from './incident';
import { ratingRank, type RightCareAssessment, type ThriveFactors } from './thrive';

/** Applies the Right Care, Right Person test. */
export function assessRightCareRightPerson(params: {
  incident: Pick<Incident, 'tags' | 'incidentType'>;
  factors: ThriveFactors;
  rightCareTags: readonly string[];
}): RightCareAssessment {
  const { incident, factors, rightCareTags } = params;
  const matchedTags = incident.tags.filter((tag) => rightCareTags.includes(tag));
  const reasons: string[] = [];
  const isCrime = incident.incidentType.category === 'crime';
  const investigation = ratingRank(factors.investigation.rating) >= ratingRank('medium');
  const crimeToInvestigate = isCrime || investigation;
  if (isCrime) reasons.push('the incident is crime-related');
  if (investigation) reasons.push(`Investigation is rated ${factors.investigation.rating}: there is a crime to investigate`);
  const highFactors = (['threat', 'harm', 'risk'] as const).filter((factor) => factors[factor].rating === 'high');
  const realAndImmediateRisk = highFactors.length > 0;
  if (realAndImmediateRisk) reasons.push(`${highFactors.map(capitalise).join(', ')} rated high: a real and immediate risk to life or of serious harm`);
  if (matchedTags.length === 0) {
    return { outcome: 'not-applicable', matchedTags, crimeToInvestigate, realAndImmediateRisk, reasons: ['the demand carries no Right Care tag', ...reasons] };
  }
  if (crimeToInvestigate || realAndImmediateRisk) {
    return { outcome: 'police-attend', matchedTags, crimeToInvestigate, realAndImmediateRisk, reasons };
  }
  return {
    outcome: 'refer-to-partner',
    matchedTags,
    crimeToInvestigate,
    realAndImmediateRisk,
    reasons: [`Right Care demand (${matchedTags.join(', ')}) with no crime to investigate and no real and immediate risk to life or of serious harm`],
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

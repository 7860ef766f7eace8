/**
 * A documented subset of the National Standard for Incident Recording (NSIR 2011, Home Office /
 * NPIA, "Counting Rules incorporating the National Incident Category List"): its three non-crime
 * themes — Transport (NICL chapter 2.1), Anti-Social Behaviour (2.2) and Public Safety and Welfare
 * (2.3) — and some of its qualifiers (2.5), plus a `crime` opening for crime-related incidents,
 * which the National Crime Recording Standard then classifies (here by data.police.uk category).
 *
 * Codes are kebab-case renderings of NICL headings; the administration categories (2.4) are left
 * out because they are not demand. Each code lists the demand-type ids and tags the seed models use
 * for that kind of demand, in order of preference, so {@link resolveDemandType} can map an incident
 * to the force's own demand types (which are model data and differ between forces).
 */
import type { PoliceUkCategory } from '@peel/model';

/** The NSIR themes Peel records (plus crime-related incidents). */
export const NSIR_CATEGORIES = ['public-safety-welfare', 'crime', 'anti-social-behaviour', 'transport'] as const;

/** One of {@link NSIR_CATEGORIES}. */
export type NsirCategory = (typeof NSIR_CATEGORIES)[number];

/** One incident code of the subset and how it maps to a model's demand types. */
export interface NsirCodeDefinition {
  readonly code: string;
  readonly category: NsirCategory;
  readonly name: string;
  /** Demand-type ids used by the seed models for this demand, tried in order. */
  readonly demandTypeIds: readonly string[];
  /** Demand-type tags tried, in order, when no id matches. */
  readonly demandTypeTags: readonly string[];
  /** A data.police.uk category whose demand type fits, tried after ids and tags (ASB). */
  readonly policeUkCategory?: PoliceUkCategory;
}

const rtc = { demandTypeTags: ['road-safety'] } as const;

/** The incident codes of the subset (NICL 2011 headings; crime-related incidents as `crime`). */
export const NSIR_CODES = [
  // Transport (NICL 2.1)
  { code: 'rtc-damage-only', category: 'transport', name: 'Road traffic collision — damage only', demandTypeIds: ['rtc-minor', 'rtc', 'road-traffic-collision'], ...rtc },
  { code: 'rtc-injury', category: 'transport', name: 'Road traffic collision — injury', demandTypeIds: ['rtc-serious', 'rtc', 'road-traffic-collision'], ...rtc },
  { code: 'rtc-fatal', category: 'transport', name: 'Road traffic collision — fatal', demandTypeIds: ['rtc-serious', 'rtc', 'road-traffic-collision'], ...rtc },
  { code: 'road-related-offence', category: 'transport', name: 'Road related offence', demandTypeIds: ['road-related-offence', 'rtc-minor'], ...rtc },
  { code: 'highway-disruption', category: 'transport', name: 'Highway disruption', demandTypeIds: ['highway-disruption'], ...rtc },
  // Anti-Social Behaviour (NICL 2.2): the three ASB categories of NSIR 2011
  { code: 'asb-personal', category: 'anti-social-behaviour', name: 'ASB — personal', demandTypeIds: ['asb', 'anti-social-behaviour'], demandTypeTags: ['anti-social-behaviour'], policeUkCategory: 'anti-social-behaviour' },
  { code: 'asb-nuisance', category: 'anti-social-behaviour', name: 'ASB — nuisance', demandTypeIds: ['asb', 'anti-social-behaviour'], demandTypeTags: ['anti-social-behaviour'], policeUkCategory: 'anti-social-behaviour' },
  { code: 'asb-environmental', category: 'anti-social-behaviour', name: 'ASB — environmental', demandTypeIds: ['asb', 'anti-social-behaviour'], demandTypeTags: ['anti-social-behaviour'], policeUkCategory: 'anti-social-behaviour' },
  // Public Safety and Welfare (NICL 2.3)
  { code: 'concern-for-safety', category: 'public-safety-welfare', name: 'Concern for safety', demandTypeIds: ['concern-for-welfare', 'welfare'], demandTypeTags: ['welfare'] },
  { code: 'domestic-incident', category: 'public-safety-welfare', name: 'Domestic incident', demandTypeIds: ['domestic-incident', 'domestic-abuse'], demandTypeTags: ['domestic-abuse'] },
  { code: 'missing-person', category: 'public-safety-welfare', name: 'Missing person', demandTypeIds: ['missing-person'], demandTypeTags: ['missing-person'] },
  { code: 'suspicious-circumstances', category: 'public-safety-welfare', name: 'Suspicious circumstances', demandTypeIds: ['suspicious-circumstances', 'suspicious-behaviour'], demandTypeTags: [] },
  { code: 'sudden-death', category: 'public-safety-welfare', name: 'Sudden death', demandTypeIds: ['sudden-death'], demandTypeTags: [] },
  { code: 'collapse-illness-injury', category: 'public-safety-welfare', name: 'Collapse, illness, injury or trapped', demandTypeIds: ['collapse-illness-injury', 'concern-for-welfare'], demandTypeTags: ['welfare'] },
  { code: 'civil-dispute', category: 'public-safety-welfare', name: 'Civil dispute', demandTypeIds: ['civil-dispute'], demandTypeTags: [] },
  { code: 'alarm', category: 'public-safety-welfare', name: 'Alarm activation', demandTypeIds: ['alarm'], demandTypeTags: [] },
  { code: 'animal', category: 'public-safety-welfare', name: 'Animals', demandTypeIds: ['animal'], demandTypeTags: [] },
  { code: 'insecure-premises', category: 'public-safety-welfare', name: 'Insecure premises or vehicle', demandTypeIds: ['insecure-premises'], demandTypeTags: [] },
  { code: 'lost-found-property', category: 'public-safety-welfare', name: 'Lost or found property', demandTypeIds: ['lost-property'], demandTypeTags: [] },
  { code: 'abandoned-call', category: 'public-safety-welfare', name: 'Abandoned or silent call', demandTypeIds: ['silent-999', 'abandoned-call'], demandTypeTags: [] },
  // Crime-related incident: classified by its data.police.uk category (NCRS)
  { code: 'crime', category: 'crime', name: 'Crime-related incident', demandTypeIds: [], demandTypeTags: [] },
] as const satisfies readonly NsirCodeDefinition[];

/** One incident code of {@link NSIR_CODES}. */
export type NsirCode = (typeof NSIR_CODES)[number]['code'];

/**
 * NSIR qualifiers (NICL 2.5) Peel records. Each adds a tag to the incident (routing rules match on
 * tags) and, for non-crime incidents, may prefer a demand type (a concern for safety qualified
 * "mental health" is the model's mental-health demand).
 */
export const NSIR_QUALIFIERS = [
  { qualifier: 'mental-health', tag: 'mental-health', demandTypeIds: ['mental-health'], demandTypeTags: ['mental-health'] },
  { qualifier: 'domestic-abuse', tag: 'domestic-abuse', demandTypeIds: ['domestic-incident', 'domestic-abuse'], demandTypeTags: ['domestic-abuse'] },
  { qualifier: 'hate', tag: 'hate-crime', demandTypeIds: ['hate-incident'], demandTypeTags: ['hate-crime'] },
  { qualifier: 'alcohol', tag: 'alcohol', demandTypeIds: [], demandTypeTags: [] },
  { qualifier: 'drugs', tag: 'drugs', demandTypeIds: [], demandTypeTags: [] },
] as const;

/** One qualifier of {@link NSIR_QUALIFIERS}. */
export type NsirQualifier = (typeof NSIR_QUALIFIERS)[number]['qualifier'];

/** The definition of `code`, or undefined when it is not in the subset. */
export function findNsirCode(code: string): NsirCodeDefinition | undefined {
  return NSIR_CODES.find((definition) => definition.code === code);
}

/** The definition of `qualifier`, or undefined when it is not in the subset. */
export function findNsirQualifier(qualifier: string): (typeof NSIR_QUALIFIERS)[number] | undefined {
  return NSIR_QUALIFIERS.find((definition) => definition.qualifier === qualifier);
}

/**
 * Harm weights in the style of the Cambridge Crime Harm Index (Sherman, Neyroud & Neyroud 2016,
 * "The Cambridge Crime Harm Index: measuring total harm from crime based on sentencing
 * guidelines", Policing 10(3): 171–183): the harm of one offence is the number of days of
 * imprisonment at the sentencing-guideline starting point for a first offender. A model supplies
 * its own table (`harmWeights`, keyed by data.police.uk category); categories it leaves out, or
 * every category when it has no table, take {@link DEFAULT_HARM_WEIGHTS}.
 */
import { POLICE_UK_CATEGORY_SLUGS, assertPoliceUkCategory, type PoliceUkCategorySlug } from './police-uk-categories';

/** A harm table as a policing model writes it (structurally the model's `harmWeights`). */
export interface HarmTableSpec {
  name: string;
  unit: string;
  source: string;
  weights: Partial<Record<string, number>>;
}

/**
 * The default table, in days of imprisonment. ASSUMPTION, stated here and in every output that
 * uses it: the CCHI is published per offence, not per data.police.uk category, and each category
 * mixes offences of very different harm. These are round, illustrative category averages of the
 * same order as the seed models' own tables (e.g. models/kent.yaml) — replace them with the
 * force's own aggregation of the published CCHI. Anti-social behaviour is not a notifiable
 * offence and carries no sentence, so it weighs 0.
 */
export const DEFAULT_HARM_WEIGHTS: Readonly<Record<PoliceUkCategorySlug, number>> = {
  'anti-social-behaviour': 0,
  'bicycle-theft': 2,
  burglary: 40,
  'criminal-damage-arson': 10,
  drugs: 5,
  'other-crime': 20,
  'other-theft': 5,
  'possession-of-weapons': 180,
  'public-order': 5,
  robbery: 365,
  shoplifting: 2,
  'theft-from-the-person': 20,
  'vehicle-crime': 10,
  'violent-crime': 150,
};

/** Describes {@link DEFAULT_HARM_WEIGHTS} in outputs. */
export const DEFAULT_HARM_TABLE_INFO = {
  name: 'Peel default harm weights (Cambridge Crime Harm Index style)',
  unit: 'days of imprisonment',
  source: 'assumption: illustrative category averages, to be replaced by the published CCHI (Sherman, Neyroud & Neyroud 2016) aggregated to data.police.uk categories',
} as const;

/** A harm table with a weight for every category, and which weights came from the default. */
export interface ResolvedHarmWeights {
  name: string;
  unit: string;
  source: string;
  weights: Readonly<Record<PoliceUkCategorySlug, number>>;
  /** Categories the model's table left out, filled from {@link DEFAULT_HARM_WEIGHTS}; all 14 when there was no table. */
  defaulted: PoliceUkCategorySlug[];
}

/** Fills a model's (possibly partial) harm table from the default; the default alone without one. */
export function resolveHarmWeights(table?: HarmTableSpec): ResolvedHarmWeights {
  if (!table) return { ...DEFAULT_HARM_TABLE_INFO, weights: DEFAULT_HARM_WEIGHTS, defaulted: [...POLICE_UK_CATEGORY_SLUGS] };
  for (const [category, weight] of Object.entries(table.weights)) {
    assertPoliceUkCategory(category, 'harmWeights.weights');
    if (weight === undefined || !Number.isFinite(weight) || weight < 0) throw new RangeError(`harmWeights.weights.${category}: expected a number >= 0, got ${weight}`);
  }
  const weights = {} as Record<PoliceUkCategorySlug, number>;
  const defaulted: PoliceUkCategorySlug[] = [];
  for (const category of POLICE_UK_CATEGORY_SLUGS) {
    const weight = table.weights[category];
    if (weight === undefined) defaulted.push(category);
    weights[category] = weight ?? DEFAULT_HARM_WEIGHTS[category];
  }
  return { name: table.name, unit: table.unit, source: table.source, weights, defaulted };
}

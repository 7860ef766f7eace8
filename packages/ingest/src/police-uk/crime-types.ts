/**
 * data.police.uk "Crime type" strings and the category slugs the police API uses for them
 * (https://data.police.uk/docs/method/crime-categories/, https://data.police.uk/about/#crime-categories).
 */
import type { CrimeCategory } from '@peel/domain';

/** The crime types written in street-level files since May 2013, with their 14 category slugs. */
export const CRIME_TYPE_CATEGORIES: Readonly<Record<string, CrimeCategory>> = {
  'Anti-social behaviour': 'anti-social-behaviour',
  'Bicycle theft': 'bicycle-theft',
  Burglary: 'burglary',
  'Criminal damage and arson': 'criminal-damage-arson',
  Drugs: 'drugs',
  'Other theft': 'other-theft',
  'Possession of weapons': 'possession-of-weapons',
  'Public order': 'public-order',
  Robbery: 'robbery',
  Shoplifting: 'shoplifting',
  'Theft from the person': 'theft-from-the-person',
  'Vehicle crime': 'vehicle-crime',
  'Violence and sexual offences': 'violent-crime',
  'Other crime': 'other-crime',
};

/**
 * Names used in files published before May 2013 that still map to one category: the API kept the
 * slug 'violent-crime' when "Violent crime" was renamed. ("Public disorder and weapons", also
 * pre-2013, was split into public-order and possession-of-weapons and cannot be mapped to one.)
 */
const LEGACY_CRIME_TYPES: Readonly<Record<string, CrimeCategory>> = {
  'Violent crime': 'violent-crime',
};

const byLowerCase = new Map<string, CrimeCategory>(
  Object.entries({ ...CRIME_TYPE_CATEGORIES, ...LEGACY_CRIME_TYPES }).map(([name, slug]) => [name.toLowerCase(), slug]),
);

/** The category of a crime type as written in a file (trimmed, any case), or undefined when it is not one. */
export function crimeCategoryOf(crimeType: string): CrimeCategory | undefined {
  return byLowerCase.get(crimeType.trim().toLowerCase());
}

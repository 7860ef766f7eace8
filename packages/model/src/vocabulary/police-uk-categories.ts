/**
 * The 14 data.police.uk street-level crime categories: the slug and the "Crime type" string the
 * archive CSVs carry (https://data.police.uk/docs/method/crime-street/; categories since 2013).
 */
export const POLICE_UK_CATEGORIES = {
  'anti-social-behaviour': 'Anti-social behaviour',
  'bicycle-theft': 'Bicycle theft',
  burglary: 'Burglary',
  'criminal-damage-arson': 'Criminal damage and arson',
  drugs: 'Drugs',
  'other-theft': 'Other theft',
  'possession-of-weapons': 'Possession of weapons',
  'public-order': 'Public order',
  robbery: 'Robbery',
  shoplifting: 'Shoplifting',
  'theft-from-the-person': 'Theft from the person',
  'vehicle-crime': 'Vehicle crime',
  'violent-crime': 'Violence and sexual offences',
  'other-crime': 'Other crime',
} as const;

/** A data.police.uk category slug. */
export type PoliceUkCategory = keyof typeof POLICE_UK_CATEGORIES;

/** The slugs, as a tuple for enums. */
export const POLICE_UK_CATEGORY_SLUGS = Object.keys(POLICE_UK_CATEGORIES) as [PoliceUkCategory, ...PoliceUkCategory[]];

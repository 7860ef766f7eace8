/**
 * The 14 data.police.uk street-level crime categories (https://data.police.uk/docs/method/crime-street/).
 * Kept as plain slugs here so the engine takes the model's and the database's categories without
 * depending on either package.
 */
export const POLICE_UK_CATEGORY_SLUGS = [
  'anti-social-behaviour',
  'bicycle-theft',
  'burglary',
  'criminal-damage-arson',
  'drugs',
  'other-crime',
  'other-theft',
  'possession-of-weapons',
  'public-order',
  'robbery',
  'shoplifting',
  'theft-from-the-person',
  'vehicle-crime',
  'violent-crime',
] as const;

/** A data.police.uk category slug. */
export type PoliceUkCategorySlug = (typeof POLICE_UK_CATEGORY_SLUGS)[number];

const known = new Set<string>(POLICE_UK_CATEGORY_SLUGS);

/** True for one of the 14 slugs. */
export function isPoliceUkCategory(value: string): value is PoliceUkCategorySlug {
  return known.has(value);
}

/** RangeError naming `field` unless `value` is one of the 14 slugs. */
export function assertPoliceUkCategory(value: string, field = 'category'): asserts value is PoliceUkCategorySlug {
  if (!known.has(value)) throw new RangeError(`${field}: expected a data.police.uk category slug, got '${value}'`);
}

/** The data.police.uk category slugs, checked against the domain's union at compile time. */
import type { CrimeCategory } from '@peel/domain';

const categorySet: Record<CrimeCategory, true> = {
  'anti-social-behaviour': true,
  'bicycle-theft': true,
  burglary: true,
  'criminal-damage-arson': true,
  drugs: true,
  'other-theft': true,
  'possession-of-weapons': true,
  'public-order': true,
  robbery: true,
  shoplifting: true,
  'theft-from-the-person': true,
  'vehicle-crime': true,
  'violent-crime': true,
  'other-crime': true,
};

/** Every data.police.uk crime category slug, in alphabetical order. */
export const CRIME_CATEGORIES = Object.keys(categorySet).sort() as [CrimeCategory, ...CrimeCategory[]];

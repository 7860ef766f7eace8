import type { UrbanRural, WardClassification } from './classify-urban-rural';
import type { DistrictBoundary } from './load-district-boundaries';
import { defaultSplitNames, type SplitSpec, splitCount } from './split-spec';
import { splitWards } from './split-wards';

/** One ward as written into a model's area. */
export interface ScaffoldWard {
  code: string;
  name: string;
  urbanRural: UrbanRural;
}

/** One area of a policing model's geography, as `peel geography scaffold` prints it. */
export interface ScaffoldArea {
  id: string;
  name: string;
  districts: string[];
  /** Sorted by name (then code). */
  wards: ScaffoldWard[];
}

/** Input to {@link scaffoldAreas}. */
export interface ScaffoldAreasInput {
  areaId: string;
  areaName: string;
  /** The districts asked for, in the order to list them. */
  districts: readonly string[];
  wards: readonly DistrictBoundary[];
  classification: ReadonlyMap<string, WardClassification>;
  split?: SplitSpec;
  /** One name per part of the split; defaults to {@link defaultSplitNames}. */
  splitNames?: readonly string[];
}

/** The areas, and the names of split parts left out because no ward fell in them. */
export interface ScaffoldAreasResult {
  areas: ScaffoldArea[];
  emptyParts: string[];
}

/**
 * Builds model areas from wards: one area holding every ward, or — with a split — one area per part,
 * with id `<areaId>-<part-slug>` and name `<areaName> <part>`. A split part with no wards (possible
 * with quadrants) is left out and named in `emptyParts`.
 * @throws {RangeError} when the split names do not match the split, repeat, or a ward is unclassified
 */
export function scaffoldAreas(input: ScaffoldAreasInput): ScaffoldAreasResult {
  const { areaId, areaName, split } = input;
  if (split === undefined) {
    if (input.splitNames !== undefined) throw new RangeError('split names were given without a split');
    return { areas: [buildArea(areaId, areaName, input.wards, input)], emptyParts: [] };
  }
  const names = input.splitNames ?? defaultSplitNames(split);
  if (names.length !== splitCount(split)) {
    throw new RangeError(`the split makes ${splitCount(split)} areas but ${names.length} split names were given (${names.join(', ')})`);
  }
  const ids = names.map((name) => {
    const slug = slugify(name);
    if (slug === '') throw new RangeError(`split name ${JSON.stringify(name)} has no letters or digits to make an area id from`);
    return `${areaId}-${slug}`;
  });
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated !== undefined) throw new RangeError(`split names give the area id ${repeated} twice`);
  const groups = splitWards(input.wards, split);
  const result: ScaffoldAreasResult = { areas: [], emptyParts: [] };
  groups.forEach((group, i) => {
    const part = names[i] as string;
    if (group.length === 0) result.emptyParts.push(part);
    else result.areas.push(buildArea(ids[i] as string, `${areaName} ${part}`, group, input));
  });
  return result;
}

/** Lower-case, with every run of characters other than letters and digits turned into one `-`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function buildArea(id: string, name: string, wards: readonly DistrictBoundary[], input: ScaffoldAreasInput): ScaffoldArea {
  const present = new Set(wards.map((ward) => ward.district));
  const entries = wards.map((ward): ScaffoldWard => {
    const classified = input.classification.get(ward.code);
    if (classified === undefined) throw new RangeError(`ward ${ward.code} (${ward.name}) has no urban/rural classification`);
    return { code: ward.code, name: ward.name, urbanRural: classified.urbanRural };
  });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.code.localeCompare(b.code));
  return { id, name, districts: input.districts.filter((district) => present.has(district)), wards: entries };
}

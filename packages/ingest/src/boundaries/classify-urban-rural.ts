import type { BoundaryFeature } from './boundary-feature';
import { BoundaryIndex } from './boundary-index';
import { interiorPoint } from './interior-point';

/** Whether a ward counts as urban or rural for response-time targets (e.g. 15 vs 20 minutes for grade 1). */
export type UrbanRural = 'urban' | 'rural';

/**
 * Largest area, in km², of an LSOA (or LSOA-sized ward) that counts as urban.
 *
 * No ONS Rural-Urban Classification file is in the shared data, so Peel uses density as a proxy, and
 * area as a proxy for density: 2011 LSOAs were drawn to hold 1,000–3,000 residents (mean about
 * 1,600), so an LSOA of at most 2.5 km² has about 640 residents/km² or more (at least 400/km² even at
 * the 1,000 floor), several times England's average of about 410/km² and typical of built-up land,
 * while a village-and-farmland LSOA covers tens of km². In the 3,661 LSOAs of the shared data the
 * median area is 0.61 km², 10 % exceed 19 km², and 2.5 km² falls in the sparse stretch between the two
 * (it marks about three LSOAs in four as urban). It is a heuristic: a force analyst who has the ONS
 * RUC2011 lookup should put its answer in the model's `urbanRural` fields instead.
 */
export const URBAN_LSOA_MAX_AREA_KM2 = 2.5;

/** The classification of one ward and the evidence for it. */
export interface WardClassification {
  code: string;
  urbanRural: UrbanRural;
  /**
   * `lsoa-majority`: at least half of the LSOAs that fall inside the ward are urban;
   * `ward-area`: no LSOA falls inside, so the ward's own area was compared with the threshold.
   */
  basis: 'lsoa-majority' | 'ward-area';
  /** LSOAs whose representative point lies in the ward. */
  lsoaCount: number;
  /** How many of those are urban. */
  urbanLsoaCount: number;
}

/** Input to {@link classifyWards}. */
export interface ClassifyWardsInput {
  wards: readonly BoundaryFeature[];
  lsoas: readonly Pick<BoundaryFeature, 'code' | 'geometry' | 'bbox' | 'centroid' | 'areaKm2'>[];
  /** Urban threshold in km²; default {@link URBAN_LSOA_MAX_AREA_KM2}. */
  urbanMaxAreaKm2?: number;
}

/** Whether an area (of an LSOA-sized population) is urban under the threshold. */
export function isUrbanArea(areaKm2: number, urbanMaxAreaKm2: number = URBAN_LSOA_MAX_AREA_KM2): boolean {
  return areaKm2 <= urbanMaxAreaKm2;
}

/**
 * Classifies wards as urban or rural (a documented heuristic, see {@link URBAN_LSOA_MAX_AREA_KM2}).
 *
 * An LSOA is urban when its area is at most the threshold. A ward is urban when at least half of the
 * LSOAs that fall inside it are urban (ties count as urban). An LSOA falls inside the ward that
 * contains its centroid, or — when the centroid lies outside the LSOA itself — an interior point of
 * the LSOA (see {@link interiorPoint}). A ward that no LSOA falls inside is smaller than the LSOAs
 * around it, so it is treated as holding about one LSOA's population and is urban when its own area
 * is at most the threshold.
 * @returns one classification per ward, keyed by ward code, in the wards' order
 * @throws {RangeError} when the threshold is not a positive finite number
 */
export function classifyWards(input: ClassifyWardsInput): Map<string, WardClassification> {
  const threshold = input.urbanMaxAreaKm2 ?? URBAN_LSOA_MAX_AREA_KM2;
  if (!Number.isFinite(threshold) || threshold <= 0) {
    throw new RangeError(`urbanMaxAreaKm2 must be a positive number of km², got ${threshold}`);
  }
  const counts = new Map(input.wards.map((ward) => [ward.code, { lsoaCount: 0, urbanLsoaCount: 0 }]));
  const index = new BoundaryIndex(input.wards);
  for (const lsoa of input.lsoas) {
    const [lon, lat] = interiorPoint(lsoa);
    const ward = index.locate(lon, lat);
    const count = ward === undefined ? undefined : counts.get(ward);
    if (count === undefined) continue;
    count.lsoaCount += 1;
    if (isUrbanArea(lsoa.areaKm2, threshold)) count.urbanLsoaCount += 1;
  }
  return new Map(
    input.wards.map((ward): [string, WardClassification] => {
      const { lsoaCount, urbanLsoaCount } = counts.get(ward.code) ?? { lsoaCount: 0, urbanLsoaCount: 0 };
      const isUrban = lsoaCount > 0 ? 2 * urbanLsoaCount >= lsoaCount : isUrbanArea(ward.areaKm2, threshold);
      return [
        ward.code,
        { code: ward.code, urbanRural: isUrban ? 'urban' : 'rural', basis: lsoaCount > 0 ? 'lsoa-majority' : 'ward-area', lsoaCount, urbanLsoaCount },
      ];
    }),
  );
}

/**
 * The places whose Grade 1 cover dispatch protects: each with a centroid, an urban/rural class
 * and the travel-time target it must stay within. Usually the model's areas (centroids from the
 * boundary files, computed by an adapter); wards work the same way for a finer picture.
 */
import type { PolicingModel } from '@peel/model';
import { DomainError } from '../shared/domain-error';
import { attendanceTargetFor } from './attendance-target';
import { checkGeoPoint, type GeoPoint, type UrbanOrRural } from './geo-point';

/** One place whose cover is measured. */
export interface CoverageArea {
  readonly id: string;
  readonly centroid: GeoPoint;
  readonly urbanRural: UrbanOrRural;
  /** The travel time it must be reachable within (the Grade 1 target for its class). */
  readonly targetMinutes: number;
}

/**
 * The model's areas as coverage areas. An area is urban when at least half its wards are (a tie
 * takes the stricter, urban, target); its target is grade `grade`'s (default 1) for that class.
 * Throws VALIDATION naming `centroids.<areaId>` for a missing or bad centroid, or "grade" when the
 * grade has no attendance target.
 */
export function coverageAreasFromModel(input: { readonly model: PolicingModel; readonly centroids: ReadonlyMap<string, GeoPoint>; readonly grade?: number }): CoverageArea[] {
  const { model, centroids, grade = 1 } = input;
  return model.geography.areas.map((area) => {
    const centroid = centroids.get(area.id);
    const field = `centroids.${area.id}`;
    if (!centroid) throw new DomainError('VALIDATION', `${field}: no centroid for area ${area.id}`, field);
    checkGeoPoint(centroid, field);
    const urban = area.wards.filter((ward) => ward.urbanRural === 'urban').length;
    const urbanRural: UrbanOrRural = urban * 2 >= area.wards.length ? 'urban' : 'rural';
    const target = attendanceTargetFor(model, grade, urbanRural);
    if (!target) throw new DomainError('VALIDATION', `grade: grade ${grade} of model ${model.id} has no attendance target to measure cover against`, 'grade');
    return { id: area.id, centroid, urbanRural, targetMinutes: target.minutes };
  });
}

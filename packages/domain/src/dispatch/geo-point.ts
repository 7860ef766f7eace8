/**
 * Points on the Earth (WGS 84 latitude and longitude, degrees) and the urban/rural class that sets
 * attendance targets and travel speeds.
 */
import type { Area } from '@peel/model';
import { DomainError } from '../shared/domain-error';

/** A WGS 84 position in decimal degrees. */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/** Urban or rural, as the model classes wards: drives attendance targets and travel speeds. */
export type UrbanOrRural = Area['wards'][number]['urbanRural'];

/**
 * Throws a VALIDATION {@link DomainError} naming `field.lat` or `field.lon` unless `point` is a
 * finite latitude in [−90, 90] and longitude in [−180, 180].
 */
export function checkGeoPoint(point: GeoPoint, field: string): void {
  if (typeof point?.lat !== 'number' || !Number.isFinite(point.lat) || point.lat < -90 || point.lat > 90) {
    throw new DomainError('VALIDATION', `${field}.lat: expected a latitude between -90 and 90, got ${String(point?.lat)}`, `${field}.lat`);
  }
  if (typeof point.lon !== 'number' || !Number.isFinite(point.lon) || point.lon < -180 || point.lon > 180) {
    throw new DomainError('VALIDATION', `${field}.lon: expected a longitude between -180 and 180, got ${String(point.lon)}`, `${field}.lon`);
  }
}

/**
 * Great-circle distance by the haversine formula (R. W. Sinnott, "Virtues of the Haversine",
 * Sky and Telescope 68(2), 1984, p. 159): well conditioned for the short distances of dispatch,
 * where the spherical law of cosines loses precision. The sphere's radius is the IUGG mean radius
 * R₁ = 6,371.0088 km (H. Moritz, "Geodetic Reference System 1980", Bulletin Géodésique 54, 1980);
 * the spherical model is within 0.5 % of the ellipsoid, far inside the error of any road factor.
 */
import { kilometres, type Kilometres } from '@peel/engine';
import type { GeoPoint } from './geo-point';

/** Mean Earth radius R₁ in km (IUGG, GRS 80). */
export const EARTH_MEAN_RADIUS_KM = 6371.0088;

const RADIANS = Math.PI / 180;

/**
 * The haversine term h = sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2) (degrees in, cosines given), which
 * grows with distance: nearest-neighbour search compares h and converts only its answers.
 */
export function haversineTerm(fromLat: number, fromLon: number, fromCos: number, toLat: number, toLon: number, toCos: number): number {
  const sinLat = Math.sin(((toLat - fromLat) * RADIANS) / 2);
  const sinLon = Math.sin(((toLon - fromLon) * RADIANS) / 2);
  return sinLat * sinLat + fromCos * toCos * sinLon * sinLon;
}

/** The distance in km for a haversine term h: 2R·asin(√h). */
export function kmFromHaversineTerm(h: number, radiusKm = EARTH_MEAN_RADIUS_KM): number {
  return 2 * radiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** cos(latitude) for a latitude in degrees, as the haversine term wants it. */
export function cosLatitude(lat: number): number {
  return Math.cos(lat * RADIANS);
}

/**
 * Distance in km between two points, without argument checks: for hot loops over points that were
 * checked when they entered the domain.
 */
export function greatCircleKmUnchecked(from: GeoPoint, to: GeoPoint, radiusKm = EARTH_MEAN_RADIUS_KM): number {
  return kmFromHaversineTerm(haversineTerm(from.lat, from.lon, cosLatitude(from.lat), to.lat, to.lon, cosLatitude(to.lat)), radiusKm);
}

/**
 * Great-circle distance between two points (haversine). Throws a RangeError naming the bad
 * argument for a latitude outside [−90, 90], a longitude outside [−180, 180] or a radius <= 0.
 */
export function greatCircleDistanceKm(from: GeoPoint, to: GeoPoint, radiusKm = EARTH_MEAN_RADIUS_KM): Kilometres {
  requireCoordinate('from', from);
  requireCoordinate('to', to);
  if (!Number.isFinite(radiusKm) || radiusKm <= 0) throw new RangeError(`radiusKm must be a finite number > 0, got ${radiusKm}`);
  return kilometres(greatCircleKmUnchecked(from, to, radiusKm));
}

function requireCoordinate(name: string, point: GeoPoint): void {
  if (!Number.isFinite(point.lat) || Math.abs(point.lat) > 90) throw new RangeError(`${name}.lat must be a latitude in [-90, 90], got ${point.lat}`);
  if (!Number.isFinite(point.lon) || Math.abs(point.lon) > 180) throw new RangeError(`${name}.lon must be a longitude in [-180, 180], got ${point.lon}`);
}

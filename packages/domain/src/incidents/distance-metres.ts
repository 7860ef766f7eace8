/**
 * Great-circle distance by the haversine formula (R. W. Sinnott, "Virtues of the Haversine", Sky
 * and Telescope 68(2), 1984) on a sphere of the IUGG mean Earth radius, 6,371,008.8 m. Over the few
 * hundred metres of a repeat-location check its error against the WGS 84 ellipsoid is under 0.5 %.
 */
import type { IncidentPoint } from './ports/location-resolver';

/** The IUGG mean radius of the Earth, in metres (Moritz, "Geodetic Reference System 1980"). */
export const EARTH_MEAN_RADIUS_METRES = 6_371_008.8;

/**
 * Distance in metres between two WGS 84 points.
 * @throws {RangeError} naming the argument when a latitude is outside [-90, 90] or a longitude outside [-180, 180]
 */
export function distanceMetres(from: IncidentPoint, to: IncidentPoint): number {
  checkPoint('from', from);
  checkPoint('to', to);
  const toRadians = Math.PI / 180;
  const phi1 = from.lat * toRadians;
  const phi2 = to.lat * toRadians;
  const deltaPhi = (to.lat - from.lat) * toRadians;
  const deltaLambda = (to.lon - from.lon) * toRadians;
  const a = Math.sin(deltaPhi / 2) ** 2 + Math.cos(phi1) * Math.cos(phi2) * Math.sin(deltaLambda / 2) ** 2;
  return 2 * EARTH_MEAN_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
}

function checkPoint(name: string, point: IncidentPoint): void {
  if (!(point.lat >= -90 && point.lat <= 90)) throw new RangeError(`${name}.lat must be in [-90, 90], got ${point.lat}`);
  if (!(point.lon >= -180 && point.lon <= 180)) throw new RangeError(`${name}.lon must be in [-180, 180], got ${point.lon}`);
}

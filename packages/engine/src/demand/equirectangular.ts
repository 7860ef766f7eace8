/**
 * The equirectangular projection about a centre (lon0, lat0): x = R·Δλ·cos φ0, y = R·Δφ, in metres
 * (Snyder 1987, "Map Projections — A Working Manual", USGS PP 1395, §12, eqs. 12-1 and 12-2,
 * with the standard parallel at the centre). Over a police force area (≲ 150 km) its distance error
 * stays below about 0.2 %, well inside a kernel bandwidth; it needs no projection library, so
 * the engine stays pure. R is the IUGG mean Earth radius.
 */

/** Mean Earth radius, metres (IUGG; Moritz 1980, "Geodetic Reference System 1980"). */
export const EARTH_RADIUS_METRES = 6_371_008.8;

const RADIANS = Math.PI / 180;

/** A projection centred on one point. */
export interface Equirectangular {
  centreLon: number;
  centreLat: number;
  /** WGS 84 degrees → metres east and north of the centre. */
  project(lon: number, lat: number): { x: number; y: number };
  /** Metres east and north of the centre → WGS 84 degrees. */
  unproject(x: number, y: number): { lon: number; lat: number };
}

/** An equirectangular projection about (centreLon, centreLat). */
export function createEquirectangular(centreLon: number, centreLat: number): Equirectangular {
  if (!Number.isFinite(centreLon) || centreLon < -180 || centreLon > 180) throw new RangeError(`centreLon: expected degrees in [-180, 180], got ${centreLon}`);
  if (!Number.isFinite(centreLat) || centreLat <= -85 || centreLat >= 85) throw new RangeError(`centreLat: expected degrees in (-85, 85), got ${centreLat}`);
  const kx = EARTH_RADIUS_METRES * RADIANS * Math.cos(centreLat * RADIANS);
  const ky = EARTH_RADIUS_METRES * RADIANS;
  return {
    centreLon,
    centreLat,
    project: (lon, lat) => ({ x: (lon - centreLon) * kx, y: (lat - centreLat) * ky }),
    unproject: (x, y) => ({ lon: centreLon + x / kx, lat: centreLat + y / ky }),
  };
}

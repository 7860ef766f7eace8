import { describe, expect, it } from 'vitest';
import { EARTH_MEAN_RADIUS_KM, greatCircleDistanceKm } from './great-circle-distance';

describe('greatCircleDistanceKm (haversine)', () => {
  // Rosetta Code, "Haversine formula": Nashville BNA (36.12, −86.67) to Los Angeles LAX
  // (33.94, −118.40) with R = 6372.8 km is 2887.2599506071106 km. Tolerance 1e-9 km.
  it('matches the published Rosetta Code value BNA–LAX = 2887.2599506 km (R = 6372.8 km) to 1e-9 km', () => {
    const km = greatCircleDistanceKm({ lat: 36.12, lon: -86.67 }, { lat: 33.94, lon: -118.4 }, 6372.8);
    expect(Math.abs(km - 2887.2599506071106)).toBeLessThan(1e-9);
  });

  it('gives a quarter meridian (equator to pole) of π·R/2 with the IUGG mean radius, to 1e-9 km', () => {
    const km = greatCircleDistanceKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 });
    expect(Math.abs(km - (Math.PI * EARTH_MEAN_RADIUS_KM) / 2)).toBeLessThan(1e-9);
  });

  it('is zero from a point to itself and symmetric', () => {
    const a = { lat: 51.5074, lon: -0.1278 };
    const b = { lat: 52.4862, lon: -1.8904 };
    expect(greatCircleDistanceKm(a, a)).toBe(0);
    expect(greatCircleDistanceKm(a, b)).toBeCloseTo(greatCircleDistanceKm(b, a), 12);
  });

  it('throws a RangeError naming the bad argument', () => {
    expect(() => greatCircleDistanceKm({ lat: 91, lon: 0 }, { lat: 0, lon: 0 })).toThrow(/from\.lat/);
    expect(() => greatCircleDistanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: Number.NaN })).toThrow(/to\.lon/);
    expect(() => greatCircleDistanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 }, 0)).toThrow(/radiusKm/);
  });
});

import { describe, expect, it } from 'vitest';
import { distanceMetres, EARTH_MEAN_RADIUS_METRES } from './distance-metres';

describe('distanceMetres (haversine, Sinnott 1984)', () => {
  it('gives the arc length R·Δφ along a meridian: one degree is 111,195.08 m on the IUGG mean sphere (tolerance 1 cm)', () => {
    expect(distanceMetres({ lat: 51, lon: 0 }, { lat: 52, lon: 0 })).toBeCloseTo((Math.PI / 180) * EARTH_MEAN_RADIUS_METRES, 2);
    expect(distanceMetres({ lat: 51, lon: 0 }, { lat: 52, lon: 0 })).toBeCloseTo(111_195.08, 1);
  });

  it('shrinks an east-west degree by cos(latitude): 1° of longitude at 60° N is about half of one at the equator (tolerance 0.1 %)', () => {
    const equator = distanceMetres({ lat: 0, lon: 0 }, { lat: 0, lon: 1 });
    const sixty = distanceMetres({ lat: 60, lon: 0 }, { lat: 60, lon: 1 });
    expect(sixty / equator).toBeCloseTo(0.5, 3);
  });

  it('agrees with the spherical law of cosines (an independent formula for the same great circle) London–Paris, 343.56 km, to 1 mm', () => {
    const london = { lat: 51.5074, lon: -0.1278 };
    const paris = { lat: 48.8566, lon: 2.3522 };
    const r = Math.PI / 180;
    const cosines =
      EARTH_MEAN_RADIUS_METRES *
      Math.acos(Math.sin(london.lat * r) * Math.sin(paris.lat * r) + Math.cos(london.lat * r) * Math.cos(paris.lat * r) * Math.cos((paris.lon - london.lon) * r));
    expect(Math.abs(distanceMetres(london, paris) - cosines)).toBeLessThan(0.001);
    expect(distanceMetres(london, paris) / 1000).toBeCloseTo(343.56, 2);
  });

  it('is zero for the same point and symmetric', () => {
    const a = { lat: 51.27, lon: 0.52 };
    const b = { lat: 51.28, lon: 0.53 };
    expect(distanceMetres(a, a)).toBe(0);
    expect(distanceMetres(a, b)).toBe(distanceMetres(b, a));
  });

  it('throws RangeError naming the bad argument', () => {
    expect(() => distanceMetres({ lat: 91, lon: 0 }, { lat: 0, lon: 0 })).toThrow(new RangeError('from.lat must be in [-90, 90], got 91'));
    expect(() => distanceMetres({ lat: 0, lon: 0 }, { lat: 0, lon: Number.NaN })).toThrow(/^to\.lon/);
  });
});

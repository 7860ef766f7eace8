import { describe, expect, it } from 'vitest';
import { kilometres, kmPerHour, minutes } from '../units';
import { expectedResponseDistance, SQUARE_ROOT_LAW_CONSTANT, squareKilometres } from './square-root-law';
import { expectedResponseTime, travelTime } from './travel-time';

/** Mulberry32: a tiny seeded generator, so the Monte Carlo check is deterministic. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ∫₀^R e^{−ball(r)} dr by Simpson's rule: E[D]·√(n/A) for a Poisson pattern of density 1. */
function integrateNearestDistance(ball: (r: number) => number): number {
  const steps = 20_000;
  const upper = 10;
  const h = upper / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const weight = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
    sum += weight * Math.exp(-ball(i * h));
  }
  return (sum * h) / 3;
}

/**
 * Monte Carlo: n units uniform on a unit torus (no edges, as the law assumes), one incident
 * uniform; mean distance to the nearest unit, scaled by √(n/A) with A = 1.
 */
function simulateConstant(metric: 'euclidean' | 'right-angle', units: number, trials: number, seed: number): number {
  const random = mulberry32(seed);
  const wrap = (d: number) => Math.min(Math.abs(d), 1 - Math.abs(d));
  let total = 0;
  for (let trial = 0; trial < trials; trial++) {
    const x = random();
    const y = random();
    let nearest = Infinity;
    for (let u = 0; u < units; u++) {
      const dx = wrap(random() - x);
      const dy = wrap(random() - y);
      nearest = Math.min(nearest, metric === 'euclidean' ? Math.hypot(dx, dy) : dx + dy);
    }
    total += nearest;
  }
  return (total / trials) * Math.sqrt(units);
}

describe('square-root law (Kolesar & Blum 1973; constants from Larson & Odoni 1981, ch. 3)', () => {
  it('the constants are the nearest-neighbour integrals: Euclidean ½, right-angle √(π/8) ≈ 0.6267', () => {
    expect(integrateNearestDistance((r) => Math.PI * r * r)).toBeCloseTo(SQUARE_ROOT_LAW_CONSTANT.euclidean, 10);
    expect(integrateNearestDistance((r) => 2 * r * r)).toBeCloseTo(SQUARE_ROOT_LAW_CONSTANT['right-angle'], 10);
    expect(SQUARE_ROOT_LAW_CONSTANT['right-angle']).toBeCloseTo(0.6267, 4);
  });

  it.each(['euclidean', 'right-angle'] as const)('a seeded Monte Carlo of units scattered at random reproduces the %s constant within 2 %', (metric) => {
    const simulated = simulateConstant(metric, 40, 40_000, 1973);
    expect(Math.abs(simulated / SQUARE_ROOT_LAW_CONSTANT[metric] - 1)).toBeLessThan(0.02);
  });

  it('E[D] = c·√(A/n): 4 free units over 100 km² on a street grid ≈ 3.133 km; quadrupling units halves it', () => {
    const four = expectedResponseDistance({ area: squareKilometres(100), freeUnits: 4 });
    expect(four).toBeCloseTo(Math.sqrt(Math.PI / 8) * 5, 12);
    expect(expectedResponseDistance({ area: squareKilometres(100), freeUnits: 16 })).toBeCloseTo(four / 2, 12);
    expect(expectedResponseDistance({ area: squareKilometres(100), freeUnits: 4, metric: 'euclidean' })).toBeCloseTo(2.5, 12);
    expect(expectedResponseDistance({ area: squareKilometres(100), freeUnits: 4, constant: 0.7 })).toBeCloseTo(3.5, 12);
  });

  it('travel time = set-up + distance / speed, in minutes', () => {
    expect(travelTime({ distance: kilometres(2), speed: kmPerHour(48) })).toBeCloseTo(2.5, 12);
    expect(travelTime({ distance: kilometres(2), speed: kmPerHour(48), setupTime: minutes(1.5) })).toBeCloseTo(4, 12);
    // 2.5 free units (e.g. 5 units at 50 % utilisation) over 40 km² at 40 km/h with 1 min turn-out.
    const expected = 1 + (60 * Math.sqrt(Math.PI / 8) * Math.sqrt(40 / 2.5)) / 40;
    expect(expectedResponseTime({ area: squareKilometres(40), freeUnits: 2.5, speed: kmPerHour(40), setupTime: minutes(1) })).toBeCloseTo(expected, 12);
  });

  it('throws RangeError naming the bad argument', () => {
    expect(() => expectedResponseDistance({ area: squareKilometres(0), freeUnits: 2 })).toThrow(new RangeError('area must be a finite number > 0, got 0'));
    expect(() => expectedResponseDistance({ area: squareKilometres(10), freeUnits: 0 })).toThrow(/freeUnits/);
    expect(() => expectedResponseDistance({ area: squareKilometres(10), freeUnits: 2, constant: -1 })).toThrow(/constant/);
    expect(() => travelTime({ distance: kilometres(1), speed: kmPerHour(0) })).toThrow(/speed/);
    expect(() => travelTime({ distance: kilometres(-1), speed: kmPerHour(30) })).toThrow(/distance/);
    expect(() => travelTime({ distance: kilometres(1), speed: kmPerHour(30), setupTime: minutes(Number.NaN) })).toThrow(/setupTime/);
  });
});

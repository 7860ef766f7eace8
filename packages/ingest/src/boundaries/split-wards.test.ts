import { describe, expect, it } from 'vitest';
import { bearingDegrees, type SplittableWard, splitWards, wardsCentre } from './split-wards';

const at = (code: string, lon: number, lat: number, areaKm2 = 1): SplittableWard => ({ code, centroid: [lon, lat], areaKm2 });
const codes = (groups: SplittableWard[][]) => groups.map((group) => group.map((ward) => ward.code));

describe('splitWards', () => {
  // Seven wards on a diagonal: A is the most north-westerly, G the most south-easterly.
  const diagonal = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((code, i) => at(code, i * 0.1, 52 - i * 0.1));

  it('makes latitude bands north to south, the extra wards going to the first bands', () => {
    expect(codes(splitWards(diagonal, { kind: 'latitude', bands: 3 }))).toEqual([['A', 'B', 'C'], ['D', 'E'], ['F', 'G']]);
  });

  it('makes longitude bands west to east', () => {
    const shuffled = [diagonal[4], diagonal[0], diagonal[6], diagonal[2], diagonal[1], diagonal[5], diagonal[3]] as SplittableWard[];
    expect(codes(splitWards(shuffled, { kind: 'longitude', bands: 2 }))).toEqual([['A', 'B', 'C', 'D'], ['E', 'F', 'G']]);
  });

  it('breaks ties in latitude by code, so the result does not depend on input order', () => {
    const level = [at('Z', 0, 51), at('Y', 1, 51), at('X', 2, 51), at('W', 3, 51)];
    expect(codes(splitWards(level, { kind: 'latitude', bands: 2 }))).toEqual([['W', 'X'], ['Y', 'Z']]);
  });

  it('refuses more bands than wards', () => {
    expect(() => splitWards(diagonal.slice(0, 2), { kind: 'latitude', bands: 3 })).toThrow('cannot split 2 wards into 3 latitude bands');
  });

  it('splits by quadrant of bearing from the centre: [North, East, South, West]', () => {
    const compass = [at('n', 0, 52.1), at('e', 0.1, 52), at('s', 0, 51.9), at('w', -0.1, 52), at('ne', 0.05, 52.1)];
    expect(codes(splitWards(compass, { kind: 'quadrant' }))).toEqual([['n', 'ne'], ['e'], ['s'], ['w']]);
  });

  it('leaves a quadrant empty when no ward lies that way', () => {
    const eastOnly = [at('a', 0, 52), at('b', 1, 52.01), at('c', 1, 51.99)];
    expect(codes(splitWards(eastOnly, { kind: 'quadrant' })).map((group) => group.length)).toEqual([0, 2, 0, 1]);
  });
});

describe('wardsCentre and bearingDegrees', () => {
  it('weights centroids by area', () => {
    expect(wardsCentre([at('a', 0, 50, 3), at('b', 4, 54, 1)])).toEqual([1, 51]);
  });

  it('measures bearings clockwise from north, shrinking longitude by cos(latitude)', () => {
    expect(bearingDegrees([0, 52], [0, 53])).toBeCloseTo(0, 9);
    expect(bearingDegrees([0, 52], [1, 52])).toBeCloseTo(90, 9);
    expect(bearingDegrees([0, 52], [0, 51])).toBeCloseTo(180, 9);
    expect(bearingDegrees([0, 52], [-1, 52])).toBeCloseTo(270, 9);
    // 1° of longitude at 60° N is half a degree of latitude long: north-east is 2° east per 1° north.
    expect(bearingDegrees([0, 60], [2, 61])).toBeCloseTo(45, 9);
  });
});

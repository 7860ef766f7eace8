import { describe, expect, it } from 'vitest';
import { defaultSplitNames, parseSplitSpec, splitCount } from './split-spec';

describe('parseSplitSpec', () => {
  it('reads latitude:<k>, longitude:<k> and quadrant', () => {
    expect(parseSplitSpec('latitude:3')).toEqual({ kind: 'latitude', bands: 3 });
    expect(parseSplitSpec(' longitude:2 ')).toEqual({ kind: 'longitude', bands: 2 });
    expect(parseSplitSpec('quadrant')).toEqual({ kind: 'quadrant' });
  });

  it.each(['latitude', 'latitude:1', 'latitude:x', 'latitude:2.5', 'height:2', 'quadrants', ''])('rejects %j naming the accepted forms', (text) => {
    expect(() => parseSplitSpec(text)).toThrow(/is not one of latitude:<k>, longitude:<k> \(k a whole number ≥ 2\) or quadrant/);
  });
});

describe('defaultSplitNames', () => {
  it('names parts in the order splitWards returns them', () => {
    expect(defaultSplitNames({ kind: 'latitude', bands: 2 })).toEqual(['North', 'South']);
    expect(defaultSplitNames({ kind: 'longitude', bands: 3 })).toEqual(['West', 'Central', 'East']);
    expect(defaultSplitNames({ kind: 'latitude', bands: 4 })).toEqual(['Band 1', 'Band 2', 'Band 3', 'Band 4']);
    expect(defaultSplitNames({ kind: 'quadrant' })).toEqual(['North', 'East', 'South', 'West']);
    expect(splitCount({ kind: 'quadrant' })).toBe(4);
    expect(splitCount({ kind: 'latitude', bands: 5 })).toBe(5);
  });
});

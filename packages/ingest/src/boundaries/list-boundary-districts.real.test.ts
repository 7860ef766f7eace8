import { describe, expect, it } from 'vitest';
import { listBoundaryDistricts } from './list-boundary-districts';
import { SEED_DISTRICTS } from './ons-sources';
import { requireSharedData } from './testing/real-data';

describe('listBoundaryDistricts', () => {
  it('finds the 45 real districts, 1,096 wards and 3,661 LSOAs of SOURCES.md §4', async () => {
    const result = await listBoundaryDistricts(requireSharedData('martinjc__UK-GeoJSON/json'));
    expect(result.districts.map((d) => d.code)).toEqual(Object.keys(SEED_DISTRICTS).sort());
    expect(result.districts.reduce((sum, d) => sum + d.wardCount, 0)).toBe(1096);
    expect(result.districts.reduce((sum, d) => sum + d.lsoaCount, 0)).toBe(3661);
    expect(result.districts.find((d) => d.code === 'E06000043')).toMatchObject({ name: 'Brighton and Hove', lsoaCount: 165 });
  });
});

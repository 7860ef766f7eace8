import { describe, expect, it } from 'vitest';
import { BoundaryIndex } from './boundary-index';
import { interiorPoint } from './interior-point';
import { loadDistrictBoundaries } from './load-district-boundaries';
import { SEED_DISTRICTS } from './ons-sources';
import { districtFiles, requireSharedData } from './testing/real-data';

describe('BoundaryIndex', () => {
  it('locates an interior point of every real Kent LSOA in that LSOA', async () => {
    const kent = Object.keys(SEED_DISTRICTS).filter((code) => SEED_DISTRICTS[code]?.force === 'Kent');
    const dir = requireSharedData(...kent.flatMap(districtFiles));
    const { lsoas } = await loadDistrictBoundaries(dir, kent);
    expect(lsoas).toHaveLength(1065);
    const lsoaIndex = new BoundaryIndex(lsoas);
    const wrong = lsoas.filter((lsoa) => lsoaIndex.locate(...interiorPoint(lsoa)) !== lsoa.code).map((lsoa) => lsoa.code);
    expect(wrong).toEqual([]);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ONS_LSOAS_2011, ONS_WARDS_2013 } from './ons-sources';
import { readBoundaryCollection } from './read-boundary-collection';
import { districtFiles, requireSharedData } from './testing/real-data';

describe('readBoundaryCollection', () => {
  it('reads the real Sevenoaks ward and LSOA files (SOURCES.md §4: 74 LSOAs)', async () => {
    const [wardPath, lsoaPath] = districtFiles('E07000111');
    const dir = requireSharedData(wardPath, lsoaPath);
    const wards = await readBoundaryCollection(path.join(dir, wardPath), ONS_WARDS_2013);
    const lsoas = await readBoundaryCollection(path.join(dir, lsoaPath), ONS_LSOAS_2011);
    expect(wards).toHaveLength(26);
    expect(lsoas).toHaveLength(74);
    const ash = wards.find((ward) => ward.code === 'E05005008');
    expect(ash?.name).toBe('Ash and New Ash Green');
    // Sevenoaks district is about 370 km²; its wards tile it.
    const total = wards.reduce((sum, ward) => sum + ward.areaKm2, 0);
    expect(total).toBeGreaterThan(350);
    expect(total).toBeLessThan(390);
  });
});

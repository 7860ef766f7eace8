import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBoundaryDistricts } from './list-boundary-districts';
import { listDistrictFiles } from './list-district-files';
import { ONS_WARDS_2013 } from './ons-sources';
import { makeFixtureDataDir } from './testing/fixture-data-dir';

const box = (code: string, lon = 0) => ({ code, name: code, lon, lat: 51 });

describe('listBoundaryDistricts', () => {
  it('lists districts with both files and counts their features', async () => {
    const dir = await makeFixtureDataDir({
      E07000111: { wards: [box('W1'), box('W2', 1)], lsoas: [box('L1'), box('L2', 1), box('L3', 2)] },
      E07000001: { wards: [box('W3')] },
      E07000002: { lsoas: [box('L4')] },
    });
    expect(await listBoundaryDistricts(dir)).toEqual({
      dataAvailable: true,
      missingPaths: [],
      districts: [{ code: 'E07000111', name: 'Sevenoaks', force: 'Kent', wardCount: 2, lsoaCount: 3 }],
      incomplete: [
        { code: 'E07000001', missing: 'lsoas' },
        { code: 'E07000002', missing: 'wards' },
      ],
    });
  });

  it('says the data directory is missing', async () => {
    expect(await listBoundaryDistricts('/no/such/peel-data')).toEqual({
      dataAvailable: false,
      missingPaths: ['/no/such/peel-data'],
      districts: [],
      incomplete: [],
    });
  });

  it('names a missing boundary directory inside the data directory', async () => {
    const dir = await makeFixtureDataDir({ E07000111: { wards: [box('W1')] } });
    const result = await listBoundaryDistricts(dir);
    expect(result.missingPaths).toEqual([path.join(dir, 'martinjc__UK-GeoJSON/json/statistical/eng/lsoa_by_lad')]);
    expect(result.incomplete).toEqual([{ code: 'E07000111', missing: 'lsoas' }]);
  });
});

describe('listDistrictFiles', () => {
  it('ignores files that do not match the template', async () => {
    const dir = await makeFixtureDataDir({ E07000111: { wards: [box('W1')] } });
    const wardDir = path.join(dir, path.dirname(ONS_WARDS_2013.path));
    await writeFile(path.join(wardDir, 'E07000112.json.bak'), '');
    await writeFile(path.join(wardDir, 'README.txt'), '');
    await writeFile(path.join(wardDir, 'E07 000113.json'), '');
    const found = await listDistrictFiles(dir, ONS_WARDS_2013);
    expect(found.ok && [...found.files.keys()]).toEqual(['E07000111']);
  });

  it('requires {district} in the file name', async () => {
    await expect(listDistrictFiles('/tmp', { path: 'wards/{district}/all.json' })).rejects.toThrow(RangeError);
    await expect(listDistrictFiles('/tmp', { ...ONS_WARDS_2013, path: 'wards/all.json' })).rejects.toThrow('must have {district} in its file name');
  });
});

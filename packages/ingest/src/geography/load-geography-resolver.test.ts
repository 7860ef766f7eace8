import type { BoundaryFilter, BoundaryRepository, StoredBoundary } from '@peel/domain';
import { describe, expect, it } from 'vitest';
import { ONS_LSOAS_2011, ONS_WARDS_2013 } from '../boundaries/ons-sources';
import { makeFixtureDataDir } from '../boundaries/testing/fixture-data-dir';
import { squareBoundary } from '../boundaries/testing/synthetic';
import { loadGeographyFromFiles, loadGeographyFromRepository } from './load-geography-resolver';

const model = {
  geography: {
    boundaries: { wards: ONS_WARDS_2013, lsoas: ONS_LSOAS_2011 },
    areas: [
      { id: 'west', districts: ['E07000001'], wards: [{ code: 'E05000001' }] },
      { id: 'east', districts: ['E07000002'], wards: [{ code: 'E05000002' }] },
    ],
  },
};

describe('loadGeographyFromFiles', () => {
  it('reads the ward and LSOA files of every district of the model and maps wards to areas', async () => {
    const dir = await makeFixtureDataDir({
      E07000001: { wards: [{ code: 'E05000001', name: 'W', lon: 0, lat: 51 }], lsoas: [{ code: 'E01000001', name: 'L', lon: 0, lat: 51 }] },
      E07000002: { wards: [{ code: 'E05000002', name: 'E', lon: 0.01, lat: 51 }], lsoas: [{ code: 'E01000002', name: 'L2', lon: 0.01, lat: 51 }] },
    });
    const loaded = await loadGeographyFromFiles({ sharedDataDir: dir, model });
    expect({ lsoas: loaded.lsoaCount, wards: loaded.wardCount, files: loaded.files.length }).toEqual({ lsoas: 2, wards: 2, files: 4 });
    expect(loaded.resolver.resolve({ lsoaCode: 'E01000002', longitude: null, latitude: null })).toEqual({ matchedLsoaCode: 'E01000002', wardCode: 'E05000002', areaId: 'east', geoMatch: 'code' });
    expect(loaded.resolver.resolve({ lsoaCode: null, longitude: 0.005, latitude: 51.005 })).toEqual({ matchedLsoaCode: 'E01000001', wardCode: 'E05000001', areaId: 'west', geoMatch: 'geometry' });
  });

  it('names the missing file', async () => {
    const dir = await makeFixtureDataDir({ E07000001: { wards: [{ code: 'E05000001', name: 'W', lon: 0, lat: 51 }] } });
    await expect(loadGeographyFromFiles({ sharedDataDir: dir, model })).rejects.toThrow(/lsoa_by_lad\/E07000001\.json: file not found|wards_by_lad\/E07000002\.json: file not found/);
  });
});

describe('loadGeographyFromRepository', () => {
  it('asks the repository for the model’s districts at both levels', async () => {
    const asked: BoundaryFilter[] = [];
    const stored = (level: 'lsoa' | 'ward', code: string, lon: number, district: string): StoredBoundary => ({ ...squareBoundary(code, lon, 51, 0.01, 1), level, district, vintage: null, importId: 1 });
    const repository: BoundaryRepository = {
      importBoundaries: () => Promise.reject(new Error('not used')),
      listBoundaries: async (filter) => {
        asked.push(filter);
        return filter.level === 'lsoa' ? [stored('lsoa', 'E01000001', 0, 'E07000001')] : [stored('ward', 'E05000001', 0, 'E07000001')];
      },
    };
    const loaded = await loadGeographyFromRepository({ repository, model });
    expect(asked).toEqual([{ level: 'lsoa', districts: ['E07000001', 'E07000002'] }, { level: 'ward', districts: ['E07000001', 'E07000002'] }]);
    expect(loaded.resolver.resolve({ lsoaCode: 'E01000001', longitude: null, latitude: null })).toMatchObject({ wardCode: 'E05000001', areaId: 'west', geoMatch: 'code' });
    const all = await loadGeographyFromRepository({ repository });
    expect(all.resolver.resolve({ lsoaCode: 'E01000001', longitude: null, latitude: null }).areaId).toBeNull();
    expect(asked.at(-1)).toEqual({ level: 'ward', districts: undefined });
  });
});

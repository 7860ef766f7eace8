import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBoundaryReferences, type GeographyReferences } from './check-boundary-references';
import { ONS_LSOAS_2011, ONS_WARDS_2013 } from './ons-sources';
import { makeFixtureDataDir } from './testing/fixture-data-dir';

const box = (code: string, name: string, lon = 0) => ({ code, name, lon, lat: 51 });
const boundaries = { wards: ONS_WARDS_2013, lsoas: ONS_LSOAS_2011 };

describe('checkBoundaryReferences', () => {
  it('reports unknown wards, wards of another district, renamed and repeated wards, and unassigned wards', async () => {
    const dir = await makeFixtureDataDir({
      E07000001: { wards: [box('W1', 'One'), box('W2', 'Two', 1), box('W3', 'Three', 2)], lsoas: [box('L1', 'L1')] },
      E07000002: { wards: [box('W4', 'Four', 5), box('W5', 'Five', 6)], lsoas: [box('L2', 'L2', 5)] },
    });
    const geography: GeographyReferences = {
      boundaries,
      areas: [
        { id: 'a', districts: ['E07000001'], wards: [{ code: 'W1', name: 'One', urbanRural: 'urban' }, { code: 'W2', name: 'Deux' }, { code: 'W9' }, { code: 'W4' }] },
        { id: 'b', districts: ['E07000002'], wards: [{ code: 'W4' }, { code: 'W1' }] },
      ],
    };
    const report = await checkBoundaryReferences(geography, dir);
    expect(report.dataAvailable).toBe(true);
    expect(report.missingFiles).toEqual([]);
    expect(report.problems).toEqual([
      { areaId: 'a', wardCode: 'W2', message: 'ward W2 is named "Deux" in the model but "Two" in the boundary file' },
      { areaId: 'a', wardCode: 'W9', message: 'ward W9 is not in the ward boundary file of district E07000001' },
      { areaId: 'a', wardCode: 'W4', message: 'ward W4 is not in the ward boundary file of district E07000001 (it is in the file of district E07000002)' },
      { areaId: 'b', wardCode: 'W4', message: 'ward W4 is also in area a' },
      { areaId: 'b', wardCode: 'W1', message: 'ward W1 is also in area a' },
      { areaId: 'b', wardCode: 'W1', message: 'ward W1 is not in the ward boundary file of district E07000002 (it is in the file of district E07000001)' },
    ]);
    expect(report.coverage).toEqual([
      { district: 'E07000001', wardsInFiles: 3, wardsInModel: 2, unassigned: ['W3'] },
      { district: 'E07000002', wardsInFiles: 2, wardsInModel: 1, unassigned: ['W5'] },
    ]);
  });

  it('names each missing file exactly and does not judge wards it cannot see', async () => {
    const dir = await makeFixtureDataDir({ E07000001: { wards: [box('W1', 'One')] } });
    const report = await checkBoundaryReferences(
      {
        boundaries,
        areas: [
          { id: 'a', districts: ['E07000001'], wards: [{ code: 'W1' }] },
          { id: 'b', districts: ['E07000001', 'E07000002'], wards: [{ code: 'W7' }] },
        ],
      },
      dir,
    );
    expect(report.missingFiles).toEqual([
      path.join(dir, 'martinjc__UK-GeoJSON/json/statistical/eng/lsoa_by_lad/E07000001.json'),
      path.join(dir, 'martinjc__UK-GeoJSON/json/electoral/eng/wards_by_lad/E07000002.json'),
      path.join(dir, 'martinjc__UK-GeoJSON/json/statistical/eng/lsoa_by_lad/E07000002.json'),
    ]);
    expect(report.problems).toEqual([]);
    expect(report.coverage).toEqual([{ district: 'E07000001', wardsInFiles: 1, wardsInModel: 1, unassigned: [] }]);
  });

  it('names the data directory when it is missing', async () => {
    const report = await checkBoundaryReferences({ boundaries, areas: [{ id: 'a', districts: ['E07000001'], wards: [] }] }, '/no/such/peel-data');
    expect(report).toEqual({ dataAvailable: false, missingFiles: ['/no/such/peel-data'], problems: [], coverage: [] });
  });

  it('reports a district code that is not a plain code instead of reading outside the directory', async () => {
    const dir = await makeFixtureDataDir({});
    const report = await checkBoundaryReferences({ boundaries, areas: [{ id: 'a', districts: ['../../etc/passwd'], wards: [] }] }, dir);
    expect(report.problems).toEqual([{ areaId: 'a', message: expect.stringContaining('"../../etc/passwd" is not a plain code') }]);
  });

  it('reads one file for every district when the path has no {district}', async () => {
    const dir = await makeFixtureDataDir({ all: { wards: [box('W1', 'One'), box('W2', 'Two', 1)] } });
    const report = await checkBoundaryReferences(
      {
        boundaries: { wards: { ...ONS_WARDS_2013, path: ONS_WARDS_2013.path.replace('{district}', 'all') } },
        areas: [
          { id: 'a', districts: ['E07000001'], wards: [{ code: 'W1' }] },
          { id: 'b', districts: ['E07000002'], wards: [{ code: 'W3' }] },
        ],
      },
      dir,
    );
    expect(report.problems).toEqual([{ areaId: 'b', wardCode: 'W3', message: 'ward W3 is not in the ward boundary file of district E07000002' }]);
    expect(report.coverage).toEqual([{ district: '*', wardsInFiles: 2, wardsInModel: 1, unassigned: ['W2'] }]);
  });
});

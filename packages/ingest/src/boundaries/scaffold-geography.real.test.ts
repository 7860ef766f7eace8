import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scaffoldGeography } from './scaffold-geography';
import { districtFiles, requireSharedData } from './testing/real-data';

describe('scaffoldGeography on real data', () => {
  it('scaffolds Sevenoaks as one area headed by its source files and method', async () => {
    const dir = requireSharedData(...districtFiles('E07000111'));
    const { yaml, areas, warnings } = await scaffoldGeography({ sharedDataDir: dir, districts: ['E07000111'], areaId: 'sevenoaks', areaName: 'Sevenoaks' });
    expect(warnings).toEqual([]);
    expect(yaml).toContain('#   wards: martinjc__UK-GeoJSON/json/electoral/eng/wards_by_lad/E07000111.json\n');
    expect(yaml).toContain('#   LSOAs: martinjc__UK-GeoJSON/json/statistical/eng/lsoa_by_lad/E07000111.json\n');
    expect(yaml).toContain('at least half of the LSOAs');
    expect(yaml).toContain('\n- id: sevenoaks\n  name: Sevenoaks\n  districts: [E07000111]\n  wards:\n');
    expect(yaml).toContain('    - { code: E05005008, name: Ash and New Ash Green, urbanRural: ');
    expect(parse(yaml)).toEqual(areas);
    expect(areas[0]?.wards).toHaveLength(26);
  });

  it('splits two districts into latitude bands of near-equal ward count', async () => {
    const dir = requireSharedData(...districtFiles('E07000111'), ...districtFiles('E07000115'));
    const { areas, yaml } = await scaffoldGeography({
      sharedDataDir: dir,
      districts: ['E07000111', 'E07000115'],
      areaId: 'west-kent',
      areaName: 'West Kent',
      split: { kind: 'latitude', bands: 3 },
    });
    expect(areas.map((a) => a.id)).toEqual(['west-kent-north', 'west-kent-central', 'west-kent-south']);
    expect(areas.map((a) => a.wards.length)).toEqual([18, 17, 17]);
    expect(yaml).toContain('into 3 bands of near-equal ward count, north to south');
  });

  it('names the missing file of an unknown district', async () => {
    const dir = requireSharedData();
    await expect(scaffoldGeography({ sharedDataDir: dir, districts: ['E07009999'], areaId: 'x', areaName: 'X' })).rejects.toThrow(
      /wards_by_lad\/E07009999\.json: file not found/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { checkBoundaryReferences } from './check-boundary-references';
import { ONS_LSOAS_2011, ONS_WARDS_2013 } from './ons-sources';
import { scaffoldGeography } from './scaffold-geography';
import { districtFiles, requireSharedData } from './testing/real-data';

const boundaries = { wards: ONS_WARDS_2013, lsoas: ONS_LSOAS_2011 };

describe('checkBoundaryReferences', () => {
  it('passes a real scaffolded Sevenoaks geography with full coverage', async () => {
    const dir = requireSharedData(...districtFiles('E07000111'));
    const { areas } = await scaffoldGeography({ sharedDataDir: dir, districts: ['E07000111'], areaId: 'sevenoaks', areaName: 'Sevenoaks', split: { kind: 'quadrant' } });
    const report = await checkBoundaryReferences({ boundaries, areas }, dir);
    expect(report).toEqual({
      dataAvailable: true,
      missingFiles: [],
      problems: [],
      coverage: [{ district: 'E07000111', wardsInFiles: 26, wardsInModel: 26, unassigned: [] }],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { classifyWards, type WardClassification } from './classify-urban-rural';
import { loadDistrictBoundaries } from './load-district-boundaries';
import { districtFiles, requireSharedData } from './testing/real-data';

/** Classifies a real district's wards; returns ward name → classification. */
async function classifyDistrict(district: string): Promise<Map<string, WardClassification>> {
  const dir = requireSharedData(...districtFiles(district));
  const { wards, lsoas } = await loadDistrictBoundaries(dir, [district]);
  const result = classifyWards({ wards, lsoas });
  return new Map(wards.map((ward) => [ward.name, result.get(ward.code) as WardClassification]));
}

const count = (result: Map<string, WardClassification>, kind: 'urban' | 'rural') =>
  [...result.values()].filter((c) => c.urbanRural === kind).length;

// Expectations a force analyst would hold of the heuristic on real ONS 2011/2013 boundaries.
describe('urban/rural classification on real districts', () => {
  it('calls (almost) every Brighton & Hove ward urban (E06000043, a city)', async () => {
    const result = await classifyDistrict('E06000043');
    expect(result.size).toBe(21);
    expect(count(result, 'urban')).toBeGreaterThanOrEqual(20);
  });

  it('calls Ryedale mostly rural, its market towns urban (E07000167)', async () => {
    const result = await classifyDistrict('E07000167');
    expect(result.size).toBe(20);
    expect(count(result, 'rural')).toBeGreaterThanOrEqual(14);
    for (const town of ['Malton', 'Norton East']) expect(result.get(town)?.urbanRural, town).toBe('urban');
    for (const village of ['Helmsley', 'Hovingham', 'Sherburn', 'Dales', 'Wolds']) expect(result.get(village)?.urbanRural, village).toBe('rural');
  });

  it('calls Sevenoaks mixed: town and Swanley wards urban, villages rural (E07000111)', async () => {
    const result = await classifyDistrict('E07000111');
    expect(result.size).toBe(26);
    const towns = [...result.keys()].filter((name) => name.startsWith('Sevenoaks ') || name.startsWith('Swanley '));
    expect(towns).toHaveLength(7);
    for (const town of towns) expect(result.get(town)?.urbanRural, town).toBe('urban');
    const villages = ['Cowden and Hever', 'Penshurst, Fordcombe and Chiddingstone', 'Leigh and Chiddingstone Causeway', 'Otford and Shoreham', 'Eynsford'];
    for (const village of villages) expect(result.get(village)?.urbanRural, village).toBe('rural');
    expect(count(result, 'urban')).toBeGreaterThanOrEqual(8);
    expect(count(result, 'rural')).toBeGreaterThanOrEqual(8);
  });

  it('places every LSOA of the three districts in some ward', async () => {
    for (const district of ['E06000043', 'E07000167', 'E07000111']) {
      const dir = requireSharedData(...districtFiles(district));
      const { wards, lsoas } = await loadDistrictBoundaries(dir, [district]);
      const placed = [...classifyWards({ wards, lsoas }).values()].reduce((sum, c) => sum + c.lsoaCount, 0);
      expect(placed, district).toBe(lsoas.length);
    }
  });
});

/**
 * The resolver on real data: the Kent model's 13 districts (ONS 2011 LSOAs, 2013 wards) against
 * data.police.uk Kent street crime for 2024-01, whose LSOA codes are **2021** codes (SOURCES.md §1).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readBoundaryCollection } from '../boundaries/read-boundary-collection';
import { requireSharedData } from '../boundaries/testing/real-data';
import { createGeographyTally, describeUnknownLsoaCodes } from './geography-tally';
import { type GeographyModel, loadGeographyFromFiles } from './load-geography-resolver';

const CRIMES = 'Leonard-Theodorus__UK-Q1-2024-Crime-Data-Analysis/2024-01/2024-01-kent-street.csv';
const KENT_MODEL = path.resolve(import.meta.dirname, '../../../../models/kent.yaml');

describe('loadGeographyFromFiles on the Kent model and 2024 Kent crimes', () => {
  it('places every row by code, by geometry or not at all, and counts the 2021 codes the 2011 boundaries lack', async () => {
    const dir = requireSharedData(CRIMES);
    const model = parseYaml(await readFile(KENT_MODEL, 'utf8')) as GeographyModel;
    const geography = await loadGeographyFromFiles({ sharedDataDir: dir, model });
    expect(geography.wardCount).toBeGreaterThan(250);
    expect(geography.lsoaCount).toBe(1065); // Kent and Medway's 2011 LSOAs (boundary-index.real.test.ts)

    const rows = Papa.parse<Record<string, string>>(await readFile(path.join(dir, CRIMES), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(14466); // SOURCES.md §1

    // An independent view of the boundaries: the set of 2011 LSOA codes, and each polygon by code.
    const lsoaFiles = geography.files.filter((file) => file.includes('lsoa_by_lad'));
    const lsoaByCode = new Map((await Promise.all(lsoaFiles.map((file) => readBoundaryCollection(file, { codeProperty: 'LSOA11CD', nameProperty: 'LSOA11NM' })))).flat().map((lsoa) => [lsoa.code, lsoa]));
    const wardAreas = new Map(model.geography.areas.flatMap((area) => area.wards.map((ward) => [ward.code, area.id] as const)));

    const tally = createGeographyTally();
    const started = performance.now();
    for (const row of rows) {
      const location = { lsoaCode: row['LSOA code'] || null, longitude: toNumber(row.Longitude), latitude: toNumber(row.Latitude) };
      const resolved = geography.resolver.resolve(location);
      tally.add(location, resolved);
      // Every placement is consistent with the polygons and the model, checked without the resolver.
      if (resolved.geoMatch === 'code') expect(resolved.matchedLsoaCode).toBe(location.lsoaCode);
      if (resolved.geoMatch === 'geometry' && resolved.matchedLsoaCode !== null) {
        const lsoa = lsoaByCode.get(resolved.matchedLsoaCode);
        expect(lsoa && booleanPointInPolygon([location.longitude ?? NaN, location.latitude ?? NaN], lsoa.geometry)).toBe(true);
      }
      if (resolved.wardCode !== null) expect(resolved.areaId).toBe(wardAreas.get(resolved.wardCode) ?? null);
    }
    const seconds = (performance.now() - started) / 1000;
    const counts = tally.counts();
    const knownCodes = rows.filter((row) => lsoaByCode.has(row['LSOA code'] ?? '')).length;
    const withCode = rows.filter((row) => (row['LSOA code'] ?? '') !== '').length;

    console.log(
      `Kent 2024-01: ${rows.length} rows — by code ${counts.matchedByCode}, by geometry ${counts.matchedByGeometry}, none ${counts.unmatched}; ` +
        `LSOA codes unknown to the 2011 boundaries: ${counts.unknownLsoaCodes} rows (${counts.distinctUnknownLsoaCodes} codes), ` +
        `${counts.unknownLsoaCodesPlacedByGeometry} placed by geometry; ${Math.round(rows.length / seconds)} rows/s\n${describeUnknownLsoaCodes(counts)}`,
    );
    expect(counts.matchedByCode + counts.matchedByGeometry + counts.unmatched).toBe(rows.length);
    expect(counts.matchedByCode).toBe(knownCodes);
    expect(counts.unknownLsoaCodes).toBe(withCode - knownCodes);
    // SOURCES.md §1: 86–95 % of 2024 rows carry a code found among the 2011 boundaries.
    expect(counts.matchedByCode / rows.length).toBeGreaterThan(0.86);
    expect(counts.matchedByCode / rows.length).toBeLessThan(0.95);
    // Most rows with a 2021-only code still lie inside a Kent 2011 LSOA: geometry places them.
    expect(counts.unknownLsoaCodesPlacedByGeometry).toBeGreaterThan(counts.unknownLsoaCodes / 2);
  });
});

function toNumber(text: string | undefined): number | null {
  return text === undefined || text.trim() === '' ? null : Number(text);
}

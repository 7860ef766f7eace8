/**
 * `peel simulate` end to end: the real binary (workers and all) on a small database populated here
 * (a fresh PGlite directory, or a scratch PostgreSQL database when DATABASE_URL is set) with the
 * synthetic model: 420 crimes in two LSOAs, with square LSOA and ward polygons in the boundaries
 * table so that locations come from LSOA centroids.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '@peel/config';
import { createDemandRepository, migrate, openDatabase, schema, type DatabaseConfig } from '@peel/db';
import { createScratchDatabase, type ScratchDatabase } from '@peel/db/testing';
import type { CrimeRecord } from '@peel/domain';
import { erlangC, minutes, perHour } from '@peel/engine';
import { REPO_ROOT, runPeel, tempFileWriter } from '../run-peel';

const config = getConfig();
let scratch: ScratchDatabase | undefined;
let env: Record<string, string>;
const write = tempFileWriter('peel-simulate-');

// North: ward Abbey (E05999901, urban) holding LSOA E01999901. South: ward Dunmore (E05999904, rural) holding E01999904.
const places = [
  { ward: 'E05999901', lsoa: 'E01999901', district: 'E07999901', lon: -1.5, lat: 52 },
  { ward: 'E05999904', lsoa: 'E01999904', district: 'E07999902', lon: -1.4, lat: 52.05 },
];
const categories: CrimeRecord['category'][] = ['violent-crime', 'anti-social-behaviour', 'shoplifting'];

function crimes(): CrimeRecord[] {
  const records: CrimeRecord[] = [];
  for (let i = 0; i < 420; i += 1) {
    const place = places[i % 2]!;
    const category = categories[i % 3]!;
    records.push({
      lineNumber: i + 2, crimeId: null, month: ['2024-01', '2024-02', '2024-03'][i % 3]!, reportedBy: 'Peelshire Constabulary', fallsWithin: 'Peelshire Constabulary',
      longitude: place.lon, latitude: place.lat, location: 'On or near Test Street', lsoaCode: place.lsoa, lsoaName: null,
      crimeType: category, category, lastOutcome: null, context: null, wardCode: place.ward, matchedLsoaCode: place.lsoa, geoMatch: 'code',
    });
  }
  return records;
}

/** A square polygon of half-side `half` degrees about (lon, lat). */
function square(level: 'lsoa' | 'ward', code: string, district: string, lon: number, lat: number, half: number, importId: number) {
  const ring = [[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half], [lon - half, lat - half]];
  return {
    level, code, name: code, district, vintage: 'test', importId, geometry: { type: 'Polygon', coordinates: [ring] },
    minLon: lon - half, minLat: lat - half, maxLon: lon + half, maxLat: lat + half, centroidLon: lon, centroidLat: lat, areaKm2: (half * 111) ** 2 * 4 * 0.6,
  };
}

async function populate(database: DatabaseConfig): Promise<void> {
  const handle = await openDatabase(database);
  try {
    await migrate(handle);
    const demand = createDemandRepository(handle.db);
    const records = crimes();
    await demand.runImport({ kind: 'police-uk-crime', fileName: 'peelshire.csv', contentHash: createHash('sha256').update('cli-simulate-crimes').digest('hex') }, async (session) => {
      await session.insertCrimeRecords(records);
      return { rowsRead: records.length };
    });
    const imported = await demand.runImport({ kind: 'boundaries', fileName: 'squares.json', contentHash: createHash('sha256').update('cli-simulate-squares').digest('hex') }, async () => ({ rowsRead: 0 }));
    const id = imported.summary.id;
    await handle.db.insert(schema.boundaries).values(places.flatMap((place) => [square('ward', place.ward, place.district, place.lon, place.lat, 0.02, id), square('lsoa', place.lsoa, place.district, place.lon, place.lat, 0.01, id)]));
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  if (config.database.kind === 'postgres') {
    scratch = await createScratchDatabase(config.database.url);
    env = { DATABASE_URL: scratch.url };
    await populate({ kind: 'postgres', url: scratch.url });
  } else {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'peel-simulate-')), 'data');
    env = { PEEL_DATA_DIR: dataDir };
    await populate({ kind: 'pglite', dataDir });
  }
}, 60_000);
afterAll(async () => {
  await scratch?.drop();
});

const peel = (...args: string[]) => runPeel(['simulate', ...args], env);
/** A report without what depends on the machine (timings, threads). */
const kpis = (stdout: string) => {
  const { wallMs: _wall, replicationMs: _each, threads: _threads, ...rest } = JSON.parse(stdout);
  return rest;
};

describe('peel simulate mmc', () => {
  it('--json prints exactly { calls, meanWaitMin, probWait, utilisation, wallMs }, close to Erlang C (M/M/2, ρ = 0.5, 200,000 calls, within 5 %)', () => {
    const result = peel('mmc', '--arrival-rate', '6', '--service-min', '10', '--servers', '2', '--calls', '200000', '--seed', '3', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['calls', 'meanWaitMin', 'probWait', 'utilisation', 'wallMs']);
    const theory = erlangC({ arrivalRate: perHour(6), meanServiceTime: minutes(10), servers: 2 });
    if (!theory.stable) throw new Error('stable case expected');
    expect(report.calls).toBe(200_000);
    expect(Math.abs(report.meanWaitMin / theory.meanWait - 1)).toBeLessThan(0.05);
    expect(Math.abs(report.probWait / theory.probWait - 1)).toBeLessThan(0.05);
    expect(Math.abs(report.utilisation - 0.5)).toBeLessThan(0.01);
    expect(report.wallMs).toBeGreaterThan(0);
  });

  it('says an unstable queue plainly (exit 1) and names a bad option', () => {
    const unstable = peel('mmc', '--arrival-rate', '12', '--service-min', '10', '--servers', '2', '--json');
    expect(unstable.code).toBe(1);
    expect(JSON.parse(unstable.stdout)).toMatchObject({ unstable: true, offeredLoad: 2, servers: 2 });
    const bad = peel('mmc', '--arrival-rate', '6', '--service-min', '10', '--servers', '2.5');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--servers: expected a whole number');
  });
});

describe('peel simulate --model', () => {
  it('runs the replications on worker threads and prints KPIs with confidence intervals; the same on one thread', () => {
    const args = ['--model', 'models/synthetic.yaml', '--days', '7', '--replications', '2', '--seed', '5', '--json'];
    const result = peel(...args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ model: 'peelshire', days: 7, replications: 2, seed: 5, demand: { months: ['2024-01', '2024-02', '2024-03'], crimes: 420 } });
    expect(report.grades.map((grade: { grade: number }) => grade.grade)).toEqual([1, 2, 3, 4]);
    const grade1 = report.grades[0];
    expect(grade1.compliance.replications).toBe(2);
    expect(grade1.compliance.halfWidth).not.toBeNull();
    expect(grade1.byArea.map((area: { area: string }) => area.area)).toEqual(['north', 'south']);
    expect(report.checks.littlesLawDispatch).toBeLessThan(1e-9);
    expect(report.notes.join('\n')).toContain('2 LSOA centroids from the boundaries table');
    expect(report.notes.join('\n')).toContain('assumed mix');
    expect(report.notes.join('\n')).toContain('channel 999: 60 calls a day from the model\'s callsPerDay');
    const oneThread = peel(...args, '--threads', '1');
    expect(oneThread.code).toBe(0);
    expect(JSON.parse(oneThread.stdout).threads).toBe(1);
    expect(kpis(oneThread.stdout)).toEqual(kpis(result.stdout));
  });

  it('prints a text report, and a plan that puts nobody on duty in the north leaves its jobs unattended', () => {
    const nobody = write('plan.json', JSON.stringify({ planFormat: 1, model: 'peelshire', onDuty: [{ area: 'north', role: 'PC', byHourOfWeek: new Array(168).fill(0) }] }));
    const result = peel('--model', 'models/synthetic.yaml', '--plan', nobody, '--days', '3', '--replications', '2', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    const north = report.grades[0].byArea.find((area: { area: string }) => area.area === 'north');
    expect(north.compliance.mean).toBe(0);
    expect(north.unattended.mean).toBeGreaterThan(0);
    const text = peel('--model', 'models/synthetic.yaml', '--days', '2', '--replications', '1', '--threads', '1');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Attendance by grade');
    expect(text.stdout).toContain('Little\'s law');
  });

  it('names the missing import, a bad plan field, and a missing --model', () => {
    // The synthetic model with other ward codes: no stored crime falls in its areas.
    const model = write('elsewhere.yaml', readFileSync(path.join(REPO_ROOT, 'models/synthetic.yaml'), 'utf8').replaceAll('E0599990', 'E0599980'));
    const none = peel('--model', model, '--days', '2', '--replications', '1');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('peel import police-uk');
    const badPlan = write('bad-plan.json', JSON.stringify({ planFormat: 1, onDuty: [{ area: 'north', role: 'PC', byHourOfWeek: [1, 2] }] }));
    const bad = peel('--model', 'models/synthetic.yaml', '--plan', badPlan, '--days', '2', '--replications', '1');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('onDuty[0].byHourOfWeek: expected 168 values');
    const unknownArea = write('area-plan.json', JSON.stringify({ planFormat: 1, onDuty: [{ area: 'west', role: 'PC', byHourOfWeek: new Array(168).fill(1) }] }));
    const area = peel('--model', 'models/synthetic.yaml', '--plan', unknownArea, '--days', '2', '--replications', '1');
    expect(area.code).toBe(1);
    expect(area.stderr).toContain('onDuty[0].area: \'west\' is not an area of model peelshire');
    const missing = peel('--days', '2');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--model');
  });
});

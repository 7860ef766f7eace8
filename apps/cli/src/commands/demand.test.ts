/**
 * `peel demand profile` and `peel demand hotspots` end to end: the real binary on a small database
 * populated here (a fresh PGlite directory, or a scratch PostgreSQL database when DATABASE_URL is
 * set), with the synthetic model. Every expected figure is worked out by hand in the comments.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '@peel/config';
import { createDemandRepository, migrate, openDatabase, schema, type DatabaseConfig } from '@peel/db';
import { createScratchDatabase, type ScratchDatabase } from '@peel/db/testing';
import type { CallForServiceRecord, CrimeRecord } from '@peel/domain';
import { runPeel } from '../run-peel';

const config = getConfig();
let scratch: ScratchDatabase | undefined;
let env: Record<string, string>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A crime in models/synthetic.yaml's geography: ward, LSOA and a point. */
function crime(lineNumber: number, month: string, category: CrimeRecord['category'], where: { ward: string; lsoa: string; lon: number; lat: number }): CrimeRecord {
  return {
    lineNumber, crimeId: null, month, reportedBy: 'Peelshire Constabulary', fallsWithin: 'Peelshire Constabulary',
    longitude: where.lon, latitude: where.lat, location: 'On or near Test Street', lsoaCode: where.lsoa, lsoaName: null,
    crimeType: category, category, lastOutcome: null, context: null, wardCode: where.ward, matchedLsoaCode: where.lsoa, geoMatch: 'code',
  };
}

// North: ward Abbey (E05999901), LSOA E01999901. South: Dunmore (E05999904) / E01999904 and Eastgate (E05999905) / E01999905.
const abbey = (offset: number) => ({ ward: 'E05999901', lsoa: 'E01999901', lon: -1.5 + offset * 0.0005, lat: 52 });
const dunmore = { ward: 'E05999904', lsoa: 'E01999904', lon: -1.4, lat: 52.05 };
const eastgate = { ward: 'E05999905', lsoa: 'E01999905', lon: -1.38, lat: 52.06 };
const elsewhere = { ward: 'E05000001', lsoa: 'E01000001', lon: -1.45, lat: 52.1 };

const crimes: CrimeRecord[] = [
  crime(2, '2024-01', 'violent-crime', abbey(0)),
  crime(3, '2024-01', 'violent-crime', abbey(1)),
  crime(4, '2024-01', 'violent-crime', abbey(2)),
  crime(5, '2024-01', 'burglary', abbey(0)),
  crime(6, '2024-01', 'anti-social-behaviour', dunmore),
  crime(7, '2024-01', 'anti-social-behaviour', dunmore),
  crime(8, '2024-02', 'violent-crime', abbey(1)),
  crime(9, '2024-02', 'violent-crime', abbey(2)),
  crime(10, '2024-02', 'shoplifting', eastgate),
  crime(11, '2024-03', 'violent-crime', abbey(0)),
  crime(12, '2024-03', 'violent-crime', abbey(1)),
  crime(13, '2024-03', 'anti-social-behaviour', dunmore),
  // Another force's crime: outside the model's wards.
  crime(14, '2024-03', 'robbery', elsewhere),
];

/** Three grade-1 calls on Monday 1 January 2024 at 00:10 and one grade-3 call on Tuesday 2 January at 13:20 (UTC = London in winter). */
const calls: CallForServiceRecord[] = [
  ['2024-01-01T00:10:00Z', 1], ['2024-01-01T00:20:00Z', 1], ['2024-01-01T00:30:00Z', 1], ['2024-01-02T13:20:00Z', 3],
].map(([at, grade], index) => ({
  lineNumber: index + 2, sourceCallId: `C${index}`, receivedAt: new Date(at as string), callType: 'X', priority: String(grade), grade: grade as number,
  latitude: null, longitude: null, locationCode: null,
}));

async function populate(database: DatabaseConfig): Promise<void> {
  const handle = await openDatabase(database);
  try {
    await migrate(handle);
    const demand = createDemandRepository(handle.db);
    await demand.runImport({ kind: 'police-uk-crime', fileName: 'peelshire.csv', contentHash: sha256('cli-demand-crimes') }, async (session) => {
      await session.insertCrimeRecords(crimes);
      return { rowsRead: crimes.length };
    });
    await demand.runImport({ kind: 'calls-for-service', fileName: 'calls.csv', contentHash: sha256('cli-demand-calls') }, async (session) => {
      await session.insertCallsForService(calls);
      return { rowsRead: calls.length };
    });
    const boundaries = await demand.runImport({ kind: 'boundaries', fileName: 'lsoa.json', contentHash: sha256('cli-demand-lsoa') }, async () => ({ rowsRead: 0 }));
    const lsoa = (code: string, areaKm2: number) => ({
      level: 'lsoa' as const, code, name: `Peelshire ${code.slice(-3)}`, importId: boundaries.summary.id, geometry: { type: 'Polygon', coordinates: [] },
      minLon: -1.6, minLat: 51.9, maxLon: -1.3, maxLat: 52.2, centroidLon: -1.45, centroidLat: 52.05, areaKm2,
    });
    await handle.db.insert(schema.boundaries).values([lsoa('E01999901', 0.5), lsoa('E01999904', 1.5), lsoa('E01999905', 2)]);
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
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'peel-demand-')), 'data');
    env = { PEEL_DATA_DIR: dataDir };
    await populate({ kind: 'pglite', dataDir });
  }
}, 60_000);
afterAll(async () => {
  await scratch?.drop();
});

const peel = (...args: string[]) => runPeel(['demand', ...args], env);
const json = (result: { stdout: string }) => JSON.parse(result.stdout);

describe('peel demand profile', () => {
  it('--model --json: counts, time, harm and workload by area and demand type, hand-computed', () => {
    const result = peel('profile', '--model', 'models/synthetic.yaml', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = json(result);
    expect(report).toMatchObject({ model: 'peelshire', area: null, by: ['area', 'type'], months: ['2024-01', '2024-02', '2024-03'] });
    // 31 + 29 + 31 days = 13 weeks.
    expect(report.weeks).toBe(13);
    expect(report.rows).toEqual([
      // north: 7 violent crimes × 240 min = 28 h; harm 7 × 120 = 840; workload 28 × 120 = 3,360.
      { area: 'north', demandType: 'unmapped:burglary', count: 1, perWeek: 0.076923, timeHours: 4, harm: 40, workload: 160 },
      { area: 'north', demandType: 'violence', count: 7, perWeek: 0.538462, timeHours: 28, harm: 840, workload: 3360 },
      // south: 3 ASB × (60 + 90) staff-minutes = 7.5 h, weight 0; 1 shoplifting × 150 min = 2.5 h, weight 2 (default: the model's table has none).
      { area: 'south', demandType: 'asb', count: 3, perWeek: 0.230769, timeHours: 7.5, harm: 0, workload: 0 },
      { area: 'south', demandType: 'theft', count: 1, perWeek: 0.076923, timeHours: 2.5, harm: 2, workload: 5 },
    ]);
    expect(report.totals).toEqual({ count: 12, perWeek: 0.923077, timeHours: 42, harm: 882, workload: 3525 });
    // The other force's robbery.
    expect(report.recordsOutsideModel).toBe(1);
    expect(report.method.intensity).toMatchObject({ source: 'calls-for-service', calls: 4, timeZone: 'Europe/London', period: { firstDay: '2024-01-01', lastDay: '2024-01-02' } });
    expect(report.method.gradeMix).toMatchObject({ source: 'calls-for-service', shares: [{ grade: 1, share: 0.75 }, { grade: 3, share: 0.25 }] });
    expect(report.method.harm.defaulted).toContain('shoplifting');
    expect(report.method.unmappedCategories).toContain('burglary');
    // Crimes per day: January 6/31, February 3/29, March 3/31 (the other force's robbery is outside the model).
    const perDay = [6 / 31, 3 / 29, 3 / 31];
    const mean = perDay.reduce((sum, value) => sum + value, 0) / 3;
    expect(report.seasonality.map((month: { count: number; index: number }) => [month.count, month.index])).toEqual(perDay.map((value, index) => [[6, 3, 3][index], expect.closeTo(value / mean, 5)]));
  });

  it('--by hour-of-week: 3 calls in Monday 00:00 and 1 in Tuesday 13:00 put 3/4 of each month’s crimes on Monday 00:00', () => {
    const report = json(peel('profile', '--model', 'models/synthetic.yaml', '--area', 'north', '--by', 'hour-of-week', '--json'));
    // Every month here has as many Mondays as Tuesdays, so the weekday weighting cancels: 8 × 3/4 = 6 and 8 × 1/4 = 2
    // (north's 32 h, harm 880 and workload 3,520 split the same way);
    // the Monday slot occurred 5 + 4 + 4 = 13 times, so 6/13 an hour while it lasts.
    // Every one of the 168 hours is listed, the empty ones with zeros.
    expect(report.rows).toHaveLength(168);
    expect(report.rows.filter((row: { count: number }) => row.count > 0)).toEqual([
      { area: 'north', hourOfWeek: 0, label: 'Mon 00:00', count: 6, perWeek: 0.461538, perHour: 0.461538, timeHours: 24, harm: 660, workload: 2640 },
      { area: 'north', hourOfWeek: 37, label: 'Tue 13:00', count: 2, perWeek: 0.153846, perHour: 0.153846, timeHours: 8, harm: 220, workload: 880 },
    ].map((row) => expect.objectContaining(row)));
    const text = peel('profile', '--model', 'models/synthetic.yaml', '--area', 'north', '--by', 'hour-of-week');
    expect(text.stdout).toContain('Area north: crimes per week by hour of week');
    expect(text.stdout).toMatch(/^Mon\s+0\.5\s+0\s/m);
  });

  it('--by grade --csv: the calls’ grade mix (1: 75 %, 3: 25 %) splits the 12 crimes 9 : 3', () => {
    const result = peel('profile', '--model', 'models/synthetic.yaml', '--by', 'grade', '--csv');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('area,grade,count,perWeek,timeHours,harm,workload');
    expect(lines.slice(1)).toEqual(['north,1,6,0.461538,24,660,2640', 'north,3,2,0.153846,8,220,880', 'south,1,3,0.230769,7.5,1.5,3.75', 'south,3,1,0.076923,2.5,0.5,1.25']);
  });

  it('without a model every category is its own type, every stored record counts, and the defaults are stated', () => {
    const result = peel('profile', '--role', 'PC');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('time per job: minutes of role PC');
    expect(result.stdout).toContain('default weights for 14 categories');
    expect(result.stdout).toMatch(/^\(none\)\s+robbery\s+1\s/m);
    expect(result.stdout).toMatch(/total: 13 crimes/);
  });

  it('rejects bad options with a message naming the option', () => {
    const by = peel('profile', '--by', 'month');
    expect(by.code).toBe(1);
    expect(by.stderr).toContain('--by: expected hour-of-week, type, grade (comma-separated), got "month"');
    const area = peel('profile', '--model', 'models/synthetic.yaml', '--area', 'west');
    expect(area.code).toBe(1);
    expect(area.stderr).toContain('--area: "west" is not an area of model peelshire (areas: north, south)');
    const both = peel('profile', '--json', '--csv');
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('--json and --csv: choose one output format');
    const month = peel('profile', '--from', '2024-13');
    expect(month.code).toBe(1);
    expect(month.stderr).toContain('--from: expected a month as YYYY-MM, got "2024-13"');
    const role = peel('profile', '--model', 'models/synthetic.yaml', '--role', 'DC');
    expect(role.code).toBe(1);
    expect(role.stderr).toContain('--role: "DC" is not a role of model peelshire');
  });
});

describe('peel demand hotspots', () => {
  it('--top 2 --json: LSOAs by count, and the PAI on the held-back month (hand value 5.33)', () => {
    const result = peel('hotspots', '--top', '2', '--model', 'models/synthetic.yaml', '--area-fraction', '0.1', '--json');
    expect(result.code).toBe(0);
    const report = json(result);
    expect(report).toMatchObject({ level: 'lsoa', rankedBy: 'count', top: 2, months: ['2024-01', '2024-02', '2024-03'] });
    expect(report.totals).toEqual({ count: 12, harm: 882, units: 3, unitsWithBoundary: 3, unplaced: 0, points: 12 });
    expect(report.hotspots).toEqual([
      { rank: 1, code: 'E01999901', name: 'Peelshire 901', count: 8, harm: 880, share: 0.666667, cumulativeShare: 0.666667, areaKm2: 0.5, countPerKm2: 16, harmPerKm2: 1760 },
      { rank: 2, code: 'E01999904', name: 'Peelshire 904', count: 3, harm: 0, share: 0.25, cumulativeShare: 0.916667, areaKm2: 1.5, countPerKm2: 2, harmPerKm2: 0 },
    ]);
    // Fitted on January–February: E01999901 6 crimes in 0.5 km² is the densest; 10 % of 4 km² is 0.4 km², so it alone is the hotspot.
    // March: 2 of its 3 crimes there. PAI = (2/3) / (0.5/4) = 5.333.
    expect(report.pai).toMatchObject({ holdoutMonth: '2024-03', fitMonths: ['2024-01', '2024-02'], areaFraction: 0.1, weightedBy: 'count' });
    expect(report.pai.units).toEqual({ pai: 5.333333, hits: 2, totalHits: 3, hotspotAreaKm2: 0.5, totalAreaKm2: 4, hitRate: 0.666667, areaShare: 0.125, hotspotUnits: 1, crimesWithoutBoundary: 0 });
    // The KDE grid: the two Abbey crimes of March fall where January–February's density was highest.
    expect(report.pai.grid).toMatchObject({ hits: 2, totalHits: 3, bandwidthMetres: 500, cellSizeMetres: 250 });
    expect(report.pai.grid.pai).toBeGreaterThan(5);
    expect(report.kde).toMatchObject({ kernel: 'quartic', bandwidthMetres: 500, cellSizeMetres: 250, projection: { kind: 'equirectangular' } });
    // The grid extends a bandwidth past every point, so the surface holds all 12 crimes.
    expect(report.kde.total).toBeCloseTo(12, 1);
    expect(report.kde.topCells[0]).toMatchObject({ lat: expect.closeTo(52, 2), lon: expect.closeTo(-1.4995, 2) });
  });

  it('--harm ranks by harm and scores the PAI in harm; text output names the method', () => {
    const report = json(peel('hotspots', '--top', '3', '--harm', '--model', 'models/synthetic.yaml', '--json'));
    expect(report.rankedBy).toBe('harm');
    expect(report.hotspots.map((unit: { code: string; harm: number }) => [unit.code, unit.harm])).toEqual([['E01999901', 880], ['E01999905', 2], ['E01999904', 0]]);
    // March's harm: 2 violent crimes × 120 in E01999901, ASB (0) in E01999904.
    expect(report.pai.units).toMatchObject({ hits: 240, totalHits: 240, pai: 8 });
    const text = peel('hotspots', '--top', '3', '--model', 'models/synthetic.yaml');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Top 3 LSOAs by count (model peelshire)');
    expect(text.stdout).toContain('Prediction Accuracy Index (Chainey, Tompson & Uhlig 2008), top 5.0 % of the area');
    expect(text.stdout).toMatch(/LSOAs: PAI 5\.33 — 2 of 3 in 0\.50 of 4\.00 km²/);
  });

  it('says why the PAI cannot be computed, and rejects bad options naming them', () => {
    const one = json(peel('hotspots', '--from', '2024-03', '--json'));
    expect(one.pai).toMatchObject({ grid: null, units: null, reason: 'no month before 2024-03 to fit on (months in the data: 2024-03)' });
    const wards = json(peel('hotspots', '--level', 'ward', '--json'));
    expect(wards.pai.units).toMatchObject({ pai: null, reason: expect.stringContaining('no ward boundaries stored') });
    const fraction = peel('hotspots', '--area-fraction', '0');
    expect(fraction.code).toBe(1);
    expect(fraction.stderr).toContain('--area-fraction: expected a number > 0 and <= 1, got "0"');
    const top = peel('hotspots', '--top', 'x');
    expect(top.code).toBe(1);
    expect(top.stderr).toContain('--top: expected a whole number >= 1, got "x"');
    const holdout = peel('hotspots', '--holdout-month', '2023-12');
    expect(holdout.code).toBe(1);
    expect(holdout.stderr).toContain('holdoutMonth: no records in 2023-12');
  });
});

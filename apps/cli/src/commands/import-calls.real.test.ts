/**
 * The San Diego calls for service (SOURCES.md §3) imported with the shipped mapping, on the
 * configured backend (PGlite, or PostgreSQL with DATABASE_URL): every row accounted for, the
 * priority counts of SOURCES.md, call types counted independently, and the hour-of-week profile.
 */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '@peel/config';
import { createDemandRepository, type DatabaseHandle } from '@peel/db';
import { createScratchDatabase, createTestDatabase } from '@peel/db/testing';
import { importCallsFile, loadCallMapping, summariseCallsImport } from '@peel/ingest';
import { REPO_ROOT, runPeel } from '../run-peel';

const config = getConfig();
const SD_DIR = path.join(config.sharedDataDir, 'zalvatore__Police_Calls_for_Service_San_Diego');
const CSV = path.join(SD_DIR, 'pd_calls_for_service_2023_datasd.csv');
const MAPPING = path.join(REPO_ROOT, 'mappings/san-diego.yaml');
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase(config.database);
});
afterAll(async () => {
  await handle?.close();
});

describe(`San Diego calls for service with mappings/san-diego.yaml (${config.database.kind})`, () => {
  it('accounts for all 26,595 rows, matches the priority counts of SOURCES.md §3 and an independent count of call types, and imports once', async () => {
    const demand = createDemandRepository(handle.db);
    const mapping = await loadCallMapping(MAPPING, config.sharedDataDir);
    const result = await importCallsFile({ file: CSV, mapping, demand });
    const summary = summariseCallsImport(result, mapping.mapping.timeZone);

    expect(summary.rowsRead).toBe(26_595); // SOURCES.md §3
    expect(summary.imported + summary.rejected).toBe(summary.rowsRead);
    expect(summary.byPriority).toEqual({ '0': 1546, '1': 5340, '2': 11_994, '3': 5547, '4': 1844, '9': 324 }); // SOURCES.md §3
    expect(summary.byGrade).toEqual({ '1': 1546 + 5340, '2': 11_994, '3': 5547, '4': 1844, ungraded: 324 });

    // Independent count (not the pipeline's reader): call types as written, empty → UNKNOWN (the mapping's missingType).
    const rows = await readSanDiego();
    const byType: Record<string, number> = {};
    for (const row of rows) byType[row.call_type || 'UNKNOWN'] = (byType[row.call_type || 'UNKNOWN'] ?? 0) + 1;
    expect(summary.byCategory).toEqual(Object.fromEntries(Object.entries(byType).sort(([a], [b]) => (a < b ? -1 : 1))));
    // Beat -1 (no beat) is the only beat outside the 125-beat table: those calls are unmatched.
    const noBeat = rows.filter((row) => row.beat === '-1').length;
    expect(summary).toMatchObject({ matchedByCode: rows.length - noBeat, matchedByGeometry: 0, unmatched: noBeat });

    const reconciliation = await demand.getReconciliation(result.report.importId ?? -1);
    expect(reconciliation?.isBalanced).toBe(true);

    const again = await importCallsFile({ file: CSV, mapping, demand });
    expect(again.report).toMatchObject({ status: 'already-imported', imported: 0, duplicatesSkipped: 26_595 });
  });

  it('gives the hour-of-week profile (Monday 00:00 Pacific = 0) that the file’s own local times give', async () => {
    const demand = createDemandRepository(handle.db);
    // Read in the database (timestamptz → `at time zone 'America/Los_Angeles'`) from the stored instants.
    const profile = await demand.countCallsByHourOfWeek({ timeZone: 'America/Los_Angeles' });
    expect(profile).toHaveLength(168);
    expect(profile.reduce((a, b) => a + b, 0)).toBe(26_595);

    // Independently, from the text: the wall-clock date and hour as written, and the file's own
    // day_of_week column (1 = Sunday … 7 = Saturday), which must agree with the date.
    const rows = await readSanDiego();
    const fromText = new Array<number>(168).fill(0);
    for (const row of rows) {
      const [date = '', time = ''] = (row.date_time ?? '').split(' ');
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
      expect((Number(row.day_of_week) + 5) % 7).toBe(weekday);
      const hourOfWeek = weekday * 24 + Number(time.slice(0, 2));
      fromText[hourOfWeek] = (fromText[hourOfWeek] ?? 0) + 1;
    }
    expect(profile).toEqual(fromText);

    const table = formatHourOfWeek(profile);
    console.log(`San Diego calls for service, 2023-01-01…20, by hour of week (America/Los_Angeles):\n${table}`);
    await expect(table).toMatchFileSnapshot('__snapshots__/san-diego-hour-of-week.txt');
  });
});

describe('peel import calls (binary)', () => {
  it('prints the import summary shape as JSON and exits 0', async () => {
    const scratch = config.database.kind === 'postgres' ? await createScratchDatabase(config.database.url) : undefined;
    const env: Record<string, string> = scratch ? { DATABASE_URL: scratch.url } : { PEEL_DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'peel-calls-')), 'data') };
    try {
      const run = runPeel(['import', 'calls', CSV, '--mapping', MAPPING, '--json'], env);
      expect(run.code).toBe(0);
      const summary = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(Object.keys(summary).slice(0, 10)).toEqual(['files', 'rowsRead', 'imported', 'rejected', 'duplicatesSkipped', 'byCategory', 'matchedByCode', 'matchedByGeometry', 'unmatched', 'errors']);
      expect(summary).toMatchObject({ files: 1, rowsRead: 26_595, imported: 26_595, rejected: 0, duplicatesSkipped: 0, errors: [], errorsOmitted: 0, timeZone: 'America/Los_Angeles' });
      expect(summary.notes).toContain('by priority: 0 1,546, 1 5,340, 2 11,994, 3 5,547, 4 1,844, 9 324');
    } finally {
      await scratch?.drop();
    }
  });
});

/**
 * The San Diego file read without a CSV library: every field of every line is double-quoted and
 * none contains a comma or a quote (checked here), so `"a","b"` splits on `","`.
 */
async function readSanDiego(): Promise<Record<string, string>[]> {
  const lines = (await readFile(CSV, 'utf8')).split('\n').filter((line) => line !== '');
  const split = (line: string) => {
    expect(line).toMatch(/^"[^"]*"(,"[^"]*")*$/);
    return line.slice(1, -1).split('","');
  };
  const header = split(lines[0] ?? '');
  return lines.slice(1).map((line) => Object.fromEntries(split(line).map((value, i) => [header[i] ?? `${i}`, value])));
}

/** 7 rows (Mon…Sun) × 24 hourly counts, with row totals. */
function formatHourOfWeek(profile: readonly number[]): string {
  const header = `     ${Array.from({ length: 24 }, (_, h) => String(h).padStart(4)).join('')}  total`;
  const lines = DAYS.map((day, d) => {
    const hours = profile.slice(d * 24, d * 24 + 24);
    return `${day}  ${hours.map((n) => String(n).padStart(4)).join('')}  ${String(hours.reduce((a, b) => a + b, 0)).padStart(5)}`;
  });
  return `${[header, ...lines].join('\n')}\n`;
}

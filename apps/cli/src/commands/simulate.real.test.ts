/**
 * `peel simulate` on a seed force's real demand: Wiltshire's data.police.uk street crime for
 * January–April 2024 imported with `peel import police-uk` into a scratch database (PGlite, or
 * PostgreSQL with DATABASE_URL), incidents placed at the LSOA centroids of the model's boundary
 * files, one week × two replications.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '@peel/config';
import { createScratchDatabase, type ScratchDatabase } from '@peel/db/testing';
import { runPeel } from '../run-peel';

const config = getConfig();
const CRIME_DIR = path.join(config.sharedDataDir, 'Leonard-Theodorus__UK-Q1-2024-Crime-Data-Analysis');
let scratch: ScratchDatabase | undefined;
let env: Record<string, string>;

beforeAll(async () => {
  if (config.database.kind === 'postgres') {
    scratch = await createScratchDatabase(config.database.url);
    env = { DATABASE_URL: scratch.url };
  } else {
    env = { PEEL_DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'peel-simulate-real-')), 'data') };
  }
  const files = readdirSync(CRIME_DIR)
    .filter((month) => month.startsWith('2024-'))
    .map((month) => path.join(CRIME_DIR, month, `${month}-wiltshire-street.csv`));
  const imported = runPeel(['import', 'police-uk', ...files, '--model', 'models/wiltshire.yaml'], env);
  if (imported.code !== 0) throw new Error(`import failed: ${imported.stderr}`);
}, 120_000);
afterAll(async () => {
  await scratch?.drop();
});

describe('peel simulate --model models/wiltshire.yaml on its 2024 crime', () => {
  it('places incidents at LSOA centroids of the boundary files and reports every grade and area', () => {
    const result = runPeel(['simulate', '--model', 'models/wiltshire.yaml', '--days', '7', '--replications', '2', '--json'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    const notes = report.notes.join('\n');
    expect(notes).toMatch(/locations: \d{3} LSOA centroids from the boundary files/);
    expect(report.demand.months).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
    // 15,694 records in the four files; a few fall outside the model's wards.
    expect(report.demand.crimes).toBeGreaterThan(15_000);
    const grade1 = report.grades[0];
    expect(grade1.byArea).toHaveLength(6);
    expect(grade1.incidentsPerDay.mean).toBeGreaterThan(10);
    expect(grade1.compliance.mean).toBeGreaterThan(0);
    expect(grade1.compliance.mean).toBeLessThanOrEqual(1);
    expect(report.checks.littlesLawDispatch).toBeLessThan(1e-9);
    expect(report.checks.overflow).toBe(0);
  });
});

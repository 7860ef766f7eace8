/**
 * "A kill at any point leaves either nothing or everything of that file; re-running completes it"
 * (issue 3), for the real command: `peel import police-uk small.csv big.csv` runs in a child
 * process; once the big file's rows are being written (a progress line says so) the child is
 * killed with SIGKILL. The small file stays imported, nothing of the big one is left, and running
 * the same command again skips the small file and imports the big one with exactly the right
 * totals. Runs on the configured backend (a PGlite directory, or a scratch PostgreSQL database);
 * the approach is packages/db/src/run-import.kill.test.ts's, with the whole CLI as the child.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemandRepository, openDatabase } from '@peel/db';
import { writeSyntheticStreetCrimeFile } from '@peel/ingest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPO_ROOT } from '../run-peel';
import { type CliDatabase, createCliDatabase } from './import-police-uk.fixtures';

const BIN = fileURLToPath(new URL('../../bin/peel.js', import.meta.url));
const SMALL_ROWS = 1_000;
const BIG_ROWS = 120_000;

let database: CliDatabase;
beforeAll(async () => {
  database = await createCliDatabase('peel-police-uk-kill-');
});
afterAll(() => database.drop());

/** The child's environment: this test's database. */
function childEnv(): NodeJS.ProcessEnv {
  // eslint-disable-next-line no-restricted-properties -- the child parses its own environment
  return { ...process.env, ...database.env };
}

/** Starts the import and resolves once a progress line shows rows of `big` written, but not all. */
async function startAndWaitForRows(files: string[], big: string) {
  const child = spawn(process.execPath, [BIN, 'import', 'police-uk', ...files, '--json'], { cwd: REPO_ROOT, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const written = await new Promise<number>((resolve, reject) => {
    const pattern = new RegExp(`^${big.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: [\\d,]+ rows read, ([\\d,]+) written`, 'm');
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = pattern.exec(stderr);
      if (match) resolve(Number(match[1]?.replaceAll(',', '')));
    });
    child.once('exit', (code) => reject(new Error(`the import ended (${code}) before it could be killed:\n${stderr}`)));
  });
  return { child, written };
}

it('leaves the killed file out entirely, keeps the finished one, and a re-run ends with exactly the right totals', async () => {
  const small = path.join(database.dir, '2024-02-small-street.csv');
  const big = path.join(database.dir, '2024-03-big-street.csv');
  await writeSyntheticStreetCrimeFile({ file: small, rows: SMALL_ROWS, seed: 1, month: '2024-02' });
  const generated = await writeSyntheticStreetCrimeFile({ file: big, rows: BIG_ROWS, seed: 2, month: '2024-03' });

  const { child, written } = await startAndWaitForRows([small, big], big);
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  const [code, signal] = await exited;
  expect({ code, signal }).toEqual({ code: null, signal: 'SIGKILL' });
  expect(written).toBeGreaterThan(0);
  expect(written).toBeLessThan(BIG_ROWS);

  const handle = await openDatabase(database.config);
  try {
    const demand = createDemandRepository(handle.db);
    const imports = await demand.listImports();
    expect(imports.map(({ fileName, status, rowsRead }) => ({ fileName, status, rowsRead }))).toEqual([{ fileName: small, status: 'complete', rowsRead: SMALL_ROWS }]);
    const counted = (await demand.countCrimes()).reduce((sum, row) => sum + row.count, 0);
    expect(counted).toBe(SMALL_ROWS);
  } finally {
    await handle.close();
  }

  const rerun = spawnSync(process.execPath, [BIN, 'import', 'police-uk', small, big, '--json'], { cwd: REPO_ROOT, env: childEnv(), encoding: 'utf8', timeout: 240_000 });
  expect(rerun.status, rerun.stderr).toBe(0);
  expect(JSON.parse(rerun.stdout)).toMatchObject({
    files: 2,
    rowsRead: BIG_ROWS,
    imported: BIG_ROWS,
    rejected: 0,
    duplicatesSkipped: SMALL_ROWS,
    byCategory: generated.byCategory,
    errors: [],
  });

  const after = await openDatabase(database.config);
  try {
    const demand = createDemandRepository(after.db);
    const imports = await demand.listImports();
    expect(imports.map(({ fileName, status, rowsRead, rowsImported }) => ({ fileName, status, rowsRead, rowsImported }))).toEqual([
      { fileName: small, status: 'complete', rowsRead: SMALL_ROWS, rowsImported: SMALL_ROWS },
      { fileName: big, status: 'complete', rowsRead: BIG_ROWS, rowsImported: BIG_ROWS },
    ]);
    for (const stored of imports) expect(await demand.getReconciliation(stored.id)).toMatchObject({ isBalanced: true });
    const byMonth = new Map<string, number>();
    for (const row of await demand.countCrimes()) byMonth.set(row.month, (byMonth.get(row.month) ?? 0) + row.count);
    expect(Object.fromEntries(byMonth)).toEqual({ '2024-02': SMALL_ROWS, '2024-03': BIG_ROWS });
  } finally {
    await after.close();
  }
}, 300_000);

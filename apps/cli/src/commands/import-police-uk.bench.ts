/**
 * Ingest benchmark (`npm run bench`): a generated 1,000,000-row data.police.uk street-crime file
 * (seeded, written to os.tmpdir(), deleted afterwards) through the whole import — read, hash,
 * parse, validate, write, reconcile, commit — on PostgreSQL and on PGlite, with both write paths
 * (COPY and the unnest INSERT), against the baseline a DBA would reach for: `psql \copy` of the
 * same file into a bare table of 12 text columns, measured in the same run. Each variant runs once
 * into a fresh database; the table printed at the end (rows/s and the ratio to `\copy`) times the
 * import alone, vitest's own table also counts creating the database.
 * The PostgreSQL half needs DATABASE_URL (a role that may CREATE DATABASE) and psql; without them
 * it is skipped with a message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getConfig } from '@peel/config';
import { createDemandRepository, type DatabaseConfig, migrate, openDatabase, type RowWriteMethod } from '@peel/db';
import { createScratchDatabase, type ScratchDatabase } from '@peel/db/testing';
import { importPoliceUkFiles, writeSyntheticStreetCrimeFile } from '@peel/ingest';
import { afterAll, beforeAll, bench, describe } from 'vitest';

const ROWS = 1_000_000;
const SEED = 20_240_101;
const ONCE = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 };

const { database } = getConfig();
const serverUrl = database.kind === 'postgres' ? database.url : undefined;
const hasPsql = spawnSync('psql', ['--version']).status === 0;

const dir = mkdtempSync(path.join(tmpdir(), 'peel-ingest-bench-'));
const file = path.join(dir, `${ROWS}-rows-street.csv`);
const seconds = new Map<string, number>();
/** CPU seconds of this process during each import: for PGlite (in process) the database's work too, and steadier than wall time on a busy machine. */
const cpuSeconds = new Map<string, number>();
const scratches: ScratchDatabase[] = [];

beforeAll(async () => {
  const started = performance.now();
  const written = await writeSyntheticStreetCrimeFile({ file, rows: ROWS, seed: SEED });
  process.stdout.write(`\ningest bench: generated ${ROWS.toLocaleString('en-GB')} rows (${(written.bytes / 1e6).toFixed(0)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s: ${file}\n`);
}, 300_000);

afterAll(async () => {
  for (const scratch of scratches) await scratch.drop();
  rmSync(dir, { recursive: true, force: true });
  const baseline = seconds.get('psql');
  const lines = ['', `ingest bench, ${ROWS.toLocaleString('en-GB')} rows (import only; ratio = wall time / psql \\copy wall time):`];
  for (const [name, time] of seconds) {
    const ratio = baseline === undefined ? 'no baseline' : `${(time / baseline).toFixed(2)}× \\copy`;
    const cpu = cpuSeconds.get(name);
    lines.push(`  ${name.padEnd(20)} ${time.toFixed(2).padStart(7)} s  ${Math.round(ROWS / time).toLocaleString('en-GB').padStart(9)} rows/s  ${ratio.padEnd(14)}${cpu === undefined ? '' : `  this process: ${cpu.toFixed(1)} s CPU`}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
});

/** Runs psql against `url` and throws with its stderr on failure. */
function psql(url: string, ...commands: string[]): void {
  const result = spawnSync('psql', [url, '-X', '-q', '-v', 'ON_ERROR_STOP=1', ...commands.flatMap((command) => ['-c', command])], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
}

/** A fresh PostgreSQL database for one variant (dropped after the run). */
async function scratchPostgres(): Promise<string> {
  const scratch = await createScratchDatabase(serverUrl as string);
  scratches.push(scratch);
  return scratch.url;
}

/** Imports the file into a fresh, migrated database with `method`, timing the import alone. */
async function timeImport(name: string, config: DatabaseConfig, method: RowWriteMethod): Promise<void> {
  const handle = await openDatabase(config);
  try {
    await migrate(handle);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const { summary } = await importPoliceUkFiles({ files: [file], demand: createDemandRepository(handle.db, { writeMethod: method }) });
    seconds.set(name, (performance.now() - started) / 1000);
    const cpu = process.cpuUsage(cpuBefore);
    cpuSeconds.set(name, (cpu.user + cpu.system) / 1e6);
    if (summary.imported !== ROWS || summary.rejected !== 0) throw new Error(`${name}: imported ${summary.imported}, rejected ${summary.rejected}; expected ${ROWS} and 0`);
  } finally {
    await handle.close();
  }
}

describe(`ingest: ${ROWS.toLocaleString('en-GB')} data.police.uk rows`, () => {
  if (serverUrl === undefined || !hasPsql) {
    process.stdout.write(`\ningest bench: PostgreSQL half skipped (${serverUrl === undefined ? 'DATABASE_URL is not set' : 'psql is not installed'})\n`);
  } else {
    bench(
      'baseline: psql \\copy into 12 text columns (PostgreSQL)',
      async () => {
        const url = await scratchPostgres();
        psql(url, 'create table street_crime (c1 text, c2 text, c3 text, c4 text, c5 text, c6 text, c7 text, c8 text, c9 text, c10 text, c11 text, c12 text)');
        const started = performance.now();
        psql(url, `\\copy street_crime from '${file.replaceAll("'", "''")}' with (format csv, header true)`);
        seconds.set('psql', (performance.now() - started) / 1000);
      },
      ONCE,
    );
    bench('peel import, COPY (PostgreSQL)', async () => timeImport('PostgreSQL, COPY', { kind: 'postgres', url: await scratchPostgres() }, 'copy'), ONCE);
    bench('peel import, unnest INSERT (PostgreSQL)', async () => timeImport('PostgreSQL, INSERT', { kind: 'postgres', url: await scratchPostgres() }, 'insert'), ONCE);
  }
  bench('peel import, COPY (PGlite on disk)', () => timeImport('PGlite, COPY', { kind: 'pglite', dataDir: mkdtempSync(path.join(dir, 'pglite-copy-')) }, 'copy'), ONCE);
  bench('peel import, unnest INSERT (PGlite on disk)', () => timeImport('PGlite, INSERT', { kind: 'pglite', dataDir: mkdtempSync(path.join(dir, 'pglite-insert-')) }, 'insert'), ONCE);
});

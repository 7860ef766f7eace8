/**
 * "Imports survive a kill at any point" (DESIGN.md): a process killed with SIGKILL in the middle
 * of an import leaves no trace of it, and the file imports cleanly afterwards. Runs on the
 * configured backend: an on-disk PGlite directory, or a scratch PostgreSQL database.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConfig } from '@peel/config';
import { afterAll, expect, it } from 'vitest';
import type { DatabaseConfig } from './database';
import { createDemandRepository } from './demand-repository';
import { openDatabase } from './open-database';
import { sha256, sussexCrimes } from './repositories.fixtures';
import { createScratchDatabase } from './testing';

const CHILD = fileURLToPath(new URL('./testing/import-until-killed.ts', import.meta.url));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A database private to this test: a nested, not-yet-existing PGlite directory or a scratch database. */
async function privateDatabase(): Promise<DatabaseConfig> {
  const { database } = getConfig();
  if (database.kind === 'postgres') {
    const scratch = await createScratchDatabase(database.url);
    cleanups.push(scratch.drop);
    return { kind: 'postgres', url: scratch.url };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'peel-kill-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return { kind: 'pglite', dataDir: path.join(dir, 'nested', 'data') };
}

/** Starts the child and resolves with the id of the import it has begun but not committed. */
async function startImportInChild(config: DatabaseConfig) {
  const child = fork(CHILD, [JSON.stringify(config)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const importId = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { importId: number }).importId));
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before importing:\n${stderr}`)));
  });
  return { child, importId };
}

it('leaves nothing behind when the importing process is killed mid-import', async () => {
  const config = await privateDatabase();
  const { child, importId } = await startImportInChild(config);
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;

  const handle = await openDatabase(config);
  cleanups.push(() => handle.close());
  const demand = createDemandRepository(handle.db);
  expect(importId).toBeGreaterThan(0);
  expect(await demand.findImport('police-uk-crime', sha256('killed'))).toBeUndefined();
  expect(await demand.getReconciliation(importId)).toBeUndefined();
  expect(await demand.listImports()).toEqual([]);
  expect(await demand.countCrimes()).toEqual([]);
  expect(await demand.listRejections(importId)).toEqual([]);

  const again = await demand.runImport(
    { kind: 'police-uk-crime', fileName: 'killed.csv', contentHash: sha256('killed') },
    async (session) => {
      await session.insertCrimeRecords(sussexCrimes);
      return { rowsRead: sussexCrimes.length };
    },
  );
  expect(again.summary).toMatchObject({ status: 'complete', rowsImported: sussexCrimes.length });
});

/**
 * Child process for run-import.kill.test.ts: opens the database given as JSON in argv[2],
 * migrates it, starts importing the Sussex fixture, tells the parent the import's id once rows
 * are written (but not committed), and then waits to be killed.
 */
import type { DatabaseConfig } from '../database';
import { createDemandRepository } from '../demand-repository';
import { migrate } from '../migrate';
import { openDatabase } from '../open-database';
import { sha256, sussexCrimes } from '../repositories.fixtures';

const config = JSON.parse(process.argv[2] ?? '') as DatabaseConfig;
const handle = await openDatabase(config);
await migrate(handle);
await createDemandRepository(handle.db).runImport(
  { kind: 'police-uk-crime', fileName: 'killed.csv', contentHash: sha256('killed') },
  async (session) => {
    await session.insertCrimeRecords(sussexCrimes);
    await session.recordRejections([{ line: 9, column: null, reason: 'expected 12 fields, got 3' }]);
    process.send?.({ importId: session.importId });
    // Keep the process (and the open transaction) alive until the parent kills it.
    setInterval(() => undefined, 60_000);
    return new Promise<never>(() => undefined);
  },
);

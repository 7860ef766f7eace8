/** Shared by the `peel import police-uk` tests: a private database for the CLI, and rows to write. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getConfig } from '@peel/config';
import type { DatabaseConfig } from '@peel/db';
import { createScratchDatabase } from '@peel/db/testing';

/** A database only this test file uses, as the CLI sees it (its environment) and as a test opens it. */
export interface CliDatabase {
  /** Variables for `runPeel` / a spawned `peel`: DATABASE_URL of a scratch database, or PEEL_DATA_DIR of a fresh PGlite directory. */
  env: Record<string, string>;
  /** The same database for `openDatabase`. */
  config: DatabaseConfig;
  /** A directory for the test's own files. */
  dir: string;
  /** Drops the scratch database or removes the directory. */
  drop(): Promise<void>;
}

/** Creates the test file's database on the configured backend (PostgreSQL with DATABASE_URL, else PGlite on disk). */
export async function createCliDatabase(prefix: string): Promise<CliDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  const { database } = getConfig();
  if (database.kind === 'postgres') {
    const scratch = await createScratchDatabase(database.url);
    return {
      env: { DATABASE_URL: scratch.url },
      config: { kind: 'postgres', url: scratch.url },
      dir,
      drop: async () => {
        await scratch.drop();
        removeDir();
      },
    };
  }
  const dataDir = path.join(dir, 'db');
  // DATABASE_URL='' keeps a PostgreSQL URL in the parent's environment from reaching the child.
  return { env: { PEEL_DATA_DIR: dataDir, DATABASE_URL: '' }, config: { kind: 'pglite', dataDir }, dir, drop: async () => removeDir() };
}

/** The header of a street-level crime file. */
export const HEADER_LINE = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';

/** 2024-02-wiltshire-street.csv line 5 (a quoted LSOA name with a comma). */
export const WILTSHIRE_ROW =
  '592c82d14ddb0863caa5cd3ce4ee9db84c2f55119daefd11870db03fd18b3244,2024-02,Wiltshire Police,Wiltshire Police,-1.710797,50.747693,On or near Holmhurst Avenue,E01020358,"Bournemouth, Christchurch and Poole 019D",Violence and sexual offences,Under investigation,';
/** 2024-03-sussex-street.csv line 13019 (no location). */
export const SUSSEX_NO_LOCATION_ROW = ',2024-03,Sussex Police,Sussex Police,,,No Location,,,Anti-social behaviour,,';

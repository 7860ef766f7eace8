/** A migrated database for one test file, isolated from every other test file. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig, DatabaseHandle } from '../database';
import { migrate } from '../migrate';
import { openDatabase } from '../open-database';

/** Runs `sql` on a short-lived connection to `url` (CREATE/DROP DATABASE cannot run in a transaction). */
async function runOnServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** An empty PostgreSQL database made for one test file, and how to drop it. */
export interface ScratchDatabase {
  /** Connection URL of the new database. */
  url: string;
  /** Drops the database, ending any connection still open to it. */
  drop(): Promise<void>;
}

/**
 * Creates an empty database `peel_test_<random>` on the server `serverUrl` points at, so test
 * files running in parallel never collide.
 */
export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const name = `peel_test_${randomBytes(6).toString('hex')}`;
  await runOnServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => dropWhenIdle(serverUrl, name) };
}

/**
 * Drops a scratch database. Connections a closed pool is still shutting down are given up to two
 * seconds to go on their own first: forcing them (WITH (FORCE)) while their owners have already
 * detached their error handlers makes `pg` raise unhandled 57P01 errors in the test process.
 */
async function dropWhenIdle(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const { rows } = await client.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
      if ((rows[0]?.n ?? 0) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}

/**
 * Opens and migrates a database for one test file. With PGlite it is a fresh in-memory instance
 * (about 4 s to create: make one per file, not per test). With PostgreSQL it is a scratch database
 * on the configured server ({@link createScratchDatabase}); the handle's `close()` drops it.
 * @param config the configured database (`getConfig().database`); a PGlite data directory is ignored
 */
export async function createTestDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.kind === 'pglite') {
    const handle = await openDatabase({ kind: 'pglite' });
    await migrate(handle);
    return handle;
  }
  const scratch = await createScratchDatabase(config.url);
  const handle = await openDatabase({ kind: 'postgres', url: scratch.url }).catch(async (error: unknown) => {
    await scratch.drop();
    throw error;
  });
  let closing: Promise<void> | undefined;
  const close = async () => {
    await handle.close();
    await scratch.drop();
  };
  const isolated: DatabaseHandle = { ...handle, close: () => (closing ??= close()) };
  await migrate(isolated).catch(async (error: unknown) => {
    await isolated.close();
    throw error;
  });
  return isolated;
}

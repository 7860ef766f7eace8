/**
 * A running Peel for browser tests: the web app built when stale, a private database of the
 * configured backend (PGlite in memory, or a scratch PostgreSQL database with DATABASE_URL), and
 * `peel start`'s own launch on it — Wiltshire's real boundaries with one month of its crime when
 * the shared data directory exists, else the synthetic demo force — with the demo users, on a free
 * port. Training mode is off unless asked for, so pages show a fixed state.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getConfig } from '@peel/config';
import { createTestDatabase } from '@peel/db/testing';
import { resolveTokenSecret } from '@peel/server';
import { launchPeel, type LaunchedPeel, type LaunchOptions } from '../../../apps/cli/src/commands/start-peel';
import { ensureWebBuild } from '../../../apps/cli/src/commands/start-web-build';

/** What a test needs of the running Peel. */
export interface PeelUnderTest {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** The force loaded: `wiltshire` (real data) or `peelshire` (synthetic). */
  forceId: string;
  forceName: string;
  /** Whether real boundaries are loaded (the shared data directory exists). */
  realData: boolean;
  /** The demo users' password (every role's username is the role). */
  password: string;
  peel: LaunchedPeel;
  close(): Promise<void>;
}

/** The Peel this test file started (vitest isolates test files, so there is one per file). */
let current: PeelUnderTest | undefined;

/** The Peel started by {@link startPeelUnderTest} in this test file. */
export function currentPeel(): PeelUnderTest {
  if (!current) throw new Error('no Peel is running: call startPeelUnderTest() in beforeAll first');
  return current;
}

/** Starts it (30–60 s on PGlite on a busy machine: give beforeAll a long timeout). */
export async function startPeelUnderTest(options: { training?: LaunchOptions['training']; log?: (line: string) => void } = {}): Promise<PeelUnderTest> {
  const web = await ensureWebBuild();
  if (web.built) process.stdout.write(`e2e: web app built in ${(web.ms / 1000).toFixed(1)} s (${web.reason})\n`);
  // The server's request log would drown the test output; warnings and errors still show.
  const base = getConfig();
  const config = { ...base, server: { ...base.server, logLevel: 'warn' as const } };
  const realData = existsSync(config.sharedDataDir);
  const stateDir = mkdtempSync(path.join(tmpdir(), 'peel-e2e-'));
  const database = await createTestDatabase(config.database);
  try {
    const tokenSecret = await resolveTokenSecret({ kind: 'value', value: `e2e-${path.basename(stateDir)}-secret-of-at-least-32-characters` });
    const peel = await launchPeel({
      config,
      database,
      tokenSecret,
      force: realData ? 'wiltshire' : 'synthetic',
      stateDir,
      seed: 1,
      port: 0,
      host: '127.0.0.1',
      training: options.training ?? false,
      crimeFiles: 'latest',
      log: options.log ?? (() => undefined),
    });
    const password = peel.credentials.password;
    if (password === undefined) throw new Error('the demo users were created without a password file');
    current = {
      url: peel.address,
      forceId: peel.force.model.id,
      forceName: peel.force.model.force,
      realData,
      password,
      peel,
      async close() {
        current = undefined;
        await peel.close();
        await database.close();
        rmSync(stateDir, { recursive: true, force: true });
      },
    };
    return current;
  } catch (error) {
    await database.close();
    rmSync(stateDir, { recursive: true, force: true });
    throw error;
  }
}

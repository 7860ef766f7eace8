import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '@peel/config';
import { createScratchDatabase, type ScratchDatabase } from '@peel/db/testing';
import { runPeel } from '../run-peel';

// The same test runs on whichever backend the configuration selects: a scratch PostgreSQL
// database when DATABASE_URL is set, a fresh embedded PGlite directory otherwise.
const config = getConfig();
let scratch: ScratchDatabase | undefined;
let env: Record<string, string>;

beforeAll(async () => {
  if (config.database.kind === 'postgres') {
    scratch = await createScratchDatabase(config.database.url);
    env = { DATABASE_URL: scratch.url };
  } else {
    env = { PEEL_DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'peel-load-')), 'data') };
  }
});
afterAll(async () => {
  await scratch?.drop();
});

describe('peel model load', () => {
  it('stores valid models once, adds nothing when loaded again, and reports invalid files', () => {
    const first = runPeel(['model', 'load', 'models/kent.yaml', 'models/synthetic.yaml'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^stored kent \([0-9a-f]{12}\) in /m);
    expect(first.stdout).toMatch(/^stored peelshire /m);
    expect(first.stdout).toContain('2 model(s) in the database: kent (1 version), peelshire (1 version)');

    const again = runPeel(['model', 'load', 'models/kent.yaml', 'models/does-not-exist.yaml'], env);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/^unchanged kent /m);
    expect(again.stdout).toContain('2 model(s) in the database: kent (1 version), peelshire (1 version)');
    expect(again.stderr).toContain('1 file(s) invalid and not stored; the valid ones were stored');
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '@peel/config';
import { createScratchDatabase, type ScratchDatabase } from '@peel/db/testing';
import { REPO_ROOT, runPeel } from '../run-peel';

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
    expect(again.stderr).toContain('1 of 2 file(s) invalid and not stored; the 1 valid one(s) were stored');
  });

  it('a changed model is a new version; loading the earlier content again restores it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'peel-versions-'));
    const original = readFileSync(path.join(REPO_ROOT, 'models/synthetic.yaml'), 'utf8');
    const a = path.join(dir, 'a.yaml');
    const b = path.join(dir, 'b.yaml');
    writeFileSync(a, original);
    writeFileSync(b, original.replace('description: A two-area synthetic force used by Peel\'s tests.', 'description: Changed.'));
    expect(runPeel(['model', 'load', b], env).stdout).toMatch(/^stored peelshire /m);
    const restored = runPeel(['model', 'load', a], env);
    expect(restored.stdout).toMatch(/^restored earlier version of peelshire /m);
    expect(restored.stdout).toContain('peelshire (2 versions)');
  });
});

/**
 * `peel plan` as a user runs it, on a scratch database with no crime imported (PGlite, or
 * PostgreSQL with DATABASE_URL): the error says which import to run; overrides are stored,
 * listed and withdrawn with who and why. The plans themselves are tested on real data in
 * plan.real.test.ts and the engine's planForce tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScratchDatabase } from '@peel/db/testing';
import { runPeel } from '../run-peel';
import { privateEnvironment } from './peel-process.fixtures';

let scratch: ScratchDatabase | undefined;
let env: Record<string, string>;

beforeAll(async () => {
  ({ env, scratch } = await privateEnvironment('peel-plan-'));
});
afterAll(async () => {
  await scratch?.drop();
});

describe('peel plan', () => {
  it('without imported crime, says which import to run', () => {
    const result = runPeel(['plan', '--model', 'models/synthetic.yaml'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no crime records in');
    expect(result.stderr).toContain('peel import police-uk <yyyy-mm>-<force>-street.csv … --model models/synthetic.yaml');
  }, 120_000);

  it('stores an override with who and why, lists it, and withdraws it on the record', () => {
    const added = runPeel(['plan', 'override', 'add', '--model', 'models/synthetic.yaml', '--area', 'north', '--role', 'PC', '--delta', '2', '--who', 'Supt A. Smith', '--why', 'rural cover', '--json'], env);
    expect(added.stderr).toBe('');
    const stored = JSON.parse(added.stdout);
    expect(stored).toMatchObject({ modelId: 'peelshire', areaId: 'north', teamId: null, role: 'PC', delta: 2, createdBy: 'Supt A. Smith', reason: 'rural cover', withdrawal: null });
    const withdrawn = runPeel(['plan', 'override', 'withdraw', String(stored.id), '--who', 'Supt B. Jones', '--why', 'superseded'], env);
    expect(withdrawn.stdout).toBe(`withdrew override ${stored.id} (area north PC +2)\n`);
    const listed = runPeel(['plan', 'override', 'list', '--model', 'models/synthetic.yaml', '--all', '--json'], env);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ id: stored.id, withdrawal: expect.objectContaining({ by: 'Supt B. Jones', reason: 'superseded' }) })]);
  }, 180_000);
});

/**
 * `peel audit verify` through the real binary, on the configured backend: intact after entries
 * are written, and — once one row is changed behind the append-only trigger — exit 1 naming it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditRepository, openDatabase, type DatabaseConfig } from '@peel/db';
import { deleteAuditEntry, tamperAuditEntry, type ScratchDatabase } from '@peel/db/testing';
import { privateEnvironment, runPeelWithInput } from './peel-process.fixtures';

let env: Record<string, string>;
let database: DatabaseConfig;
let scratch: ScratchDatabase | undefined;
beforeAll(async () => {
  ({ env, scratch } = await privateEnvironment('peel-audit-'));
  database = env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir: env.PEEL_DATA_DIR };
});
afterAll(async () => {
  await scratch?.drop();
});

const verify = (...args: string[]) => runPeelWithInput(['audit', 'verify', ...args], '', env);

/** Opens the database while no peel process holds it (PGlite is one process at a time). */
async function withOpenDatabase(work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<void>): Promise<void> {
  const handle = await openDatabase(database);
  try {
    // What `peel serve` does at start-up: the trigger the tampering has to get round.
    await createAuditRepository(handle.db).ensureAppendOnly();
    await work(handle.db);
  } finally {
    await handle.close();
  }
}

describe('peel audit verify', () => {
  it('an empty log is intact', () => {
    const result = verify();
    expect(result.stdout).toBe('audit log intact: 0 entries\n');
    expect(result.code).toBe(0);
  });

  it('passes on an untouched log and fails naming the seq of a row changed behind the trigger', async () => {
    for (const name of ['first-user', 'second-user', 'third-user']) {
      expect(runPeelWithInput(['user', 'add', '--username', name, '--role', 'pcso', '--password-stdin'], 'correct horse battery staple', env).code).toBe(0);
    }
    const intact = verify();
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/^audit log intact: 3 entries\nlast entry: seq 3, hash [0-9a-f]{64}\n$/);

    await withOpenDatabase((db) => tamperAuditEntry(db, 2, { actor: 'someone-else' }));
    const broken = verify();
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toBe("peel: audit log broken at seq 2 (hash-mismatch): seq 2: hash mismatch (the entry's content was changed after it was written); 1 earlier entry verifies\n");
    expect(JSON.parse(verify('--json').stdout)).toEqual({ intact: false, entries: 1, seq: 2, fault: 'hash-mismatch', message: "seq 2: hash mismatch (the entry's content was changed after it was written)" });
  });

  it('a deleted row is a gap naming the missing seq', async () => {
    await withOpenDatabase((db) => deleteAuditEntry(db, 1));
    const result = verify();
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('peel: audit log broken at seq 1 (gap): seq 1 is missing (gap: the next entry is seq 2); 0 earlier entries verify\n');
  });
});

/**
 * The audit log on the backend the configuration selects (PGlite by default, a scratch
 * PostgreSQL database with DATABASE_URL): appends chain, verify finds each kind of tampering,
 * and the database itself refuses UPDATE, DELETE and TRUNCATE.
 */
import { getConfig } from '@peel/config';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntryInput } from './audit-entry';
import { GENESIS_HASH, hashAuditEntry } from './audit-hash';
import { createAuditRepository } from './audit-repository';
import type { DatabaseHandle } from './database';
import { createTestDatabase } from './testing';

const { database } = getConfig();
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase(database);
  await createAuditRepository(handle.db).ensureAppendOnly();
});
afterAll(async () => {
  await handle?.close();
});

/** Empties the log between tests (the trigger is off only inside this transaction's statements). */
async function clearLog(): Promise<void> {
  await handle.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await tx.execute(sql`delete from audit_log`);
    await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
  });
}

/** Rewrites rows behind the trigger's back, as a superuser with intent could. */
async function tamper(statement: ReturnType<typeof sql>): Promise<void> {
  await handle.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
  });
}

/** The database's own message for a refused statement (drizzle wraps it as the cause). */
async function refusal(statement: ReturnType<typeof sql>): Promise<string> {
  try {
    await handle.db.execute(statement);
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : (error as Error).message;
  }
  return 'not refused';
}

const entry = (n: number): AuditEntryInput => ({
  at: new Date(Date.UTC(2024, 0, 1, 12, 0, n)),
  actor: `user-${n % 3}`,
  action: n % 2 === 0 ? 'consultation' : 'collection',
  entityType: 'incident',
  entityId: `incident-${n}`,
  justification: n % 2 === 0 ? `reviewing incident ${n}` : null,
  details: { fields: ['caller.name', 'caller.phone'], nested: { b: 2, a: 1 }, dropped: undefined },
});

async function appendMany(count: number): Promise<void> {
  const audit = createAuditRepository(handle.db);
  for (let n = 1; n <= count; n += 1) await audit.append(entry(n));
}

describe(`audit log on ${database.kind}`, () => {
  beforeEach(clearLog);

  it('chains each entry to the one before, starting from 64 zeros', async () => {
    const audit = createAuditRepository(handle.db);
    const first = await audit.append({ ...entry(1), recipients: ['CPS Sussex'] });
    const second = await audit.append(entry(2));
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, recipients: ['CPS Sussex'], details: { fields: ['caller.name', 'caller.phone'], nested: { a: 1, b: 2 } } });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
    expect(await audit.list()).toEqual([first, second]);
    expect(await audit.head()).toEqual(second);
    expect(await audit.verify()).toEqual({ intact: true, entries: 2, head: { seq: 2, hash: second.hash } });
  });

  it('an empty log is intact with no head', async () => {
    expect(await createAuditRepository(handle.db).verify()).toEqual({ intact: true, entries: 0, head: null });
  });

  it('concurrent appends form one gap-free chain (the advisory lock serialises them)', async () => {
    const audit = createAuditRepository(handle.db);
    const appended = await Promise.all(Array.from({ length: 40 }, (_, n) => audit.append(entry(n + 1))));
    expect(appended.map((e) => e.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, n) => n + 1));
    expect(await audit.verify({ pageSize: 7 })).toMatchObject({ intact: true, entries: 40 });
  });

  it('an entry appended inside a transaction that rolls back leaves no trace', async () => {
    await appendMany(1);
    await expect(
      handle.db.transaction(async (tx) => {
        await createAuditRepository(tx).append(entry(2));
        throw new Error('the change it recorded failed');
      }),
    ).rejects.toThrow('the change it recorded failed');
    const audit = createAuditRepository(handle.db);
    expect(await audit.verify()).toMatchObject({ intact: true, entries: 1 });
    expect((await audit.append(entry(3))).seq).toBe(2);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE on audit_log', async () => {
    await appendMany(2);
    expect(await refusal(sql`update audit_log set actor = 'someone-else' where seq = 1`)).toMatch(/append-only: UPDATE is not allowed/);
    expect(await refusal(sql`delete from audit_log where seq = 2`)).toMatch(/append-only: DELETE is not allowed/);
    expect(await refusal(sql`truncate audit_log`)).toMatch(/append-only: TRUNCATE is not allowed/);
    expect(await createAuditRepository(handle.db).verify()).toMatchObject({ intact: true, entries: 2 });
  });

  it('ensureAppendOnly can run again and from several callers at once', async () => {
    const audit = createAuditRepository(handle.db);
    await Promise.all([audit.ensureAppendOnly(), audit.ensureAppendOnly(), audit.ensureAppendOnly()]);
    await appendMany(1);
    expect(await refusal(sql`delete from audit_log`)).toMatch(/append-only/);
  });

  it('a changed row is a hash mismatch at its seq', async () => {
    await appendMany(5);
    await tamper(sql`update audit_log set justification = 'nothing to see' where seq = 3`);
    expect(await createAuditRepository(handle.db).verify({ pageSize: 2 })).toEqual({
      intact: false,
      entries: 2,
      seq: 3,
      fault: 'hash-mismatch',
      message: "seq 3: hash mismatch (the entry's content was changed after it was written)",
    });
  });

  it('a changed jsonb detail is found too, whatever order jsonb keeps keys in', async () => {
    await appendMany(3);
    await tamper(sql`update audit_log set details = jsonb_set(details, '{nested,a}', '5') where seq = 2`);
    expect(await createAuditRepository(handle.db).verify()).toMatchObject({ intact: false, seq: 2, fault: 'hash-mismatch' });
  });

  it('a row changed and given a fresh hash breaks the link of the next one', async () => {
    await appendMany(4);
    const audit = createAuditRepository(handle.db);
    const [, second] = await audit.list();
    const forged = { ...second!, actor: 'someone-else' };
    const forgedHash = hashAuditEntry(forged);
    await tamper(sql`update audit_log set actor = ${forged.actor}, hash = ${forgedHash} where seq = 2`);
    const report = await audit.verify();
    expect(report).toMatchObject({ intact: false, entries: 2, seq: 3, fault: 'broken-link' });
    expect(report.intact ? 'intact' : report.message).toMatch(/^seq 3: broken link \(prev_hash [0-9a-f]{12}… is not the hash of seq 2/);
  });

  it('a deleted row is a gap naming the missing seq', async () => {
    await appendMany(4);
    await tamper(sql`delete from audit_log where seq = 2`);
    expect(await createAuditRepository(handle.db).verify()).toEqual({
      intact: false,
      entries: 1,
      seq: 2,
      fault: 'gap',
      message: 'seq 2 is missing (gap: the next entry is seq 3)',
    });
  });

  it('an inserted or relinked row is a broken link', async () => {
    await appendMany(3);
    await tamper(sql`update audit_log set prev_hash = repeat('c', 64) where seq = 3`);
    expect(await createAuditRepository(handle.db).verify()).toMatchObject({ intact: false, entries: 2, seq: 3, fault: 'broken-link' });
  });
});

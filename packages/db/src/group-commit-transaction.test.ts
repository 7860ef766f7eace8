/**
 * groupCommitTransaction on the configured backend: it commits what the work wrote and returns
 * its result; a failure rolls everything back and is rethrown; the work runs with
 * synchronous_commit off, which does not outlive it; and when it resolves, the write-ahead log is
 * flushed past the transaction's commit (what makes it safe to acknowledge).
 */
import { getConfig } from '@peel/config';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database';
import { groupCommitTransaction } from './group-commit-transaction';
import { queryRows } from './query-rows';
import { createTestDatabase } from './testing';

const { database } = getConfig();
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase(database);
  await handle.db.execute(sql`create table group_commit_probe (id int primary key)`);
});
afterAll(async () => {
  await handle?.close();
});

const ids = async () => (await queryRows<{ id: number }>(handle.db, sql`select id from group_commit_probe order by id`)).map((row) => row.id);

describe(`groupCommitTransaction on ${database.kind}`, () => {
  it('commits the work, returns its result, and runs it with synchronous_commit off for that transaction only', async () => {
    const result = await groupCommitTransaction(handle.db, async (tx) => {
      await tx.execute(sql`insert into group_commit_probe values (1)`);
      const [setting] = await queryRows<{ synchronous_commit: string }>(tx, sql`show synchronous_commit`);
      return setting?.synchronous_commit;
    });
    expect(result).toBe('off');
    expect(await ids()).toEqual([1]);
    const [after] = await queryRows<{ synchronous_commit: string }>(handle.db, sql`show synchronous_commit`);
    expect(after?.synchronous_commit).toBe('on');
  });

  it('rolls back and rethrows when the work fails', async () => {
    await expect(
      groupCommitTransaction(handle.db, async (tx) => {
        await tx.execute(sql`insert into group_commit_probe values (2)`);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await ids()).toEqual([1]);
  });

  it('resolves only once the write-ahead log is flushed past the commit', async () => {
    let written = '';
    await groupCommitTransaction(handle.db, async (tx) => {
      await tx.execute(sql`insert into group_commit_probe values (3)`);
      // The commit record goes after everything inserted so far.
      const [lsn] = await queryRows<{ lsn: string }>(tx, sql`select pg_current_wal_insert_lsn()::text as lsn`);
      written = lsn?.lsn ?? '';
    });
    const [flushed] = await queryRows<{ covered: boolean }>(handle.db, sql`select pg_current_wal_flush_lsn() > ${written}::pg_lsn as covered`);
    expect(flushed?.covered).toBe(true);
  });
});

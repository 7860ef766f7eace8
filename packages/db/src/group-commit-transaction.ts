/**
 * A transaction for writes that take a lock many requests queue for — the audit log's append lock,
 * and the lock PostgreSQL itself takes to queue NOTIFY payloads in commit order — that releases
 * that lock before the commit reaches the disk, and still resolves only once it has.
 *
 * Why: a transaction holds its locks until its commit record is flushed (fdatasync), so every
 * transaction that appends to the audit log, or publishes a live event, waits for the previous
 * one's flush: one flush at a time, ~3.7 ms each on this machine's disk (pg_test_fsync), at most
 * ~270 such transactions a second however many connections and instances there are. Here the
 * transaction commits with `synchronous_commit = off` (its locks go as soon as the commit record
 * is in the WAL buffers), then a one-statement transaction that writes WAL commits synchronously on
 * any connection: its flush covers every WAL record before its own, ours included, and
 * PostgreSQL flushes for all waiting committers at once (group commit). The caller acknowledges
 * only after that, so nothing acknowledged is lost. What others may see meanwhile is committed
 * but not yet on disk for about one flush; a crash in that window loses it with everything written
 * after it (WAL is replayed in order), so the audit chain is never broken. PGlite runs the same
 * statements (one connection: nothing to gain, nothing lost).
 */
import { sql } from 'drizzle-orm';
import type { Database, Transaction } from './database';

/** Runs `work` in a transaction as described above; resolves with its result once the commit is durable. */
export async function groupCommitTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`set local synchronous_commit = off`);
    return work(tx);
  });
  // A transactional logical message is a WAL record with an xid, so this one-statement transaction
  // commits synchronously: its flush covers ours. (An xid alone, e.g. txid_current(), is not
  // enough: a transaction that wrote no WAL commits without flushing.)
  await db.execute(sql`select pg_logical_emit_message(true, 'peel', '')`);
  return result;
}

/** The hash-chained, append-only audit log over drizzle (table `audit_log`). */
import { asc, desc, gt, sql } from 'drizzle-orm';
import { checkAuditChain } from './audit-chain-check';
import type { AuditChainReport, AuditEntry, AuditEntryInput } from './audit-entry';
import { AUDIT_APPEND_ONLY_SQL } from './audit-append-only';
import { GENESIS_HASH, hashAuditEntry } from './audit-hash';
import { toJsonValue } from './canonical-json';
import type { Database } from './database';
import { auditLog } from './schema';

/**
 * Advisory lock keys ("peel", "audt") that serialise appends across connections and server
 * instances. The two-key form lives in a different key space from migrate()'s one-key lock.
 */
const APPEND_LOCK = sql.raw('1885693292, 1635083380');

/** The audit log's storage. */
export interface AuditRepository {
  /**
   * Appends one entry at the head of the chain and returns it with its seq and hashes. Runs in
   * its own transaction, or as a savepoint of the transaction the repository was created on — so
   * an entry recording a change commits or rolls back with the change. The advisory lock it takes
   * is held until that outer transaction ends: append last, and keep such transactions short.
   * Needs READ COMMITTED (PostgreSQL's default): the head is read after the lock is granted.
   */
  append(entry: AuditEntryInput): Promise<AuditEntry>;
  /** Entries with seq > `afterSeq`, oldest first, at most `limit`. */
  list(options?: { afterSeq?: number; limit?: number }): Promise<AuditEntry[]>;
  /** The newest entry, or undefined when the log is empty. */
  head(): Promise<AuditEntry | undefined>;
  /** Walks the whole chain (in pages, so any length fits in memory). */
  verify(options?: { pageSize?: number }): Promise<AuditChainReport>;
  /** Installs the append-only trigger (idempotent; serialised so several instances may start at once). */
  ensureAppendOnly(): Promise<void>;
}

const columns = {
  seq: auditLog.seq,
  at: auditLog.at,
  actor: auditLog.actor,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  justification: auditLog.justification,
  recipients: auditLog.recipients,
  details: auditLog.details,
  prevHash: auditLog.prevHash,
  hash: auditLog.hash,
};

/** Creates the audit repository on an open, migrated database or on a transaction. */
export function createAuditRepository(db: Database): AuditRepository {
  const list: AuditRepository['list'] = async ({ afterSeq = 0, limit = 1000 } = {}) =>
    (await db.select(columns).from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(limit)) as AuditEntry[];

  return {
    append: (input) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${APPEND_LOCK})`);
        const [last] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
        // Hash exactly what jsonb will give back (dates as strings, undefined members gone).
        const unhashed = {
          seq: (last?.seq ?? 0) + 1,
          at: new Date(input.at.getTime()),
          actor: input.actor,
          action: input.action,
          entityType: input.entityType,
          entityId: input.entityId ?? null,
          justification: input.justification ?? null,
          recipients: input.recipients == null ? null : toJsonValue(input.recipients),
          details: input.details == null ? null : toJsonValue(input.details),
          prevHash: last?.hash ?? GENESIS_HASH,
        };
        const entry: AuditEntry = { ...unhashed, hash: hashAuditEntry(unhashed) };
        await tx.insert(auditLog).values(entry);
        return entry;
      }),

    list,

    async head() {
      const [last] = await db.select(columns).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
      return last as AuditEntry | undefined;
    },

    verify: ({ pageSize = 1000 } = {}) =>
      checkAuditChain(
        (async function* pages() {
          let afterSeq = 0;
          for (;;) {
            const page = await list({ afterSeq, limit: pageSize });
            if (page.length === 0) return;
            yield page;
            afterSeq = page[page.length - 1]!.seq;
          }
        })(),
      ),

    ensureAppendOnly: () =>
      db.transaction(async (tx) => {
        // CREATE OR REPLACE on the same function from two sessions at once can fail with
        // "tuple concurrently updated": take the append lock first.
        await tx.execute(sql`select pg_advisory_xact_lock(${APPEND_LOCK})`);
        for (const statement of AUDIT_APPEND_ONLY_SQL) await tx.execute(sql.raw(statement));
      }),
  };
}

/**
 * For tests only: changes the audit log the way someone with the table owner's rights could —
 * disabling the append-only trigger for one statement — so tests can show that verification
 * notices.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database';

async function behindTheTrigger(db: Database, statement: SQL): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
  });
}

/** Overwrites one entry's actor and/or justification (its hash left as it was). */
export function tamperAuditEntry(db: Database, seq: number, changes: { actor?: string; justification?: string | null }): Promise<void> {
  const sets = [
    ...(changes.actor === undefined ? [] : [sql`actor = ${changes.actor}`]),
    ...(changes.justification === undefined ? [] : [sql`justification = ${changes.justification}`]),
  ];
  if (sets.length === 0) throw new RangeError('changes: nothing to change');
  return behindTheTrigger(db, sql`update audit_log set ${sql.join(sets, sql`, `)} where seq = ${seq}`);
}

/** Deletes one entry. */
export function deleteAuditEntry(db: Database, seq: number): Promise<void> {
  return behindTheTrigger(db, sql`delete from audit_log where seq = ${seq}`);
}

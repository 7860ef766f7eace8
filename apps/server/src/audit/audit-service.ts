/**
 * The audit service: appends to the hash-chained log with the rules of DPA 2018 Part 3 s.62 —
 * consultation and disclosure logs must say why (s.62(3)(a)), a disclosure log to whom
 * (s.62(3)(b)); the date and time come from the clock, who from the caller.
 */
import { createAuditRepository, type AuditChainReport, type AuditEntry, type AuditEntryInput, type Database } from '@peel/db';
import { DomainError, type Clock } from '@peel/domain';

/** An entry to record; the time is the service's clock. */
export type AuditRecordInput = Omit<AuditEntryInput, 'at'>;

/** Appends audit entries and verifies the chain. */
export interface AuditService {
  /**
   * Appends one entry through `db`. Pass the transaction that makes the change being recorded,
   * so both commit or neither does (with PGlite, a query on the root database while that
   * transaction is open would wait for ever). VALIDATION naming `justification` or `recipients`
   * when s.62 requires them.
   */
  record(db: Database, entry: AuditRecordInput): Promise<AuditEntry>;
  /** Walks the whole chain. */
  verify(db: Database): Promise<AuditChainReport>;
}

/** Checks an entry against s.62 before it is written. */
export function checkAuditEntry(entry: AuditRecordInput): void {
  const needsWhy = entry.action === 'consultation' || entry.action === 'disclosure';
  if (needsWhy && !entry.justification?.trim()) {
    throw new DomainError('VALIDATION', `justification: a ${entry.action} of personal data must record its justification (DPA 2018 s.62(3)(a))`, 'justification');
  }
  if (entry.action === 'disclosure' && !(entry.recipients && entry.recipients.length > 0 && entry.recipients.every((r) => r.trim() !== ''))) {
    throw new DomainError('VALIDATION', 'recipients: a disclosure of personal data must record its recipients (DPA 2018 s.62(3)(b))', 'recipients');
  }
  if (entry.actor.trim() === '') throw new DomainError('VALIDATION', 'actor: an audit entry must say who acted', 'actor');
}

/** Creates the audit service. */
export function createAuditService(options: { clock: Clock }): AuditService {
  return {
    record(db, entry) {
      checkAuditEntry(entry);
      return createAuditRepository(db).append({ ...entry, at: options.clock.now() });
    },
    verify: (db) => createAuditRepository(db).verify(),
  };
}

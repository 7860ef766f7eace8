/**
 * The audit log's hash chain: each entry's hash is sha-256 over the canonical JSON (RFC 8785) of
 * its content and the previous entry's hash, so changing, removing or inserting any entry breaks
 * every link after it (a hash chain as in Haber & Stornetta, "How to time-stamp a digital
 * document", J. Cryptology 3(2), 1991).
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { AuditEntry } from './audit-entry';

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** sha-256 (hex) of an entry's canonical JSON; `hash` itself is left out, `prevHash` is in. */
export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const content = {
    seq: entry.seq,
    at: entry.at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    justification: entry.justification,
    recipients: entry.recipients,
    details: entry.details,
    prevHash: entry.prevHash,
  };
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

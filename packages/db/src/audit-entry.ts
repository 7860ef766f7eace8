/** The record types of the audit log (table `audit_log`, see schema/audit-log.ts). */
import type { JsonValue } from './canonical-json';
import type { AUDIT_ACTIONS } from './schema/audit-log';

/** One of the audited actions: the six of DPA 2018 s.62 plus security events. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What a caller hands to `append`; the repository adds the chain position and hashes. */
export interface AuditEntryInput {
  /** When the audited act happened. */
  at: Date;
  /** Who: a user id, or a system actor such as `cli` or `anonymous`. */
  actor: string;
  action: AuditAction;
  /** What kind of record, e.g. `incident`, `user`, `route`. */
  entityType: string;
  entityId?: string | null;
  /** Why (required by s.62(3)(a) for consultation and disclosure; the audit service enforces it). */
  justification?: string | null;
  /** To whom personal data was disclosed (s.62(3)(b)). */
  recipients?: readonly string[] | null;
  /** Anything else worth keeping: which fields, the client address, a reason. No secrets. */
  details?: Record<string, unknown> | null;
}

/** A stored entry: its content, its chain position and the hashes that link it. */
export interface AuditEntry {
  seq: number;
  at: Date;
  actor: string;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  justification: string | null;
  recipients: JsonValue | null;
  details: JsonValue | null;
  /** The previous entry's hash (64 zeros for seq 1). */
  prevHash: string;
  /** sha-256 of the canonical JSON of every other field, prevHash included. */
  hash: string;
}

/** Why the chain is broken at `seq`. */
export type AuditChainFault = 'gap' | 'broken-link' | 'hash-mismatch';

/** The result of walking the whole chain. */
export type AuditChainReport =
  | { intact: true; entries: number; head: { seq: number; hash: string } | null }
  | { intact: false; entries: number; seq: number; fault: AuditChainFault; message: string };

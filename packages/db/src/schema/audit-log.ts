/**
 * The append-only, hash-chained audit log (DPA 2018 Part 3 s.62: collection, alteration,
 * consultation, disclosure, combination and erasure of personal data, with the justification,
 * date and time, who, and for disclosure the recipients). Each row's hash covers its content and
 * the previous row's hash, so `peel audit verify` detects any change, deletion or insertion.
 */
import { sql } from 'drizzle-orm';
import { bigint, check, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Kinds of audited action: the six of s.62 plus security events. */
export const AUDIT_ACTIONS = ['collection', 'alteration', 'consultation', 'disclosure', 'combination', 'erasure', 'login', 'login-failed', 'access-denied', 'admin'] as const;

/** One audit entry; `seq` is the chain position (1, 2, …), gap-free. */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actor: text('actor').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    justification: text('justification'),
    recipients: jsonb('recipients'),
    details: jsonb('details'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    check('audit_log_action_known', sql`${table.action} in (${sql.raw(AUDIT_ACTIONS.map((a) => `'${a}'`).join(', '))})`),
    check('audit_log_seq_positive', sql`${table.seq} >= 1`),
    check('audit_log_hash_format', sql`${table.hash} ~ '^[0-9a-f]{64}$' and ${table.prevHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

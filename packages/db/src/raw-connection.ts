/**
 * The driver connection underneath a drizzle transaction, for the statements drizzle cannot
 * express: COPY (PGlite's `/dev/blob` option, pg-copy-streams on a server connection).
 */
import type { Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type { ClientBase } from 'pg';
import type { Transaction } from './database';

/** A transaction's own connection: PGlite's transaction object, or the pg client running BEGIN…COMMIT. */
export type RawConnection = { kind: 'pglite'; tx: PgliteTransaction } | { kind: 'postgres'; client: ClientBase };

/**
 * Finds the connection a drizzle transaction runs on. drizzle 0.45 keeps it at `tx.session.client`
 * for both drivers (PgliteSession and NodePgSession run a transaction on the connection they were
 * given); a statement sent there is part of the transaction. PGlite has one connection, and a
 * query sent to the PGlite instance itself while a transaction holds it would wait forever, which
 * is why COPY must go through this object. Throws when drizzle's internals have moved, rather than
 * writing outside the transaction.
 */
export function rawConnection(tx: Transaction): RawConnection {
  const client: unknown = (tx as unknown as { session?: { client?: unknown } }).session?.client;
  if (typeof client !== 'object' || client === null || typeof (client as { query?: unknown }).query !== 'function') {
    throw new TypeError('rawConnection: this drizzle transaction exposes no driver connection at session.client (drizzle internals changed?)');
  }
  // pg's clients (pooled or not) have `escapeIdentifier`; PGlite's transaction object has `rollback`.
  if (typeof (client as { escapeIdentifier?: unknown }).escapeIdentifier === 'function') return { kind: 'postgres', client: client as ClientBase };
  if (typeof (client as { rollback?: unknown }).rollback === 'function') return { kind: 'pglite', tx: client as PgliteTransaction };
  throw new TypeError('rawConnection: session.client is neither a pg PoolClient nor a PGlite transaction');
}

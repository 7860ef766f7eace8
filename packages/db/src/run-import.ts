/** One import, all or nothing, identified by kind and content hash. */
import type { ImportOutcome, ImportSession, ImportSummary, ImportWorkResult, NewImport } from '@peel/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from './database';
import { ImportError } from './import-error';
import { importSummaryColumns } from './import-rows';
import { createImportSession } from './import-session';
import { imports } from './schema';
import type { RowWriteMethod } from './write-method';

/**
 * Claims the file for this transaction: inserts its `imports` row, or finds the stored one.
 * On PostgreSQL a concurrent import of the same file blocks on the unique (kind, content_hash)
 * index until the first commits, then finds it complete.
 */
async function claim(tx: Transaction, file: NewImport): Promise<{ isNew: boolean; summary: ImportSummary }> {
  const insert = () =>
    tx
      .insert(imports)
      .values({ kind: file.kind, fileName: file.fileName, contentHash: file.contentHash })
      .onConflictDoNothing({ target: [imports.kind, imports.contentHash] })
      .returning(importSummaryColumns);
  const [created] = await insert();
  if (created) return { isNew: true, summary: created };
  const match = and(eq(imports.kind, file.kind), eq(imports.contentHash, file.contentHash));
  const [existing] = await tx.select(importSummaryColumns).from(imports).where(match).for('update');
  if (!existing) throw new Error(`import of ${file.fileName} (${file.contentHash}) vanished while claiming it`);
  if (existing.status === 'complete') return { isNew: false, summary: existing };
  // A committed 'running' row is left over from a writer that did not use one transaction per
  // import; its rows are incomplete, so start again (the foreign keys cascade).
  await tx.delete(imports).where(eq(imports.id, existing.id));
  const [fresh] = await insert();
  if (!fresh) throw new Error(`import of ${file.fileName} (${file.contentHash}) could not be restarted`);
  return { isNew: true, summary: fresh };
}

/**
 * Runs `work` inside one transaction with a session for the file's import, then marks the import
 * complete with its counts. Rolls everything back if `work` throws or the counts do not balance.
 * `writeMethod` chooses how records are stored (default: the faster on the backend).
 */
export function runImport(
  db: Database,
  file: NewImport,
  work: (session: ImportSession) => Promise<ImportWorkResult>,
  writeMethod?: RowWriteMethod,
): Promise<ImportOutcome> {
  return db.transaction(async (tx): Promise<ImportOutcome> => {
    const claimed = await claim(tx, file);
    if (!claimed.isNew) return { status: 'already-imported', summary: claimed.summary };
    const session = createImportSession(tx, claimed.summary.id, file.kind, writeMethod);
    let result: ImportWorkResult;
    try {
      result = await work(session);
      await session.drain();
    } catch (error) {
      // Let queued writes settle before the transaction is rolled back under them.
      await session.drain().catch(() => undefined);
      throw error;
    } finally {
      session.close();
    }
    const { rowsImported, rowsRejected } = session;
    if (result.rowsRead !== rowsImported + rowsRejected) {
      throw new ImportError(
        'unbalanced',
        `${file.fileName}: read ${result.rowsRead} rows but stored ${rowsImported} and rejected ${rowsRejected}`,
      );
    }
    const [summary] = await tx
      .update(imports)
      .set({ status: 'complete', rowsRead: result.rowsRead, rowsImported, rowsRejected, finishedAt: sql`clock_timestamp()` })
      .where(eq(imports.id, claimed.summary.id))
      .returning(importSummaryColumns);
    if (!summary) throw new Error(`import ${claimed.summary.id} vanished before it completed`);
    return { status: 'imported', summary };
  });
}

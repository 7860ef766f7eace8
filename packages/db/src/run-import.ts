/** One import, all or nothing, identified by kind and content hash. */
import type { ImportOutcome, ImportSession, ImportWorkResult, NewImport } from '@peel/domain';
import { eq, sql } from 'drizzle-orm';
import type { Database } from './database';
import { ImportError } from './import-error';
import { claimImport } from './claim-import';
import { importSummaryColumns } from './import-rows';
import { createImportSession } from './import-session';
import { imports } from './schema';
import type { RowWriteMethod } from './write-method';

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
    const claimed = await claimImport(tx, file);
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

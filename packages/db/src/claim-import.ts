/** Claiming an import's row: shared by every all-or-nothing import (crime, calls, boundaries). */
import type { ImportSummary, NewImport } from '@peel/domain';
import { and, eq } from 'drizzle-orm';
import type { Transaction } from './database';
import { importSummaryColumns } from './import-rows';
import { imports } from './schema';

/**
 * Claims the file for this transaction: inserts its `imports` row, or finds the stored one.
 * On PostgreSQL a concurrent import of the same file blocks on the unique (kind, content_hash)
 * index until the first commits, then finds it complete.
 */
export async function claimImport(tx: Transaction, file: NewImport): Promise<{ isNew: boolean; summary: ImportSummary }> {
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

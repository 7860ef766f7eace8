/** The writer handed to an import's work: every write goes through the import's transaction. */
import type { ImportKind, ImportSession } from '@peel/domain';
import type { Transaction } from './database';
import { ImportError } from './import-error';
import { createRowCopier } from './copy-rows';
import { CALL_KEYS, CRIME_KEYS, toCallRow, toCrimeRow } from './import-rows';
import { insertRows } from './insert-rows';
import { rawConnection } from './raw-connection';
import { callsForService, crimeRecords, importRejections } from './schema';
import { FASTEST_WRITE_METHOD, type RowWriteMethod } from './write-method';

const crimeCopier = createRowCopier(crimeRecords, CRIME_KEYS);
const callCopier = createRowCopier(callsForService, CALL_KEYS);

/** An import session plus the tallies `runImport` reconciles when the work returns. */
export interface TalliedImportSession extends ImportSession {
  /** Records stored so far. */
  readonly rowsImported: number;
  /** Distinct lines rejected so far. */
  readonly rowsRejected: number;
  /** Refuses further writes (called when the import's transaction ends). */
  close(): void;
}

/**
 * Creates the session for import `importId` of kind `kind`, writing through `tx`. Records are
 * stored with `writeMethod` (default: the faster one on this backend, {@link FASTEST_WRITE_METHOD});
 * rejections, few and small, always with INSERT.
 */
export function createImportSession(tx: Transaction, importId: number, kind: ImportKind, writeMethod?: RowWriteMethod): TalliedImportSession {
  const method = writeMethod ?? FASTEST_WRITE_METHOD[rawConnection(tx).kind];
  let rowsImported = 0;
  const rejectedLines = new Set<number>();
  let isClosed = false;

  const check = (expected: ImportKind | undefined, what: string) => {
    if (isClosed) throw new ImportError('session-closed', `import ${importId}: ${what} after the import finished`);
    if (expected !== undefined && expected !== kind) {
      throw new ImportError('wrong-kind', `import ${importId} is a '${kind}' import; it cannot store ${what}`);
    }
  };

  return {
    importId,
    get rowsImported() {
      return rowsImported;
    },
    get rowsRejected() {
      return rejectedLines.size;
    },
    close() {
      isClosed = true;
    },
    async insertCrimeRecords(records) {
      check('police-uk-crime', 'crime records');
      const rows = records.map((record) => toCrimeRow(importId, record));
      await (method === 'copy' ? crimeCopier.copy(tx, rows) : insertRows(tx, crimeRecords, CRIME_KEYS, rows));
      rowsImported += records.length;
    },
    async insertCallsForService(records) {
      check('calls-for-service', 'calls for service');
      const rows = records.map((record) => toCallRow(importId, record));
      await (method === 'copy' ? callCopier.copy(tx, rows) : insertRows(tx, callsForService, CALL_KEYS, rows));
      rowsImported += records.length;
    },
    async recordRejections(rejections) {
      check(undefined, 'rejections');
      const rows = rejections.map(({ line, column, reason }) => ({ importId, line, column, reason }));
      await insertRows(tx, importRejections, ['importId', 'line', 'column', 'reason'], rows);
      for (const rejection of rejections) rejectedLines.add(rejection.line);
    },
  };
}

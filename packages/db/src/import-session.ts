/** The writer handed to an import's work: every write goes through the import's transaction. */
import type { ImportKind, ImportSession } from '@peel/domain';
import type { Transaction } from './database';
import { ImportError } from './import-error';
import { chunks, toCallRow, toCrimeRow } from './import-rows';
import { callsForService, crimeRecords, importRejections } from './schema';

/** An import session plus the tallies `runImport` reconciles when the work returns. */
export interface TalliedImportSession extends ImportSession {
  /** Records stored so far. */
  readonly rowsImported: number;
  /** Distinct lines rejected so far. */
  readonly rowsRejected: number;
  /** Refuses further writes (called when the import's transaction ends). */
  close(): void;
}

/** Creates the session for import `importId` of kind `kind`, writing through `tx`. */
export function createImportSession(tx: Transaction, importId: number, kind: ImportKind): TalliedImportSession {
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
      for (const chunk of chunks(records)) {
        await tx.insert(crimeRecords).values(chunk.map((record) => toCrimeRow(importId, record)));
        rowsImported += chunk.length;
      }
    },
    async insertCallsForService(records) {
      check('calls-for-service', 'calls for service');
      for (const chunk of chunks(records)) {
        await tx.insert(callsForService).values(chunk.map((record) => toCallRow(importId, record)));
        rowsImported += chunk.length;
      }
    },
    async recordRejections(rejections) {
      check(undefined, 'rejections');
      for (const chunk of chunks(rejections)) {
        await tx.insert(importRejections).values(chunk.map(({ line, column, reason }) => ({ importId, line, column, reason })));
        for (const rejection of chunk) rejectedLines.add(rejection.line);
      }
    },
  };
}

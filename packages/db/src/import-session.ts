/**
 * The writer handed to an import's work: every write goes through the import's transaction, in
 * call order, behind a write-behind queue (./write-behind.ts) so that the caller prepares the next
 * batch while this one is stored.
 */
import type { ImportKind, ImportSession } from '@peel/domain';
import type { Transaction } from './database';
import { ImportError } from './import-error';
import { copyCsvText, copyTarget, createRowCopier, ROWS_PER_COPY } from './copy-rows';
import { CRIME_COPY_KEYS, encodeCrimeCopyRows } from './encode-crime-copy';
import { CALL_KEYS, chunks, CRIME_KEYS, toCallRow, toCrimeRow } from './import-rows';
import { insertRows } from './insert-rows';
import { rawConnection } from './raw-connection';
import { callsForService, crimeRecords, importRejections } from './schema';
import { createWriteBehind } from './write-behind';
import { FASTEST_WRITE_METHOD, type RowWriteMethod } from './write-method';

const crimeTarget = copyTarget(crimeRecords, CRIME_COPY_KEYS);
const callCopier = createRowCopier(callsForService, CALL_KEYS);

/** An import session plus the tallies `runImport` reconciles when the work returns. */
export interface TalliedImportSession extends ImportSession {
  /** Records stored so far. */
  readonly rowsImported: number;
  /** Distinct lines rejected so far. */
  readonly rowsRejected: number;
  /** Waits for every queued write; throws the first that failed. Call before reading the tallies. */
  drain(): Promise<void>;
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
  const queue = createWriteBehind(1);

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
    drain: () => queue.drain(),
    close() {
      isClosed = true;
    },
    // Each write encodes its rows now (while the previous batch is being stored), then queues the
    // statements; the tallies move only once the rows are in.
    async insertCrimeRecords(records) {
      check('police-uk-crime', 'crime records');
      const count = records.length;
      if (method === 'copy') {
        const texts = [...chunks(records, ROWS_PER_COPY)].map((chunk) => encodeCrimeCopyRows(importId, chunk));
        return queue.submit(async () => {
          for (const text of texts) await copyCsvText(tx, crimeTarget, text);
          rowsImported += count;
        });
      }
      const rows = records.map((record) => toCrimeRow(importId, record));
      return queue.submit(async () => {
        await insertRows(tx, crimeRecords, CRIME_KEYS, rows);
        rowsImported += count;
      });
    },
    async insertCallsForService(records) {
      check('calls-for-service', 'calls for service');
      const count = records.length;
      const rows = records.map((record) => toCallRow(importId, record));
      if (method === 'copy') {
        const texts = callCopier.encode(rows);
        return queue.submit(async () => {
          for (const text of texts) await copyCsvText(tx, callCopier.target, text);
          rowsImported += count;
        });
      }
      return queue.submit(async () => {
        await insertRows(tx, callsForService, CALL_KEYS, rows);
        rowsImported += count;
      });
    },
    async recordRejections(rejections) {
      check(undefined, 'rejections');
      const rows = rejections.map(({ line, column, reason }) => ({ importId, line, column, reason }));
      return queue.submit(async () => {
        await insertRows(tx, importRejections, ['importId', 'line', 'column', 'reason'], rows);
        for (const rejection of rejections) rejectedLines.add(rejection.line);
      });
    },
  };
}

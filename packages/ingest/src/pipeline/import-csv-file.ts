/**
 * The generic streaming import of one CSV file: hash it, claim it (kind + content hash) in one
 * transaction, read it chunk by chunk, check the header, parse each row into a record or a
 * rejection with its exact line, write in batches, and let the repository reconcile
 * rows read = imported + rejected before it commits. Memory stays constant whatever the file size.
 */
import { createHash } from 'node:crypto';
import type { DemandRepository, ImportRejection, ImportSession } from '@peel/domain';
import { CsvReader } from './csv-reader';
import { hashFile } from './hash-file';
import type { FileImportReport, ImportProgress } from './import-report';
import { readFileChunks } from './read-file-chunks';
import { HeaderError, type ImportedRecord, type RowFormat, type RowParser } from './row-format';

/** Records per write: large enough to amortise a COPY statement, small enough to keep memory flat. */
export const DEFAULT_BATCH_SIZE = 20_000;
/** Rejections kept per file for the report (every rejection is stored with the import regardless). */
export const DEFAULT_MAX_ERRORS = 100;

/** Options of {@link importCsvFile}. */
export interface ImportCsvFileOptions<R extends ImportedRecord> {
  /** Path of the CSV file. */
  file: string;
  format: RowFormat<R>;
  /** Where imports are stored (usually `createDemandRepository(handle.db)` from @peel/db). */
  demand: Pick<DemandRepository, 'runImport'>;
  /** Records per write; default {@link DEFAULT_BATCH_SIZE}. */
  batchSize?: number;
  /** Rejections listed in the report; default {@link DEFAULT_MAX_ERRORS}. */
  maxErrors?: number;
  onProgress?: (event: ImportProgress) => void;
}

/** The file changed between hashing it and reading it: what was read is not what was claimed. */
class FileChangedError extends Error {}

/** Counts and the capped error list of one file, filled while reading. */
function emptyReport(file: string): FileImportReport {
  return {
    file,
    status: 'failed',
    importId: null,
    contentHash: null,
    bytes: 0,
    rowsRead: 0,
    imported: 0,
    rejected: 0,
    duplicatesSkipped: 0,
    byCategory: {},
    matchedByCode: 0,
    matchedByGeometry: 0,
    unmatched: 0,
    errors: [],
    errorsOmitted: 0,
    seconds: 0,
  };
}

/**
 * Imports one CSV file, all or nothing. A file already imported (same kind and content hash)
 * is not read again: its stored row count is reported as `duplicatesSkipped`. A file that cannot
 * be imported at all (unreadable, empty, wrong header) comes back with status 'failed' and the
 * reason in `errors`; nothing is stored for it. Any other failure (the database, a bug) throws,
 * and the import's transaction is rolled back.
 */
export async function importCsvFile<R extends ImportedRecord>(options: ImportCsvFileOptions<R>): Promise<FileImportReport> {
  const { file, format, demand, onProgress } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxErrors = options.maxErrors ?? DEFAULT_MAX_ERRORS;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  if (!Number.isInteger(maxErrors) || maxErrors < 0) throw new RangeError(`maxErrors must be a non-negative integer, got ${maxErrors}`);
  const startedAt = performance.now();
  const finish = (report: FileImportReport): FileImportReport => {
    report.seconds = (performance.now() - startedAt) / 1000;
    onProgress?.({ type: 'file-end', file, report });
    return report;
  };

  const report = emptyReport(file);
  const fail = (reason: string, line: number | null): FileImportReport => {
    Object.assign(report, emptyReport(file), { contentHash: report.contentHash, bytes: report.bytes });
    report.errors.push({ file, line, column: null, reason });
    return finish(report);
  };

  let digest;
  try {
    digest = await hashFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'cannot read the file: no such file' : `cannot read the file: ${(error as Error).message}`, null);
  }
  report.contentHash = digest.sha256;
  report.bytes = digest.bytes;
  onProgress?.({ type: 'file-start', file, bytesTotal: digest.bytes });

  try {
    const outcome = await demand.runImport({ kind: format.kind, fileName: file, contentHash: digest.sha256 }, (session) =>
      readAndWrite({ file, format, session, batchSize, maxErrors, report, bytesTotal: digest.bytes, expectedHash: digest.sha256, onProgress }),
    );
    report.importId = outcome.summary.id;
    if (outcome.status === 'already-imported') {
      Object.assign(report, emptyReport(file), {
        status: 'already-imported',
        importId: outcome.summary.id,
        contentHash: digest.sha256,
        bytes: digest.bytes,
        duplicatesSkipped: outcome.summary.rowsRead,
      });
      return finish(report);
    }
    report.status = 'imported';
    return finish(report);
  } catch (error) {
    if (error instanceof HeaderError) return fail(error.message, error.line);
    if (error instanceof FileChangedError) return fail(error.message, null);
    throw error;
  }
}

interface ReadAndWriteInput<R extends ImportedRecord> {
  file: string;
  format: RowFormat<R>;
  session: ImportSession;
  batchSize: number;
  maxErrors: number;
  report: FileImportReport;
  bytesTotal: number;
  expectedHash: string;
  onProgress: ((event: ImportProgress) => void) | undefined;
}

/** The import's work, inside its transaction: returns the rows read for the reconciliation. */
async function readAndWrite<R extends ImportedRecord>(input: ReadAndWriteInput<R>): Promise<{ rowsRead: number }> {
  const { file, format, session, batchSize, maxErrors, report, bytesTotal, onProgress } = input;
  let header: readonly string[] | undefined;
  let parse: RowParser<R> | undefined;
  let records: R[] = [];
  let rejections: ImportRejection[] = [];
  let bytesRead = 0;

  const reject = (line: number, column: string | null, reason: string) => {
    rejections.push({ line, column, reason });
    if (report.errors.length < maxErrors) report.errors.push({ file, line, column, reason });
    else report.errorsOmitted++;
  };

  const reader = new CsvReader(
    {
      record(fields, line) {
        if (header === undefined) {
          header = fields;
          parse = format.prepare(fields);
          return;
        }
        report.rowsRead++;
        if (fields.length !== header.length) {
          report.rejected++;
          reject(line, null, `expected ${header.length} fields (as in the header), got ${fields.length}`);
          return;
        }
        const result = (parse as RowParser<R>)(fields, line);
        if (result.problems !== undefined) {
          report.rejected++;
          for (const problem of result.problems) reject(line, problem.column, problem.reason);
          return;
        }
        const record = result.record;
        records.push(record);
        const category = format.categoryOf(record);
        report.byCategory[category] = (report.byCategory[category] ?? 0) + 1;
        if (record.geoMatch === 'code') report.matchedByCode++;
        else if (record.geoMatch === 'geometry') report.matchedByGeometry++;
        else report.unmatched++;
      },
      error(reason, line, fieldIndex) {
        if (header === undefined) throw new HeaderError(`line ${line} should be the header but is not valid CSV (${reason})`, line);
        report.rowsRead++;
        report.rejected++;
        reject(line, fieldIndex === null ? null : (header[fieldIndex] ?? null), reason);
      },
    },
    { maxLinesPerRecord: format.maxLinesPerRecord ?? 1 },
  );

  // One write may be in flight while the next batch is parsed: on PostgreSQL the server stores a
  // batch while this process reads the next. Writes stay in order (each waits for the previous).
  let inFlight: Promise<void> = Promise.resolve();
  const flush = () => {
    if (records.length === 0 && rejections.length === 0) return inFlight;
    const batch = records;
    const batchRejections = rejections;
    records = [];
    rejections = [];
    const rowsRead = report.rowsRead;
    const previous = inFlight;
    inFlight = (async () => {
      await previous;
      if (batch.length > 0) await format.write(session, batch);
      if (batchRejections.length > 0) await session.recordRejections(batchRejections);
      report.imported += batch.length;
      onProgress?.({ type: 'rows', file, bytesRead, bytesTotal, rowsRead, imported: report.imported, rejected: report.rejected });
    })();
    // Its failure is awaited (and thrown) at the next flush or at the end; until then, mark it handled.
    inFlight.catch(() => undefined);
    return inFlight;
  };

  const hash = createHash('sha256');
  try {
    for await (const chunk of readFileChunks(file)) {
      hash.update(chunk.bytes);
      bytesRead += chunk.bytes.length;
      reader.push(chunk.text);
      if (records.length + rejections.length >= batchSize) {
        // Wait for the previous write before queueing this one, so at most two batches are held.
        await inFlight;
        void flush();
      }
    }
    reader.end();
    if (header === undefined) throw new HeaderError('the file is empty: expected a header line');
    await flush();
  } catch (error) {
    // Let a write in progress finish before the transaction is rolled back under it.
    await inFlight.catch(() => undefined);
    throw error;
  }
  await inFlight;
  if (hash.digest('hex') !== input.expectedHash) {
    throw new FileChangedError('the file changed while it was being imported: nothing was stored; import it again');
  }
  return { rowsRead: report.rowsRead };
}

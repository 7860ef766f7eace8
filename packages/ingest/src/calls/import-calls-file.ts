/** `peel import calls`: one calls-for-service CSV through the generic streaming pipeline, with a column mapping. */
import type { DemandRepository } from '@peel/domain';
import type { GeographyResolver } from '../geography/geography-resolver';
import { importCsvFile } from '../pipeline/import-csv-file';
import type { FileImportReport, ImportProgress } from '../pipeline/import-report';
import type { CallImportCounts } from './call-import-tally';
import { createCallsRowFormat } from './calls-row-format';
import type { LoadedCallMapping } from './load-call-mapping';

/** Options of {@link importCallsFile}. */
export interface ImportCallsFileOptions {
  file: string;
  mapping: LoadedCallMapping;
  demand: Pick<DemandRepository, 'runImport'>;
  /** Places calls with coordinates or LSOA codes; beat codes are placed through the mapping's locations lookup. */
  resolver?: GeographyResolver;
  batchSize?: number;
  maxErrors?: number;
  onProgress?: (event: ImportProgress) => void;
}

/** The pipeline's report of the file, and the calls-specific counts (by grade and priority, lookup misses). */
export interface CallsFileImport {
  report: FileImportReport;
  /** Counts of the rows stored by this run (all zero when the file was already imported or failed). */
  counts: CallImportCounts;
}

/**
 * Imports a calls-for-service CSV, all or nothing, idempotent by content hash (import kind
 * 'calls-for-service'). Every row is either stored or rejected with its line, column and reason,
 * so `rowsRead = imported + rejected`. The summary's `byCategory` counts call types as written.
 */
export async function importCallsFile(options: ImportCallsFileOptions): Promise<CallsFileImport> {
  const format = createCallsRowFormat(options.mapping, options.resolver);
  const report = await importCsvFile({
    file: options.file,
    format,
    demand: options.demand,
    batchSize: options.batchSize,
    maxErrors: options.maxErrors,
    onProgress: options.onProgress,
  });
  const counts = format.counts();
  if (report.status !== 'imported') return { report, counts: { ...counts, byCategory: {}, byGrade: {}, byPriority: {}, matchedByCode: 0, matchedByGeometry: 0, unmatched: 0, notes: [] } };
  return { report, counts };
}

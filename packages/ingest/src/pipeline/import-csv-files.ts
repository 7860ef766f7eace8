/** Several files, one after another, each in its own all-or-nothing import. */
import { importCsvFile, type ImportCsvFileOptions } from './import-csv-file';
import type { FileImportReport } from './import-report';
import type { ImportedRecord } from './row-format';
import { summariseImports, type ImportRunSummary } from './summarise-imports';

/** Options of {@link importCsvFiles}: those of {@link importCsvFile}, for a list of files. */
export interface ImportCsvFilesOptions<R extends ImportedRecord> extends Omit<ImportCsvFileOptions<R>, 'file'> {
  files: readonly string[];
  /** Errors listed in the summary (default 50, DEFAULT_SUMMARY_ERRORS). */
  maxSummaryErrors?: number;
}

/** The summary of a run and the report of each file, in the order given. */
export interface ImportCsvFilesResult {
  summary: ImportRunSummary;
  reports: FileImportReport[];
}

/**
 * Imports `files` in order. Files are independent: one that fails (unreadable, wrong header) is
 * reported and the others are still imported; a file killed part-way leaves nothing, and running
 * the same command again skips the files already done.
 */
export async function importCsvFiles<R extends ImportedRecord>(options: ImportCsvFilesOptions<R>): Promise<ImportCsvFilesResult> {
  const { files, maxSummaryErrors, ...rest } = options;
  const reports: FileImportReport[] = [];
  for (const file of files) reports.push(await importCsvFile({ ...rest, file }));
  return { summary: summariseImports(reports, maxSummaryErrors), reports };
}

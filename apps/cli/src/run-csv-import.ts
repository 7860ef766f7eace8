/**
 * What every `peel import <kind>` command of the CSV pipeline does around its importer: open the
 * configured database, report progress on stderr, print the summary, and exit 1 when a file could
 * not be imported.
 */
import type { Config } from '@peel/config';
import { createDemandRepository, type DatabaseHandle } from '@peel/db';
import type { DemandRepository } from '@peel/domain';
import type { ImportCsvFilesResult, ImportProgress } from '@peel/ingest';
import { createImportProgressReporter } from './import-progress';
import { printImportSummary } from './print-import-summary';
import { withDatabase } from './with-database';

/** What an importer gets to work with. */
export interface CsvImportContext {
  handle: DatabaseHandle;
  demand: DemandRepository;
  onProgress(event: ImportProgress): void;
}

/** What an importer hands back: the pipeline's result, and notes for the reader (e.g. about LSOA code vintages). */
export interface CsvImportOutcome {
  result: ImportCsvFilesResult;
  notes: string[];
}

/** Options of {@link runCsvImport}. */
export interface RunCsvImportOptions {
  config: Config;
  /** Print the summary as JSON. */
  json: boolean;
  /** Runs the importer. */
  run(context: CsvImportContext): Promise<CsvImportOutcome>;
}

/**
 * Runs an import command's importer and prints its summary. Rows rejected are reported, not
 * failures; a file not imported at all (unreadable, empty, wrong header) sets exit code 1.
 */
export async function runCsvImport(options: RunCsvImportOptions): Promise<void> {
  const progress = createImportProgressReporter(process.stderr);
  let outcome: CsvImportOutcome;
  try {
    outcome = await withDatabase(options.config, (handle) =>
      options.run({ handle, demand: createDemandRepository(handle.db), onProgress: (event) => progress.onProgress(event) }),
    );
  } finally {
    progress.stop();
  }
  const { result, notes } = outcome;
  printImportSummary({ ...result.summary, notes }, options.json);
  const failed = result.reports.filter((report) => report.status === 'failed');
  if (failed.length > 0) {
    process.stderr.write(`peel: ${failed.length} of ${result.reports.length} file(s) not imported: ${failed.map((report) => report.file).join(', ')}\n`);
    process.exitCode = 1;
  }
}

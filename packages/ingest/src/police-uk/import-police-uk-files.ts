/** Imports data.police.uk street-level crime files: the pipeline with the police-uk format. */
import type { DemandRepository } from '@peel/domain';
import type { GeographyResolver } from '../geography/geography-resolver';
import { importCsvFiles, type ImportCsvFilesResult } from '../pipeline/import-csv-files';
import type { ImportProgress } from '../pipeline/import-report';
import { createPoliceUkFormat } from './police-uk-format';

/** Options of {@link importPoliceUkFiles}. */
export interface ImportPoliceUkFilesOptions {
  /** Paths of `<yyyy-mm>-<force>-street.csv` files. */
  files: readonly string[];
  /** Where imports are stored (`createDemandRepository(handle.db)` from @peel/db). */
  demand: Pick<DemandRepository, 'runImport'>;
  /** Places records in LSOAs, wards and model areas; NO_GEOGRAPHY when there are no boundaries. */
  geography?: GeographyResolver;
  onProgress?: (event: ImportProgress) => void;
  /** Records per write (default 20,000). */
  batchSize?: number;
  /** Errors listed in the summary (default 50); the rest are counted. */
  maxSummaryErrors?: number;
}

/**
 * Imports each file in its own transaction (idempotent by content hash, all or nothing) and
 * returns the run's summary — the JSON `peel import police-uk --json` prints — with each file's report.
 */
export function importPoliceUkFiles(options: ImportPoliceUkFilesOptions): Promise<ImportCsvFilesResult> {
  const { geography, ...rest } = options;
  return importCsvFiles({ ...rest, format: createPoliceUkFormat(geography) });
}

/** `peel import boundaries`: each GeoJSON file read, checked and stored all or nothing. */
import type { BoundaryConflict, BoundaryLevel, BoundaryRepository } from '@peel/domain';
import type { BoundaryProperties } from './boundary-feature';
import { prepareBoundaryFile } from './prepare-boundary-file';

/** What happened to one file. */
export interface BoundaryFileResult {
  file: string;
  status: 'imported' | 'already-imported';
  level: BoundaryLevel;
  district: string | null;
  vintage: string | null;
  /** Features in the file. */
  features: number;
  /** Boundaries stored from this file (0 when it was imported before). */
  imported: number;
  /** Features whose code was already stored from another file: kept, not overwritten. */
  skipped: BoundaryConflict[];
}

/** The result of {@link importBoundaryFiles}. */
export interface BoundaryImportReport {
  files: BoundaryFileResult[];
  imported: number;
  skipped: number;
  alreadyImported: number;
}

/** Options of {@link importBoundaryFiles}. */
export interface ImportBoundaryFilesOptions {
  files: readonly string[];
  level: BoundaryLevel;
  repository: BoundaryRepository;
  properties?: BoundaryProperties;
  vintage?: string;
  /** Called after each file (for progress lines). */
  onFile?: (result: BoundaryFileResult) => void;
}

/**
 * Imports boundary files one by one; each is its own transaction, identified by its content hash,
 * so a re-run imports only what is missing. A feature whose code is already stored from another
 * file is kept as stored and listed in `skipped` (first import wins: a second vintage of the same
 * code would otherwise silently move every record placed in it).
 * @throws {BoundaryFileError} on the first invalid file; files before it stay imported
 */
export async function importBoundaryFiles(options: ImportBoundaryFilesOptions): Promise<BoundaryImportReport> {
  const report: BoundaryImportReport = { files: [], imported: 0, skipped: 0, alreadyImported: 0 };
  for (const file of options.files) {
    const request = await prepareBoundaryFile(file, { level: options.level, properties: options.properties, vintage: options.vintage });
    const outcome = await options.repository.importBoundaries(request);
    const result: BoundaryFileResult = {
      file,
      status: outcome.status,
      level: request.level,
      district: request.district,
      vintage: request.vintage,
      features: request.boundaries.length,
      imported: outcome.status === 'imported' ? outcome.summary.rowsImported : 0,
      skipped: outcome.status === 'imported' ? outcome.skipped : [],
    };
    report.files.push(result);
    report.imported += result.imported;
    report.skipped += result.skipped.length;
    if (outcome.status === 'already-imported') report.alreadyImported++;
    options.onFile?.(result);
  }
  return report;
}

/** The summary `peel import …` prints: one object for all the files of a run. */
import type { FileImportReport, ImportErrorEntry } from './import-report';

/**
 * The JSON summary of an import run (the interface of issue 3):
 * `{ files, rowsRead, imported, rejected, duplicatesSkipped, byCategory, matchedByCode,
 *    matchedByGeometry, unmatched, errors: [{ file, line, column, reason }], errorsOmitted }`.
 * Counts are of this run, so rowsRead = imported + rejected; an already-imported file is not read
 * and adds its stored row count to duplicatesSkipped instead.
 */
export interface ImportRunSummary {
  files: number;
  rowsRead: number;
  imported: number;
  rejected: number;
  duplicatesSkipped: number;
  byCategory: Record<string, number>;
  matchedByCode: number;
  matchedByGeometry: number;
  unmatched: number;
  /** Rejected rows and failed files, at most the cap, in file then line order. */
  errors: ImportErrorEntry[];
  /** How many more errors there were than `errors` lists. */
  errorsOmitted: number;
}

/** Errors listed in a run's summary before the rest are only counted. */
export const DEFAULT_SUMMARY_ERRORS = 50;

/** Adds up the reports of a run's files; lists at most `maxErrors` errors and counts the rest. */
export function summariseImports(reports: readonly FileImportReport[], maxErrors = DEFAULT_SUMMARY_ERRORS): ImportRunSummary {
  if (!Number.isInteger(maxErrors) || maxErrors < 0) throw new RangeError(`maxErrors must be a non-negative integer, got ${maxErrors}`);
  const summary: ImportRunSummary = {
    files: reports.length,
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
  };
  for (const report of reports) {
    summary.rowsRead += report.rowsRead;
    summary.imported += report.imported;
    summary.rejected += report.rejected;
    summary.duplicatesSkipped += report.duplicatesSkipped;
    summary.matchedByCode += report.matchedByCode;
    summary.matchedByGeometry += report.matchedByGeometry;
    summary.unmatched += report.unmatched;
    for (const [category, count] of Object.entries(report.byCategory)) summary.byCategory[category] = (summary.byCategory[category] ?? 0) + count;
    const room = Math.max(0, maxErrors - summary.errors.length);
    summary.errors.push(...report.errors.slice(0, room));
    summary.errorsOmitted += Math.max(0, report.errors.length - room) + report.errorsOmitted;
  }
  summary.byCategory = Object.fromEntries(Object.entries(summary.byCategory).sort(([a], [b]) => a.localeCompare(b)));
  return summary;
}

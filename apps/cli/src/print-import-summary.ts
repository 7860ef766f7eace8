/** The end of `peel import …`: the run's summary as JSON (`--json`) or as readable text. */
import type { ImportRunSummary } from '@peel/ingest';

const count = new Intl.NumberFormat('en-GB');

/** A run's summary with notes for the reader (how records were placed, LSOA code vintages). */
export type PrintedImportSummary = ImportRunSummary & { notes: string[] };

/** The summary as people read it: totals, categories, geography, notes, then the listed errors. */
export function formatImportSummary(summary: PrintedImportSummary): string {
  const lines = [
    `${summary.files} file(s): ${count.format(summary.rowsRead)} rows read, ${count.format(summary.imported)} imported, ${count.format(summary.rejected)} rejected; ${count.format(summary.duplicatesSkipped)} rows skipped as already imported`,
  ];
  const categories = Object.entries(summary.byCategory);
  if (categories.length > 0) lines.push(`by category: ${categories.map(([category, n]) => `${category} ${count.format(n)}`).join(', ')}`);
  if (summary.imported > 0) {
    lines.push(`placed: ${count.format(summary.matchedByCode)} by LSOA code, ${count.format(summary.matchedByGeometry)} by point-in-polygon, ${count.format(summary.unmatched)} not placed`);
  }
  for (const note of summary.notes) lines.push(`note: ${note}`);
  if (summary.errors.length > 0) {
    const more = summary.errorsOmitted > 0 ? ` (first ${summary.errors.length} of ${summary.errors.length + summary.errorsOmitted})` : '';
    lines.push(`errors${more}:`);
    for (const error of summary.errors) {
      const where = error.line === null ? error.file : `${error.file}:${error.line}`;
      lines.push(`  ${where}${error.column === null ? '' : ` ${error.column}`}: ${error.reason}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Writes the summary to stdout: JSON with `json`, text otherwise. */
export function printImportSummary(summary: PrintedImportSummary, json: boolean): void {
  process.stdout.write(json ? `${JSON.stringify(summary, null, 2)}\n` : formatImportSummary(summary));
}

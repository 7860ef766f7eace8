/** Prints what validating a model file found: errors and warnings on stderr, one line on stdout. */
import { describeBoundaryStatus, describeMissingBoundaries, type ModelFileReport } from './model-file';

/** Prints `file:line:column path: message` per issue, then `ok …` or `invalid …`. */
export function printReport(report: ModelFileReport): void {
  for (const issue of report.errors) process.stderr.write(`${report.file}:${issue.line}:${issue.column} ${issue.path}: ${issue.message}\n`);
  for (const issue of report.warnings) process.stderr.write(`${report.file}:${issue.line}:${issue.column} warning ${issue.path}: ${issue.message}\n`);
  const boundaries = report.boundaries ? `; ${describeBoundaryStatus(report.boundaries)}` : '';
  if (report.valid && report.summaryLine) process.stdout.write(`ok ${report.file} — ${report.summaryLine}${boundaries}\n`);
  else process.stdout.write(`invalid ${report.file} — ${report.errors.length} error(s)\n`);
  const missing = report.boundaries && describeMissingBoundaries(report.boundaries);
  if (missing) process.stderr.write(`${report.file}: note: ${missing}\n`);
}

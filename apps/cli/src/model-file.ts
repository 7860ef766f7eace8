/**
 * Reads a model file from disk and validates it: its structure and cross-references (@peel/model),
 * then its references into the boundary files under the shared data directory (@peel/ingest) when
 * those files are present. The CLI's one place for model files.
 */
import { readFile } from 'node:fs/promises';
import { checkBoundaryReferences, type BoundaryReferenceReport } from '@peel/ingest';
import { formatSummaryLine, loadModel, locateIssues, summariseModel, type LocatedIssue, type ModelIssue, type ModelSummary, type PolicingModel } from '@peel/model';

/** What checking the model against the boundary files found. */
export interface BoundaryStatus {
  dataDir: string;
  /** False when the data directory is missing: only the structure was validated. */
  dataAvailable: boolean;
  missingFiles: string[];
  districts: number;
  wardsInFiles: number;
  wardsInModel: number;
}

/** What validating one model file found. */
export interface ModelFileReport {
  file: string;
  valid: boolean;
  model?: PolicingModel;
  text?: string;
  errors: LocatedIssue[];
  warnings: LocatedIssue[];
  summary?: ModelSummary;
  summaryLine?: string;
  boundaries?: BoundaryStatus;
}

/** Reads and validates `file`; an unreadable file is reported as an error at line 1. */
export async function readModelFile(file: string, sharedDataDir: string): Promise<ModelFileReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    return { file, valid: false, errors: [{ path: '(file)', line: 1, column: 1, message: reason, severity: 'error' }], warnings: [] };
  }
  const result = loadModel(text);
  if (!result.valid) return { file, valid: false, errors: result.errors, warnings: result.warnings };
  const report = await checkBoundaryReferences(result.model.geography, sharedDataDir);
  const located = locateIssues(text, boundaryIssues(result.model, report));
  const errors = located.filter((issue) => issue.severity === 'error');
  const summary = summariseModel(result.model);
  return {
    file,
    valid: errors.length === 0,
    model: result.model,
    text,
    errors,
    warnings: [...result.warnings, ...located.filter((issue) => issue.severity === 'warning')],
    summary,
    summaryLine: formatSummaryLine(summary),
    boundaries: {
      dataDir: sharedDataDir,
      dataAvailable: report.dataAvailable,
      missingFiles: report.missingFiles,
      districts: report.coverage.length,
      wardsInFiles: report.coverage.reduce((sum, row) => sum + row.wardsInFiles, 0),
      wardsInModel: report.coverage.reduce((sum, row) => sum + row.wardsInModel, 0),
    },
  };
}

/** Boundary problems become errors at the ward (or area); wards no area holds become warnings. */
function boundaryIssues(model: PolicingModel, report: BoundaryReferenceReport): ModelIssue[] {
  const issues: ModelIssue[] = report.problems.map((problem) => {
    const areaIndex = model.geography.areas.findIndex((area) => area.id === problem.areaId);
    const wardIndex = problem.wardCode === undefined ? -1 : (model.geography.areas[areaIndex]?.wards.findIndex((ward) => ward.code === problem.wardCode) ?? -1);
    const path = wardIndex >= 0 ? ['geography', 'areas', areaIndex, 'wards', wardIndex, 'code'] : ['geography', 'areas', Math.max(areaIndex, 0), 'districts'];
    return { path, message: problem.message, severity: 'error' };
  });
  for (const row of report.coverage) {
    if (row.unassigned.length === 0) continue;
    const shown = row.unassigned.slice(0, 5).join(', ') + (row.unassigned.length > 5 ? ` and ${row.unassigned.length - 5} more` : '');
    const areaIndex = Math.max(0, model.geography.areas.findIndex((area) => area.districts.includes(row.district)));
    issues.push({ path: ['geography', 'areas', areaIndex, 'districts'], message: `district ${row.district}: ${row.unassigned.length} of its ${row.wardsInFiles} wards are in no area (${shown})`, severity: 'warning' });
  }
  return issues;
}

/** A short clause for the summary line: what the boundary check covered. */
export function describeBoundaryStatus(status: BoundaryStatus): string {
  if (!status.dataAvailable) return 'boundaries not checked (no shared data directory)';
  if (status.missingFiles.length > 0) return `boundaries not fully checked (${status.missingFiles.length} file(s) missing)`;
  return `boundaries checked: ${status.wardsInModel}/${status.wardsInFiles} wards of ${status.districts} districts assigned`;
}

/** A note naming exactly what was missing, or undefined when nothing was. */
export function describeMissingBoundaries(status: BoundaryStatus): string | undefined {
  if (!status.dataAvailable) return `shared data directory ${status.dataDir} not found (set PEEL_SHARED_DATA): validated the structure only`;
  if (status.missingFiles.length === 0) return undefined;
  return `boundary file(s) not found, wards of those districts not checked: ${status.missingFiles.join(', ')}`;
}

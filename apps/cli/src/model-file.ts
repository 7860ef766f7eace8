/** Reads a model file from disk and validates it: the CLI's one place for model files. */
import { readFile } from 'node:fs/promises';
import { formatSummaryLine, loadModel, summariseModel, type LocatedIssue, type ModelSummary, type PolicingModel } from '@peel/model';

/** What validating one model file found. */
export interface ModelFileReport {
  file: string;
  valid: boolean;
  model?: PolicingModel;
  errors: LocatedIssue[];
  warnings: LocatedIssue[];
  summary?: ModelSummary;
  summaryLine?: string;
}

/** Reads and validates `file`; an unreadable file is reported as an error at line 1. */
export async function readModelFile(file: string): Promise<ModelFileReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    return { file, valid: false, errors: [{ path: '(file)', line: 1, column: 1, message: reason, severity: 'error' }], warnings: [] };
  }
  const result = loadModel(text);
  if (!result.valid) return { file, valid: false, errors: result.errors, warnings: result.warnings };
  const summary = summariseModel(result.model);
  return { file, valid: true, model: result.model, errors: [], warnings: result.warnings, summary, summaryLine: formatSummaryLine(summary) };
}

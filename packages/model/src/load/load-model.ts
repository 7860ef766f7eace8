/**
 * Loads a policing model from YAML text: parse (syntax errors with line and column), validate the
 * structure with the zod schema, then run the cross-reference checks. Every issue is returned with
 * the YAML path, line and column. Pure: the caller reads the file.
 */
import { LineCounter, parseDocument } from 'yaml';
import { checkModel } from '../check/index';
import type { ModelIssue } from '../check/issue';
import { policingModel, type PolicingModel } from '../schema/model';
import { locatePath } from './locate';
import { formatPath } from './path';
import { fromZodIssue } from './zod-issues';

/** An issue placed in the source text. `line` and `column` are 1-based. */
export interface LocatedIssue {
  path: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

/** The outcome of loading a model. */
export type LoadResult =
  | { valid: true; model: PolicingModel; errors: []; warnings: LocatedIssue[] }
  | { valid: false; model?: undefined; errors: LocatedIssue[]; warnings: LocatedIssue[] };

/**
 * Places issues found outside the loader (e.g. boundary-file checks by an adapter) in `text`.
 * `text` must be the text the model was loaded from.
 */
export function locateIssues(text: string, issues: readonly ModelIssue[]): LocatedIssue[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return issues.map((issue) => {
    const { line, column } = locatePath(document, lineCounter, issue.path, issue.atKey);
    return { path: formatPath(issue.path), line, column, message: issue.message, severity: issue.severity };
  });
}

/** Loads and validates a model from YAML `text`. */
export function loadModel(text: string): LoadResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const errors = document.errors.map((yamlError): LocatedIssue => {
      const position = lineCounter.linePos(yamlError.pos[0]);
      return { path: '(document)', line: position.line, column: position.col, message: `YAML syntax: ${firstLine(yamlError.message)}`, severity: 'error' };
    });
    return { valid: false, errors, warnings: [] };
  }
  const place = (issue: ModelIssue): LocatedIssue => {
    const { line, column } = locatePath(document, lineCounter, issue.path, issue.atKey);
    return { path: formatPath(issue.path), line, column, message: issue.message, severity: issue.severity };
  };
  const parsed = policingModel.safeParse(document.toJS({ maxAliasCount: 100 }), { reportInput: true });
  if (!parsed.success) {
    const errors = parsed.error.issues.flatMap(fromZodIssue).map(place);
    return { valid: false, errors: sortIssues(errors), warnings: [] };
  }
  const issues = checkModel(parsed.data).map(place);
  const errors = sortIssues(issues.filter((issue) => issue.severity === 'error'));
  const warnings = sortIssues(issues.filter((issue) => issue.severity === 'warning'));
  if (errors.length > 0) return { valid: false, errors, warnings };
  return { valid: true, model: parsed.data, errors: [], warnings };
}

function sortIssues(issues: LocatedIssue[]): LocatedIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

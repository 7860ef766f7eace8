import type { DocumentPath } from '../load/path';

/** A problem found in a model, before it is given a line and column. */
export interface ModelIssue {
  path: DocumentPath;
  message: string;
  severity: 'error' | 'warning';
  /** Point at the key of the last path segment rather than its value (unknown fields). */
  atKey?: boolean;
}

/** Shorthand for an error at `path`. */
export function error(path: DocumentPath, message: string): ModelIssue {
  return { path, message, severity: 'error' };
}

/** Shorthand for a warning at `path`. */
export function warning(path: DocumentPath, message: string): ModelIssue {
  return { path, message, severity: 'warning' };
}

/** Bookkeeping types for file imports: what was imported, and what was turned away. */

/** The kinds of file Peel imports. */
export type ImportKind = 'police-uk-crime' | 'calls-for-service' | 'boundaries';

/** An import is 'running' until its rows are committed, then 'complete'. */
export type ImportStatus = 'running' | 'complete';

/** The file an import is about to read. A file is identified by kind and content hash. */
export interface NewImport {
  kind: ImportKind;
  /** The file's name, for people; not used to identify it. */
  fileName: string;
  /** SHA-256 of the file's bytes, lower-case hex. */
  contentHash: string;
}

/** One stored import with its row counts. */
export interface ImportSummary extends NewImport {
  id: number;
  status: ImportStatus;
  /** Data lines read from the file (the header is not counted). */
  rowsRead: number;
  /** Rows stored as records. */
  rowsImported: number;
  /** Distinct lines rejected (a line with two bad fields counts once). */
  rowsRejected: number;
  startedAt: Date;
  /** Null while running. */
  finishedAt: Date | null;
}

/** A reason a line of a file was not imported. */
export interface ImportRejection {
  /** 1-based line number in the source file. */
  line: number;
  /** The column at fault, or null when the whole line is bad (e.g. wrong number of fields). */
  column: string | null;
  /** A message naming what was wrong, e.g. "Month: expected YYYY-MM, got '2024-13'". */
  reason: string;
}

/**
 * An import's accounts, counted from the stored rows rather than trusted from its summary.
 * `isBalanced` holds when every line read was either stored or rejected, and the summary agrees.
 */
export interface ImportReconciliation {
  importId: number;
  rowsRead: number;
  /** Records actually stored for the import. */
  rowsImported: number;
  /** Distinct rejected lines actually stored for the import. */
  rowsRejected: number;
  isBalanced: boolean;
}

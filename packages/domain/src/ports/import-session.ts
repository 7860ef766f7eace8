import type { CallForServiceRecord } from './call-for-service-record';
import type { CrimeRecord } from './crime-record';
import type { ImportRejection, ImportSummary } from './import-summary';

/**
 * Writes one import's rows. Everything written through a session belongs to one transaction:
 * it is committed when the import's work returns and rolled back if the work throws (or the
 * process dies), so an import leaves either all its rows or none.
 */
export interface ImportSession {
  /** The import being written (status 'running'). */
  readonly importId: number;
  /** Stores a batch of crime records (only for 'police-uk-crime' imports). */
  insertCrimeRecords(records: readonly CrimeRecord[]): Promise<void>;
  /** Stores a batch of calls for service (only for 'calls-for-service' imports). */
  insertCallsForService(records: readonly CallForServiceRecord[]): Promise<void>;
  /** Stores reasons lines were rejected. */
  recordRejections(rejections: readonly ImportRejection[]): Promise<void>;
}

/** What an import's work reports when it has read the whole file. */
export interface ImportWorkResult {
  /** Data lines read (header excluded); must equal rows imported plus lines rejected. */
  rowsRead: number;
}

/** The result of running an import. */
export type ImportOutcome =
  | { status: 'imported'; summary: ImportSummary }
  /** The same file (kind and content hash) was already imported; nothing was written. */
  | { status: 'already-imported'; summary: ImportSummary };

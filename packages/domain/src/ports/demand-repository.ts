import type { CrimeCount, DemandFilter, HourOfWeekOptions } from './demand-counts';
import type { ImportOutcome, ImportSession, ImportWorkResult } from './import-session';
import type { ImportKind, ImportReconciliation, ImportRejection, ImportSummary, NewImport } from './import-summary';

/**
 * Stores imported demand (street-level crime, calls for service) and answers aggregate questions
 * about it. Imports are idempotent: a file is identified by its kind and content hash, and a file
 * already imported is never imported again.
 */
export interface DemandRepository {
  /** The import of this file, if one is stored (complete, or left running by a dead process). */
  findImport(kind: ImportKind, contentHash: string): Promise<ImportSummary | undefined>;

  /**
   * Runs one import in one transaction. When the file was already imported completely, `work` is
   * not called and the outcome is 'already-imported'. Otherwise `work` writes rows through the
   * session and returns how many lines it read; the import is marked complete and committed only
   * if rows read = rows imported + lines rejected, and rolled back if `work` throws.
   * A running import holds the database (PGlite has one connection): `work` must write only
   * through its session.
   */
  runImport(file: NewImport, work: (session: ImportSession) => Promise<ImportWorkResult>): Promise<ImportOutcome>;

  /** Every stored import, oldest first. */
  listImports(): Promise<ImportSummary[]>;

  /** The rejections of an import, in line order. */
  listRejections(importId: number): Promise<ImportRejection[]>;

  /** Recounts an import's stored rows; undefined when there is no such import. */
  getReconciliation(importId: number): Promise<ImportReconciliation | undefined>;

  /** Crimes counted by category, area and month, ordered by month, area, category. */
  countCrimes(filter?: DemandFilter): Promise<CrimeCount[]>;

  /**
   * Calls counted by hour of the week in the given time zone: an array of 168 numbers indexed
   * by hour-of-week (0 = Monday 00:00–00:59).
   */
  countCallsByHourOfWeek(options: HourOfWeekOptions): Promise<number[]>;
}

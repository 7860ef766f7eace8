/** What importing one file found, and the progress events an import emits on the way. */

/** A rejected row (or a file that could not be imported), as the summary lists it. */
export interface ImportErrorEntry {
  file: string;
  /** The physical line (the header is line 1); null when the file could not be read at all. */
  line: number | null;
  /** The header name of the column at fault, or null for the whole row or file. */
  column: string | null;
  reason: string;
}

/**
 * The outcome of one file. `imported`: its rows are stored now. `already-imported`: a file with
 * the same kind and content was imported before, so nothing was read or stored and its rows count
 * as `duplicatesSkipped`. `failed`: the file could not be imported at all (unreadable, empty, or
 * the wrong header); nothing was stored and `errors` says why.
 */
export type FileImportStatus = 'imported' | 'already-imported' | 'failed';

/** The result of importing one file. Counts are of this run: rowsRead = imported + rejected. */
export interface FileImportReport {
  file: string;
  status: FileImportStatus;
  /** The stored import's id (null when failed). */
  importId: number | null;
  /** SHA-256 of the file's bytes (null when it could not be read). */
  contentHash: string | null;
  bytes: number;
  /** Data rows read (the header excluded; a row is a record, which is one line unless a format allows quoted line breaks). */
  rowsRead: number;
  imported: number;
  /** Rows rejected (a row with two bad fields counts once). */
  rejected: number;
  /** Rows of an already-imported file, as stored when it was first imported. */
  duplicatesSkipped: number;
  /** Imported records counted by the format's category (e.g. data.police.uk category slug). */
  byCategory: Record<string, number>;
  /** Imported records placed in the geography by their LSOA code. */
  matchedByCode: number;
  /** Imported records placed by point-in-polygon. */
  matchedByGeometry: number;
  /** Imported records placed nowhere. */
  unmatched: number;
  /** The first rejections (each problem of each row), in line order, and the file-level error if it failed. */
  errors: ImportErrorEntry[];
  /** Rejections left out of `errors` because of the cap (all of them are stored with the import). */
  errorsOmitted: number;
  /** Wall-clock seconds spent on the file. */
  seconds: number;
}

/** Progress of an import, for bars and log lines. */
export type ImportProgress =
  | { type: 'file-start'; file: string; bytesTotal: number }
  /** Emitted after each batch is written. `bytesRead` is how far the reader has got (for an ETA). */
  | { type: 'rows'; file: string; bytesRead: number; bytesTotal: number; rowsRead: number; imported: number; rejected: number }
  | { type: 'file-end'; file: string; report: FileImportReport };

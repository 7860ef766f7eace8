/**
 * What an importer tells the generic pipeline about its file format: how to check the header,
 * how to turn a row into a record, how to store a batch, and how to count records in a summary.
 * The data.police.uk importer (../police-uk) and the calls-for-service importer implement it.
 */
import type { GeoMatch, ImportKind, ImportSession } from '@peel/domain';

/** Any record the pipeline can store: it carries the geography match the summary counts. */
export interface ImportedRecord {
  /** How the record was placed in the geography; null/absent counts as unmatched. */
  geoMatch?: GeoMatch | null;
}

/** One thing wrong with a row. */
export interface RowProblem {
  /** The header name of the column at fault, or null when the row as a whole is bad. */
  column: string | null;
  /** What is wrong, naming the value, e.g. "expected YYYY-MM, got '2024-13'". */
  reason: string;
}

/** A row parsed: a record, or the problems that keep it out (at least one). */
export type RowResult<R> = { record: R; problems?: undefined } | { record?: undefined; problems: RowProblem[] };

/**
 * Turns one data row into a record. `fields` has exactly as many fields as the header (the
 * pipeline rejects other rows first); `line` is the physical line the row starts on.
 */
export type RowParser<R> = (fields: readonly string[], line: number) => RowResult<R>;

/** A file format the pipeline can import. */
export interface RowFormat<R extends ImportedRecord> {
  /** The import kind: with the content hash, what identifies an imported file. */
  readonly kind: ImportKind;
  /** Physical lines one record may span (see CsvReaderOptions); 1 when fields never hold line breaks. */
  readonly maxLinesPerRecord?: number;
  /** Checks the header row and returns the parser for data rows; throws {@link HeaderError} when the header does not fit. */
  prepare(header: readonly string[]): RowParser<R>;
  /** Stores a batch of records through the import's session. */
  write(session: ImportSession, records: readonly R[]): Promise<void>;
  /** The key a record is counted under in the summary's `byCategory`. */
  categoryOf(record: R): string;
}

/** The file cannot be imported at all: empty, or its header is not the expected one. Nothing is stored. */
export class HeaderError extends Error {
  /**
   * @param message what is wrong with the header, naming the columns
   * @param line the line at fault (1, the header, unless blank lines precede it)
   */
  constructor(
    message: string,
    readonly line = 1,
  ) {
    super(message);
    this.name = 'HeaderError';
  }
}

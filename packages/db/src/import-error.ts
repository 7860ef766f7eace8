/** Why an import was refused and rolled back. */

/** The closed set of reasons an {@link ImportError} is thrown. */
export type ImportErrorCode =
  /** rows read ≠ rows imported + lines rejected: a line would silently disappear. */
  | 'unbalanced'
  /** Records of one kind written to an import of another (e.g. calls into a crime import). */
  | 'wrong-kind'
  /** The session was used after its import had finished. */
  | 'session-closed';

/** Thrown from `runImport`; the import's transaction has been rolled back. */
export class ImportError extends Error {
  /**
   * @param code which rule was broken
   * @param message what happened, naming the file and the counts or kinds involved
   */
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

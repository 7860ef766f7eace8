/** Thrown when a calls-for-service mapping or one of its lookup tables is unusable. */
export class CallMappingError extends Error {
  /**
   * @param file the mapping (or lookup) file
   * @param problems one line per problem, each naming the field (`columns.receivedAt: …`) and, in
   *   a YAML/JSON mapping, its line
   */
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(problems.length === 1 ? `${file}: ${problems[0]}` : `${file}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'CallMappingError';
  }
}

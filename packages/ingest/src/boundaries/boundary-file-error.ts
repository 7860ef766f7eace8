/**
 * Thrown when a boundary file cannot be read or is not a valid FeatureCollection of polygons.
 * The message names the file, the feature (index and code when known) and the reason, so that a
 * force analyst can open the file at the right place.
 */
export class BoundaryFileError extends Error {
  /**
   * @param filePath the file (or other source name) that is wrong
   * @param reason what is wrong, phrased to follow "file: feature n:"
   * @param featureIndex zero-based index of the offending feature in `features`, when there is one
   * @param featureCode the feature's code, when it could be read
   */
  constructor(
    readonly filePath: string,
    readonly reason: string,
    readonly featureIndex?: number,
    readonly featureCode?: string,
  ) {
    super(`${filePath}: ${describeFeature(featureIndex, featureCode)}${reason}`);
    this.name = 'BoundaryFileError';
  }
}

function describeFeature(featureIndex: number | undefined, featureCode: string | undefined): string {
  if (featureIndex === undefined) return '';
  return featureCode === undefined ? `feature ${featureIndex}: ` : `feature ${featureIndex} (${featureCode}): `;
}

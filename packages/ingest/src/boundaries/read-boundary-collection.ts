import { readFile } from 'node:fs/promises';
import type { BoundaryFeature, BoundaryProperties } from './boundary-feature';
import { BoundaryFileError } from './boundary-file-error';
import { parseBoundaryCollection } from './parse-boundary-collection';

/**
 * Reads a GeoJSON FeatureCollection of Polygon/MultiPolygon boundaries (e.g. an ONS ward or LSOA
 * file) and returns its validated features with code, name, geometry, bounding box, centroid
 * `[lon, lat]` and area in km².
 * @param filePath the file to read
 * @param properties which feature properties hold the code and the name
 * @throws {BoundaryFileError} naming the file (and the feature index when one is at fault) when the
 *   file is missing or unreadable, is not JSON, or a feature lacks its code/name or has a bad geometry
 */
export async function readBoundaryCollection(filePath: string, properties: BoundaryProperties): Promise<BoundaryFeature[]> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BoundaryFileError(filePath, code === 'ENOENT' ? 'file not found' : `cannot read the file (${String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BoundaryFileError(filePath, `not valid JSON (${(error as Error).message})`);
  }
  return parseBoundaryCollection(json, filePath, properties);
}

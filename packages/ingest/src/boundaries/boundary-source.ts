import path from 'node:path';
import type { BoundaryProperties } from './boundary-feature';

/**
 * Where a set of boundaries lives in the shared data directory and which properties hold code and
 * name. `path` is relative to the data directory and may contain `{district}`, replaced by a local
 * authority district (LAD) code, for sources split into one file per district.
 */
export interface BoundarySource extends BoundaryProperties {
  path: string;
}

/** The placeholder a {@link BoundarySource.path} uses for the district code. */
export const DISTRICT_PLACEHOLDER = '{district}';

/** Whether the source is split into one file per district. */
export function isPerDistrict(source: Pick<BoundarySource, 'path'>): boolean {
  return source.path.includes(DISTRICT_PLACEHOLDER);
}

/**
 * The absolute path of a source's file for one district (the district is ignored when the path has
 * no `{district}` placeholder).
 * @throws {RangeError} when the district code could escape the directory (contains a path separator or `..`)
 */
export function resolveBoundaryPath(sharedDataDir: string, source: Pick<BoundarySource, 'path'>, district?: string): string {
  if (!isPerDistrict(source)) return path.resolve(sharedDataDir, source.path);
  if (district === undefined || !/^[A-Za-z0-9_-]+$/.test(district)) {
    throw new RangeError(`district code ${JSON.stringify(district)} is not a plain code (letters, digits, - and _ only)`);
  }
  return path.resolve(sharedDataDir, source.path.replaceAll(DISTRICT_PLACEHOLDER, district));
}

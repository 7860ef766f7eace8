/** Reads one GeoJSON boundary file into what the boundary repository stores. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BoundaryImportRequest, BoundaryLevel } from '@peel/domain';
import type { BoundaryProperties } from './boundary-feature';
import { BoundaryFileError } from './boundary-file-error';
import { parseBoundaryCollection } from './parse-boundary-collection';

/** Options of {@link prepareBoundaryFile}. */
export interface PrepareBoundaryFileOptions {
  level: BoundaryLevel;
  /** Which properties hold code and name; detected from the first feature when absent. */
  properties?: BoundaryProperties;
  /** The vintage to record, e.g. '2011'; taken from the code property (LSOA11CD → 2011) when absent. */
  vintage?: string;
}

/** ONS code properties by level: `LSOA11CD`, `LSOA21CD`; `WD13CD`, `WD22CD` … (the digits are the year). */
const CODE_PROPERTY: Record<BoundaryLevel, RegExp> = { lsoa: /^LSOA(\d\d)CD$/, ward: /^WD(\d\d)CD$/ };

/** A local authority district code (England, Wales, Scotland, Northern Ireland): a file named after one is that district's file. */
const LAD_CODE = /^[ENSW]0[6-9]\d{6}$/;

/**
 * Reads, hashes (SHA-256 of the bytes) and validates a FeatureCollection of boundary polygons.
 * The district is the file's base name when that is a LAD code (`E07000111.json`, as in the ONS
 * per-district files), else null. Nothing is stored here: the whole file is checked first, so a bad
 * feature fails the file before any write (all or nothing).
 * @throws {BoundaryFileError} naming the file (and feature) when it cannot be read or is invalid
 */
export async function prepareBoundaryFile(file: string, options: PrepareBoundaryFileOptions): Promise<BoundaryImportRequest> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BoundaryFileError(file, code === 'ENOENT' ? 'file not found' : `cannot read the file (${String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BoundaryFileError(file, `not valid JSON (${(error as Error).message})`);
  }
  const detected = options.properties === undefined ? detectProperties(json, file, options.level) : undefined;
  const properties = options.properties ?? detected?.properties;
  if (properties === undefined) throw new BoundaryFileError(file, 'no code property found');
  const features = parseBoundaryCollection(json, file, properties);
  const stem = path.basename(file).replace(/\.(geo)?json$/i, '');
  return {
    file: { kind: 'boundaries', fileName: path.basename(file), contentHash: createHash('sha256').update(bytes).digest('hex') },
    level: options.level,
    district: LAD_CODE.test(stem) ? stem : null,
    vintage: options.vintage ?? detected?.vintage ?? null,
    boundaries: features.map(({ code, name, geometry, bbox, centroid, areaKm2 }) => ({ code, name, geometry, bbox, centroid, areaKm2 })),
  };
}

/** The ONS code/name properties of the first feature for this level, and the year they name. */
function detectProperties(json: unknown, file: string, level: BoundaryLevel): { properties: BoundaryProperties; vintage: string } | undefined {
  const features = (json as { features?: unknown } | null)?.features;
  if (!Array.isArray(features) || features.length === 0) return undefined; // parseBoundaryCollection says what is wrong
  const props = (features[0] as { properties?: unknown } | null)?.properties;
  const keys = props !== null && typeof props === 'object' ? Object.keys(props) : [];
  for (const key of keys) {
    const match = CODE_PROPERTY[level].exec(key);
    if (match === null) continue;
    const nameProperty = key.replace(/CD$/, 'NM');
    if (!keys.includes(nameProperty)) throw new BoundaryFileError(file, `feature 0 has ${key} but no ${nameProperty} (the name)`, 0);
    return { properties: { codeProperty: key, nameProperty }, vintage: `20${match[1]}` };
  }
  const expected = level === 'lsoa' ? 'LSOA11CD or LSOA21CD' : 'WD13CD or another WDyyCD';
  throw new BoundaryFileError(file, `no ${level} code property (${expected}) (the feature has ${keys.join(', ') || 'no properties'}); is --level right?`, 0);
}

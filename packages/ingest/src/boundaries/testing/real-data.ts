import { existsSync } from 'node:fs';
import path from 'node:path';
import { getConfig } from '@peel/config';

/**
 * The shared data directory for tests that use real boundary files, after checking that each given
 * path (relative to it) exists. Real-data tests must not skip when the data is absent: they fail with
 * this message, naming the missing path, so a CI without the data is noticed.
 * @throws {Error} naming the first missing path and how to point Peel at the data
 */
export function requireSharedData(...relativePaths: string[]): string {
  const dir = getConfig().sharedDataDir;
  for (const relative of ['', ...relativePaths]) {
    const full = path.join(dir, relative);
    if (!existsSync(full)) {
      throw new Error(
        `this test needs the shared data, but ${full} is missing; put the data there or set PEEL_SHARED_DATA to the data directory (SOURCES.md §4)`,
      );
    }
  }
  return dir;
}

/** Paths (relative to the data directory) of a district's ONS ward and LSOA files. */
export function districtFiles(district: string): [wards: string, lsoas: string] {
  return [
    `martinjc__UK-GeoJSON/json/electoral/eng/wards_by_lad/${district}.json`,
    `martinjc__UK-GeoJSON/json/statistical/eng/lsoa_by_lad/${district}.json`,
  ];
}

import type { BoundarySource } from './boundary-source';
import { listDistrictFiles } from './list-district-files';
import { ONS_LSOAS_2011, ONS_WARDS_2013, SEED_DISTRICTS } from './ons-sources';
import { readBoundaryCollection } from './read-boundary-collection';
import { isDirectory } from './shared-data-status';

/** A district with both a ward and an LSOA file. */
export interface BoundaryDistrict {
  code: string;
  /** From {@link SEED_DISTRICTS} when known (the files carry no district names). */
  name?: string;
  force?: string;
  wardCount: number;
  lsoaCount: number;
}

/** What {@link listBoundaryDistricts} found. */
export interface BoundaryDistrictList {
  /** False when the shared data directory itself is missing. */
  dataAvailable: boolean;
  /** Directories that should exist and do not (the data directory itself when it is missing). */
  missingPaths: string[];
  /** Districts with both files, sorted by code. */
  districts: BoundaryDistrict[];
  /** Districts with only one of the two files, and which is missing. */
  incomplete: { code: string; missing: 'wards' | 'lsoas' }[];
}

/**
 * Lists the districts (LAD codes) that have both a ward file and an LSOA file in the shared data
 * directory, reading each file to count (and validate) its features.
 * @throws {BoundaryFileError} when a file is not a valid boundary collection
 */
export async function listBoundaryDistricts(
  sharedDataDir: string,
  sources: { wards?: BoundarySource; lsoas?: BoundarySource } = {},
): Promise<BoundaryDistrictList> {
  const wardSource = sources.wards ?? ONS_WARDS_2013;
  const lsoaSource = sources.lsoas ?? ONS_LSOAS_2011;
  if (!(await isDirectory(sharedDataDir))) {
    return { dataAvailable: false, missingPaths: [sharedDataDir], districts: [], incomplete: [] };
  }
  const [wardFiles, lsoaFiles] = await Promise.all([listDistrictFiles(sharedDataDir, wardSource), listDistrictFiles(sharedDataDir, lsoaSource)]);
  const missingPaths = [wardFiles, lsoaFiles].flatMap((found) => (found.ok ? [] : [found.missingDirectory]));
  const wards = wardFiles.ok ? wardFiles.files : new Map<string, string>();
  const lsoas = lsoaFiles.ok ? lsoaFiles.files : new Map<string, string>();
  const codes = [...new Set([...wards.keys(), ...lsoas.keys()])].sort();
  const result: BoundaryDistrictList = { dataAvailable: true, missingPaths, districts: [], incomplete: [] };
  for (const code of codes) {
    const wardFile = wards.get(code);
    const lsoaFile = lsoas.get(code);
    if (wardFile === undefined || lsoaFile === undefined) {
      result.incomplete.push({ code, missing: wardFile === undefined ? 'wards' : 'lsoas' });
      continue;
    }
    const [wardFeatures, lsoaFeatures] = await Promise.all([readBoundaryCollection(wardFile, wardSource), readBoundaryCollection(lsoaFile, lsoaSource)]);
    const known = SEED_DISTRICTS[code];
    result.districts.push({ code, ...(known ?? {}), wardCount: wardFeatures.length, lsoaCount: lsoaFeatures.length });
  }
  return result;
}

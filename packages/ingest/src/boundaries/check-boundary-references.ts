import { type BoundarySource, isPerDistrict, resolveBoundaryPath } from './boundary-source';
import { readBoundaryCollection } from './read-boundary-collection';
import { isDirectory, isFile } from './shared-data-status';

/**
 * The part of a policing model's geography that refers to boundary files — a structural type, so
 * that this package need not import the model package. Paths are relative to the shared data
 * directory and may contain `{district}`.
 */
export interface GeographyReferences {
  boundaries: { wards: BoundarySource; lsoas?: BoundarySource };
  areas: readonly {
    id: string;
    districts: readonly string[];
    wards: readonly { code: string; name?: string; urbanRural?: string }[];
  }[];
}

/** One thing wrong with an area's reference to the boundary files. */
export interface BoundaryReferenceProblem {
  areaId: string;
  wardCode?: string;
  message: string;
}

/** How completely the model's areas cover a district's wards. */
export interface DistrictCoverage {
  /** LAD code, or `*` when the ward source is one file for all districts (no `{district}`). */
  district: string;
  wardsInFiles: number;
  /** Wards of the file assigned to some area of the model. */
  wardsInModel: number;
  /** Codes of the file's wards no area has, sorted. */
  unassigned: string[];
}

/** The result of {@link checkBoundaryReferences}. */
export interface BoundaryReferenceReport {
  /** False when the shared data directory is missing; nothing else was checked then. */
  dataAvailable: boolean;
  /** Absolute paths that should exist and do not: the data directory, or ward/LSOA files. */
  missingFiles: string[];
  problems: BoundaryReferenceProblem[];
  /** One entry per district whose ward file was read, sorted by district. */
  coverage: DistrictCoverage[];
}

/** Ward names by code, per district (or `*`); undefined when the file is missing. */
type WardFiles = Map<string, Map<string, string> | undefined>;

/**
 * Checks a model's areas against the boundary files in the shared data directory: every ward code
 * must be in the ward file of one of its area's districts (with the same name, when the model gives
 * one) and in no more than one area; every LSOA file must exist; and, per district, it reports the
 * wards no area has. When the data directory or a file is missing, the report names the exact path;
 * wards whose district files are missing are not judged.
 * @param sharedDataDir absolute path of the shared data directory
 * @throws {BoundaryFileError} when a ward file exists but is not a valid boundary collection
 */
export async function checkBoundaryReferences(geography: GeographyReferences, sharedDataDir: string): Promise<BoundaryReferenceReport> {
  if (!(await isDirectory(sharedDataDir))) {
    return { dataAvailable: false, missingFiles: [sharedDataDir], problems: [], coverage: [] };
  }
  const report: BoundaryReferenceReport = { dataAvailable: true, missingFiles: [], problems: [], coverage: [] };
  const { wards: wardSource, lsoas: lsoaSource } = geography.boundaries;
  const perDistrict = isPerDistrict(wardSource);
  const keyOf = (district: string) => (perDistrict ? district : '*');
  const wardFiles: WardFiles = new Map();

  for (const area of geography.areas) {
    for (const district of area.districts) {
      const paths = resolvePaths(sharedDataDir, wardSource, lsoaSource, district);
      if (typeof paths === 'string') {
        report.problems.push({ areaId: area.id, message: paths });
        continue;
      }
      if (!wardFiles.has(keyOf(district))) {
        wardFiles.set(keyOf(district), await readWardNames(paths.wards, wardSource, report.missingFiles));
      }
      if (paths.lsoas !== undefined && !report.missingFiles.includes(paths.lsoas) && !(await isFile(paths.lsoas))) {
        report.missingFiles.push(paths.lsoas);
      }
    }
  }

  const assignedTo = new Map<string, string>();
  for (const area of geography.areas) {
    const files = [...new Set(area.districts.map(keyOf))].map((key) => wardFiles.get(key));
    const isJudgeable = files.length > 0 && files.every((file) => file !== undefined);
    for (const ward of area.wards) {
      const earlier = assignedTo.get(ward.code);
      if (earlier !== undefined) {
        const where = earlier === area.id ? 'more than once in this area' : `also in area ${earlier}`;
        report.problems.push({ areaId: area.id, wardCode: ward.code, message: `ward ${ward.code} is ${where}` });
      } else {
        assignedTo.set(ward.code, area.id);
      }
      if (!isJudgeable) continue;
      const fileName = files.map((file) => file?.get(ward.code)).find((name) => name !== undefined);
      if (fileName === undefined) {
        report.problems.push({ areaId: area.id, wardCode: ward.code, message: notFoundMessage(ward.code, area.districts, wardFiles) });
      } else if (ward.name !== undefined && ward.name !== fileName) {
        report.problems.push({
          areaId: area.id,
          wardCode: ward.code,
          message: `ward ${ward.code} is named ${JSON.stringify(ward.name)} in the model but ${JSON.stringify(fileName)} in the boundary file`,
        });
      }
    }
  }

  for (const [district, names] of [...wardFiles].sort(([a], [b]) => a.localeCompare(b))) {
    if (names === undefined) continue;
    const codes = [...names.keys()];
    const unassigned = codes.filter((code) => !assignedTo.has(code)).sort();
    report.coverage.push({ district, wardsInFiles: codes.length, wardsInModel: codes.length - unassigned.length, unassigned });
  }
  return report;
}

/** Absolute ward and LSOA paths of a district, or a problem message for a code that is not plain. */
function resolvePaths(
  sharedDataDir: string,
  wards: BoundarySource,
  lsoas: BoundarySource | undefined,
  district: string,
): { wards: string; lsoas?: string } | string {
  try {
    return {
      wards: resolveBoundaryPath(sharedDataDir, wards, district),
      lsoas: lsoas === undefined ? undefined : resolveBoundaryPath(sharedDataDir, lsoas, district),
    };
  } catch (error) {
    if (error instanceof RangeError) return error.message;
    throw error;
  }
}

async function readWardNames(filePath: string, source: BoundarySource, missingFiles: string[]): Promise<Map<string, string> | undefined> {
  if (!(await isFile(filePath))) {
    missingFiles.push(filePath);
    return undefined;
  }
  const features = await readBoundaryCollection(filePath, source);
  return new Map(features.map((feature) => [feature.code, feature.name]));
}

function notFoundMessage(code: string, districts: readonly string[], wardFiles: WardFiles): string {
  if (districts.length === 0) return `ward ${code} cannot be checked: the area lists no districts`;
  const elsewhere = [...wardFiles].find(([, names]) => names?.has(code))?.[0];
  const hint = elsewhere === undefined || elsewhere === '*' ? '' : ` (it is in the file of district ${elsewhere})`;
  return `ward ${code} is not in the ward boundary file of ${districts.length === 1 ? 'district' : 'districts'} ${districts.join(', ')}${hint}`;
}

/** `peel geography districts` and `peel geography scaffold`: thin wrappers over @peel/ingest boundaries. */
import type { Command } from 'commander';
import { getConfig } from '@peel/config';
import {
  BoundaryFileError,
  type BoundaryDistrictList,
  isDirectory,
  listBoundaryDistricts,
  parseSplitSpec,
  scaffoldGeography,
  URBAN_LSOA_MAX_AREA_KM2,
} from '@peel/ingest';

/** Registers `peel geography …`. */
export function registerGeographyCommands(program: Command): void {
  const geography = program.command('geography').description('inspect boundary files and scaffold model geography');

  geography
    .command('districts')
    .description('list the districts (LAD codes) with ward and LSOA boundary files in the shared data directory')
    .option('--json', 'print { dataDir, districts, incomplete } as JSON')
    .action((options: { json?: boolean }) =>
      run(async () => {
        const dataDir = await requireDataDir();
        const list = await listBoundaryDistricts(dataDir);
        if (list.districts.length === 0) {
          const missing = list.missingPaths.length > 0 ? ` (missing: ${list.missingPaths.join(', ')})` : '';
          throw new UsageError(`no district has both a ward and an LSOA file under ${dataDir}${missing}`);
        }
        for (const path of list.missingPaths) process.stderr.write(`peel: warning: ${path} is missing\n`);
        for (const { code, missing } of list.incomplete) process.stderr.write(`peel: warning: ${code} has no ${missing === 'wards' ? 'ward' : 'LSOA'} file, so it is not listed\n`);
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ dataDir, districts: list.districts, incomplete: list.incomplete }, null, 2)}\n`);
        } else {
          process.stdout.write(formatDistrictTable(list, dataDir));
        }
      }),
    );

  geography
    .command('scaffold')
    .description('print the YAML `areas` list for a model: wards of the districts, sorted by name, classed urban/rural')
    .option('--district <LAD>', 'district (LAD) code whose wards to include; repeat, or separate with commas', collect)
    .requiredOption('--area-id <id>', 'area id (lower-case letters, digits and hyphens); with --split, the prefix of each id')
    .requiredOption('--area-name <name>', 'area name; with --split, each area is named "<area-name> <split name>"')
    .option('--split <how>', 'latitude:<k> | longitude:<k> (k bands of near-equal ward count, north→south / west→east) | quadrant (N/E/S/W of the centre)')
    .option('--split-names <names>', 'comma-separated names of the split parts, in the order above (default North/South…, West/East…, North,East,South,West)')
    .option('--urban-max-area <km2>', `largest LSOA area counted urban, in km² (default ${URBAN_LSOA_MAX_AREA_KM2})`)
    .action(
      (options: { district?: string[]; areaId: string; areaName: string; split?: string; splitNames?: string; urbanMaxArea?: string }) =>
        run(async () => {
          if (options.district === undefined || options.district.length === 0) throw new UsageError('give at least one --district <LAD>, e.g. --district E07000111');
          if (options.splitNames !== undefined && options.split === undefined) throw new UsageError('--split-names needs --split');
          const dataDir = await requireDataDir();
          const result = await scaffoldGeography({
            sharedDataDir: dataDir,
            districts: options.district,
            areaId: options.areaId,
            areaName: options.areaName,
            split: options.split === undefined ? undefined : parseSplitSpec(options.split),
            splitNames: options.splitNames === undefined ? undefined : parseNames(options.splitNames),
            urbanMaxAreaKm2: options.urbanMaxArea === undefined ? undefined : parseKm2(options.urbanMaxArea),
          });
          for (const warning of result.warnings) process.stderr.write(`peel: warning: ${warning}\n`);
          process.stdout.write(result.yaml);
        }),
    );
}

/** A mistake in what the user asked for: printed without a stack trace, exit code 1. */
class UsageError extends Error {}

/** Runs a handler; bad input or a bad/missing boundary file prints `peel: <message>` and sets exit code 1. */
async function run(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof BoundaryFileError || error instanceof RangeError)) throw error;
    const hint = error instanceof BoundaryFileError && error.reason === 'file not found' ? ' (`peel geography districts` lists the districts that have files)' : '';
    process.stderr.write(`peel: ${error.message}${hint}\n`);
    process.exitCode = 1;
  }
}

/** The shared data directory, or a UsageError naming the path and how to set it. */
async function requireDataDir(): Promise<string> {
  const dataDir = getConfig().sharedDataDir;
  if (!(await isDirectory(dataDir))) {
    throw new UsageError(
      `the shared data directory ${dataDir} does not exist; set PEEL_SHARED_DATA to the directory holding the ONS boundary files (see ../shared/data/SOURCES.md §4)`,
    );
  }
  return dataDir;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((part) => part.trim()).filter((part) => part !== '')];
}

function parseNames(text: string): string[] {
  const names = text.split(',').map((name) => name.trim());
  if (names.some((name) => name === '')) throw new UsageError(`--split-names ${JSON.stringify(text)} has an empty name`);
  return names;
}

function parseKm2(text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) throw new UsageError(`--urban-max-area ${JSON.stringify(text)} is not a positive number of km²`);
  return value;
}

function formatDistrictTable(list: BoundaryDistrictList, dataDir: string): string {
  const rows = list.districts.map((d) => [d.code, d.name ?? '', d.force ?? '', String(d.wardCount), String(d.lsoaCount)]);
  const header = ['district', 'name', 'force', 'wards', 'LSOAs'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i >= 3 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const wards = list.districts.reduce((sum, d) => sum + d.wardCount, 0);
  const lsoas = list.districts.reduce((sum, d) => sum + d.lsoaCount, 0);
  const total = `${list.districts.length} districts, ${wards} wards, ${lsoas} LSOAs in ${dataDir}`;
  return `${[line(header), ...rows.map(line), total].join('\n')}\n`;
}

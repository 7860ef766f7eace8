/** `peel import boundaries <geojson files…> --level lsoa|ward`: a thin wrapper over @peel/ingest. */
import type { Command } from 'commander';
import { getConfig } from '@peel/config';
import { createBoundaryRepository } from '@peel/db';
import type { BoundaryLevel } from '@peel/domain';
import { BoundaryFileError, type BoundaryFileResult, importBoundaryFiles } from '@peel/ingest';
import { withDatabase } from '../with-database';

interface Options {
  level?: string;
  codeProperty?: string;
  nameProperty?: string;
  vintage?: string;
  json?: boolean;
}

/** Registers `peel import boundaries` under the `import` group. */
export function registerImportBoundariesCommand(group: Command): void {
  group
    .command('boundaries')
    .description(
      'store GeoJSON boundary polygons (ONS LSOAs or wards) with bbox, centroid and area; a file is stored once (content hash), all or nothing; ' +
        'a code already stored from another file is kept and reported, not overwritten; the district is the file name when it is a LAD code',
    )
    .argument('<files...>', 'GeoJSON FeatureCollections of Polygon/MultiPolygon features')
    .option('--level <level>', 'lsoa | ward (required)')
    .option('--code-property <name>', 'feature property holding the code (default: detected, e.g. LSOA11CD, WD13CD)')
    .option('--name-property <name>', 'feature property holding the name (default: the code property with NM for CD)')
    .option('--vintage <year>', 'vintage to record (default: from the code property, LSOA11CD → 2011)')
    .option('--json', 'print { files: [{ file, status, level, district, vintage, features, imported, skipped }], imported, skipped, alreadyImported }')
    .action(async (files: string[], options: Options) => {
      const level = options.level;
      if (level !== 'lsoa' && level !== 'ward') return fail(`--level must be lsoa or ward, got ${level === undefined ? 'nothing' : JSON.stringify(level)}`);
      if ((options.codeProperty === undefined) !== (options.nameProperty === undefined)) return fail('--code-property and --name-property go together');
      const properties = options.codeProperty === undefined ? undefined : { codeProperty: options.codeProperty, nameProperty: options.nameProperty as string };
      try {
        const report = await withDatabase(getConfig(), (handle) =>
          importBoundaryFiles({
            files,
            level: level satisfies BoundaryLevel,
            repository: createBoundaryRepository(handle.db),
            properties,
            vintage: options.vintage,
            onFile: options.json ? undefined : (result) => process.stdout.write(describeFile(result)),
          }),
        );
        if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        else process.stdout.write(`${report.imported} boundaries stored, ${report.skipped} kept from earlier files, ${report.alreadyImported} file(s) already imported\n`);
      } catch (error) {
        if (!(error instanceof BoundaryFileError)) throw error;
        fail(`${error.message} (nothing of this file was stored)`);
      }
    });
}

function fail(message: string): void {
  process.stderr.write(`peel: ${message}\n`);
  process.exitCode = 1;
}

function describeFile(result: BoundaryFileResult): string {
  const where = [result.district && `district ${result.district}`, result.vintage && `vintage ${result.vintage}`].filter(Boolean).join(', ');
  if (result.status === 'already-imported') return `${result.file}: already imported, nothing added\n`;
  const lines = [`${result.file}: ${result.imported} of ${result.features} ${result.level} boundaries stored${where ? ` (${where})` : ''}`];
  for (const conflict of result.skipped) lines.push(`  ${conflict.code}: already stored from ${conflict.storedFileName}; kept that one`);
  return `${lines.join('\n')}\n`;
}

/** `peel import calls <csv> --mapping <file>`: a calls-for-service CSV (a CAD export) into the database. */
import path from 'node:path';
import type { Command } from 'commander';
import { getConfig } from '@peel/config';
import { createBoundaryRepository, type DatabaseHandle } from '@peel/db';
import {
  CallMappingError,
  type GeographyModel,
  type GeographyResolver,
  importCallsFile,
  loadCallMapping,
  loadGeographyFromFiles,
  loadGeographyFromRepository,
  type LoadedCallMapping,
  summariseCallsImport,
} from '@peel/ingest';
import { readModelFile } from '../model-file';
import { runCsvImport } from '../run-csv-import';

interface Options {
  mapping?: string;
  model?: string;
  json?: boolean;
}

/** Registers `peel import calls` on the `import` command. */
export function registerImportCallsCommand(importCommand: Command): void {
  importCommand
    .command('calls')
    .description(
      'import a calls-for-service CSV with a column mapping (e.g. mappings/san-diego.yaml); all or nothing, a file imported before is skipped; ' +
        'every rejected row is reported with line, column and reason; byCategory counts call types',
    )
    .argument('<csv>', 'the calls-for-service CSV file')
    .option('--mapping <file>', 'column mapping, YAML or JSON (required); lookup-table paths in it are relative to the shared data directory')
    .option('--model <model.yaml>', "place calls that have coordinates or LSOA codes in this model's wards and areas (default: boundaries stored by `peel import boundaries`)")
    .option(
      '--json',
      'print the summary as JSON on stdout: { files, rowsRead, imported, rejected, duplicatesSkipped, byCategory, matchedByCode, matchedByGeometry, unmatched, errors, errorsOmitted, byGrade, byPriority, timeZone, notes }; progress stays on stderr',
    )
    .action(async (csv: string, options: Options) => {
      if (options.mapping === undefined) return fail('--mapping <file> is required (e.g. --mapping mappings/san-diego.yaml)');
      const config = getConfig();
      let mapping: LoadedCallMapping;
      try {
        mapping = await loadCallMapping(options.mapping, config.sharedDataDir);
      } catch (error) {
        if (error instanceof CallMappingError) return fail(`--mapping ${error.message}`);
        throw error;
      }
      let model: GeographyModel | undefined;
      if (options.model !== undefined) {
        const report = await readModelFile(options.model, config.sharedDataDir);
        const first = report.errors[0];
        if (!report.valid || report.model === undefined) return fail(`--model ${options.model}: not a valid policing model${first ? ` (line ${first.line}: ${first.path}: ${first.message})` : ''}`);
        model = report.model;
      }
      await runCsvImport({
        config,
        json: options.json === true,
        async run({ handle, demand, onProgress }) {
          const placing = await chooseResolver(mapping, model, options.model, config.sharedDataDir, handle);
          const result = await importCallsFile({ file: csv, mapping, demand, resolver: placing.resolver, onProgress });
          const summary = summariseCallsImport(result, mapping.mapping.timeZone);
          const counts = (name: string, values: Record<string, number>) => `${name}: ${Object.entries(values).map(([key, n]) => `${key} ${n.toLocaleString('en-GB')}`).join(', ')}`;
          const notes = [
            `local times read in ${summary.timeZone}; byCategory counts call types`,
            ...(result.report.status === 'imported' ? [counts('by grade', summary.byGrade), counts('by priority', summary.byPriority)] : []),
            ...placing.notes,
            ...summary.notes,
          ];
          return { result: { summary, reports: [result.report] }, notes };
        },
      });
    });
}

/**
 * Coordinates or LSOA codes need boundaries: the model's files with --model, else those stored by
 * `peel import boundaries`. Beat codes are placed through the mapping's locations lookup instead.
 */
async function chooseResolver(
  loaded: LoadedCallMapping,
  model: GeographyModel | undefined,
  modelFile: string | undefined,
  sharedDataDir: string,
  handle: DatabaseHandle,
): Promise<{ resolver?: GeographyResolver; notes: string[] }> {
  const { mapping } = loaded;
  if (mapping.columns.latitude === undefined && mapping.location?.codeKind !== 'lsoa') {
    const lookup = loaded.lookups.locations;
    const none = mapping.location?.noLocation.length ? ` (${mapping.location.noLocation.map((code) => `'${code}'`).join(', ')}: no location)` : '';
    return {
      notes: [
        lookup
          ? `location codes are ${mapping.location?.codeKind ?? 'beat'}s, placed in areas by ${path.basename(lookup.file)}: "by LSOA code" counts calls whose ${mapping.location?.codeKind ?? 'beat'} is in that table, "not placed" the rest${none}`
          : 'no locations lookup: calls are not placed in areas',
      ],
    };
  }
  const geography =
    model === undefined ? await loadGeographyFromRepository({ repository: createBoundaryRepository(handle.db) }) : await loadGeographyFromFiles({ sharedDataDir, model });
  const source = model === undefined ? 'the boundaries stored by `peel import boundaries`' : `the boundary files of ${modelFile}`;
  const none = geography.lsoaCount === 0 && geography.wardCount === 0;
  return {
    resolver: geography.resolver,
    notes: [none ? 'no boundaries: calls are not placed (give --model, or store boundaries with `peel import boundaries`)' : `placed with ${geography.lsoaCount} LSOA and ${geography.wardCount} ward polygons from ${source}`],
  };
}

function fail(message: string): void {
  process.stderr.write(`peel: ${message}\n`);
  process.exitCode = 1;
}

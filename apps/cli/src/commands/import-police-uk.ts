/** `peel import police-uk <csv files…>`: data.police.uk street-level crime into the database. */
import type { Command } from 'commander';
import { getConfig } from '@peel/config';
import { createBoundaryRepository } from '@peel/db';
import { describeUnknownLsoaCodes, importPoliceUkFiles, type LoadedGeography, loadGeographyFromFiles, loadGeographyFromRepository, tallyResolutions } from '@peel/ingest';
import type { PolicingModel } from '@peel/model';
import { readModelFile } from '../model-file';
import { runCsvImport } from '../run-csv-import';

/** Reads and validates --model; a bad model stops the command before anything is imported. */
async function readModel(file: string, sharedDataDir: string): Promise<PolicingModel> {
  const report = await readModelFile(file, sharedDataDir);
  if (report.valid && report.model !== undefined) return report.model;
  const first = report.errors[0];
  throw new Error(`--model ${file}: not a valid policing model${first ? ` (line ${first.line}: ${first.path}: ${first.message})` : ''}; see \`peel model validate ${file}\``);
}

/** Where the boundaries came from, for the summary's notes. */
function describeGeography(loaded: LoadedGeography, modelFile: string | undefined): string {
  if (loaded.lsoaCount === 0 && loaded.wardCount === 0) {
    return 'no boundaries: records are not placed in LSOAs, wards or areas (give --model, or store boundaries with `peel import boundaries`)';
  }
  const source = modelFile === undefined ? 'the boundaries stored by `peel import boundaries`' : `the boundary files of ${modelFile}`;
  return `placed with ${loaded.lsoaCount} LSOA and ${loaded.wardCount} ward polygons from ${source}`;
}

/** Registers `peel import police-uk` on the `import` command. */
export function registerImportPoliceUkCommand(importCommand: Command): void {
  importCommand
    .command('police-uk')
    .description('import data.police.uk street-level crime files (<yyyy-mm>-<force>-street.csv); each file all or nothing, a file imported before is skipped')
    .argument('<files...>', 'street-level crime CSV files')
    .option('--model <model.yaml>', "place records in this model's wards and areas, with its boundary files (default: boundaries stored by `peel import boundaries`)")
    .option('--json', 'print the summary as JSON on stdout: { files, rowsRead, imported, rejected, duplicatesSkipped, byCategory, matchedByCode, matchedByGeometry, unmatched, errors, errorsOmitted, notes }; progress stays on stderr')
    .action(async (files: string[], options: { model?: string; json?: boolean }) => {
      const config = getConfig();
      const model = options.model === undefined ? undefined : await readModel(options.model, config.sharedDataDir);
      await runCsvImport({
        config,
        json: options.json === true,
        async run({ handle, demand, onProgress }) {
          const loaded =
            model === undefined
              ? await loadGeographyFromRepository({ repository: createBoundaryRepository(handle.db) })
              : await loadGeographyFromFiles({ sharedDataDir: config.sharedDataDir, model });
          const geography = tallyResolutions(loaded.resolver);
          const result = await importPoliceUkFiles({ files, demand, geography, onProgress });
          const vintage = loaded.lsoaCount > 0 ? describeUnknownLsoaCodes(geography.counts()) : undefined;
          return { result, notes: [describeGeography(loaded, options.model), ...(vintage === undefined ? [] : [vintage])] };
        },
      });
    });
}

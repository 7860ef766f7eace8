/** `peel model load`: validate model files and store the valid ones, with history, in the database. */
import { createHash } from 'node:crypto';
import type { Command } from 'commander';
import { getConfig } from '@peel/config';
import { createModelRepository } from '@peel/db';
import { readModelFile } from '../model-file';
import { printReport } from '../print-model-report';
import { describeDatabase, withDatabase } from '../with-database';

/** Registers `peel model load` on the `model` command. */
export function registerModelLoadCommand(model: Command): void {
  model
    .command('load')
    .description('validate model files and store the valid ones in the database (a new version only when the content changed)')
    .argument('<files...>', 'model files')
    .action(async (files: string[]) => {
      const config = getConfig();
      const reports = await Promise.all(files.map((file) => readModelFile(file, config.sharedDataDir)));
      for (const report of reports) printReport(report);
      const valid = reports.filter((report) => report.valid && report.model && report.text !== undefined);
      await withDatabase(config, async (handle) => {
        const repository = createModelRepository(handle.db);
        for (const report of valid) {
          const model = report.model!;
          const contentHash = createHash('sha256').update(report.text!).digest('hex');
          const result = await repository.save({ id: model.id, name: model.force, sourcePath: report.file, contentHash, document: model });
          process.stdout.write(`${result.saved ? 'stored' : 'unchanged'} ${model.id} (${contentHash.slice(0, 12)}) in ${describeDatabase(config)}\n`);
        }
        const stored = await repository.list();
        process.stdout.write(`${stored.length} model(s) in the database: ${stored.map((s) => `${s.id} (${s.versionCount} version${s.versionCount === 1 ? '' : 's'})`).join(', ')}\n`);
      });
      const invalid = reports.length - valid.length;
      if (invalid > 0) {
        process.stderr.write(`${invalid} file(s) invalid and not stored; the valid ones were stored\n`);
        process.exitCode = 1;
      }
    });
}

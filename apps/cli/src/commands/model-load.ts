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
      const ids = valid.map((report) => report.model!.id);
      const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
      if (repeated.length > 0) throw new Error(`model id(s) ${[...new Set(repeated)].join(', ')} appear in more than one file: load one file per model`);
      await withDatabase(config, async (handle) => {
        const repository = createModelRepository(handle.db);
        for (const report of valid) {
          const model = report.model!;
          const contentHash = createHash('sha256').update(report.text!).digest('hex');
          const before = await repository.get(model.id);
          const result = await repository.save({ id: model.id, name: model.force, sourcePath: report.file, contentHash, document: model });
          // Content stored before but not current (A → B → A) becomes current again: say so.
          const outcome = result.saved ? 'stored' : before?.contentHash === contentHash ? 'unchanged' : 'restored earlier version of';
          process.stdout.write(`${outcome} ${model.id} (${contentHash.slice(0, 12)}) in ${describeDatabase(config)}\n`);
        }
        const stored = await repository.list();
        process.stdout.write(`${stored.length} model(s) in the database: ${stored.map((s) => `${s.id} (${s.versionCount} version${s.versionCount === 1 ? '' : 's'})`).join(', ')}\n`);
      });
      const invalid = reports.length - valid.length;
      if (invalid > 0) {
        process.stderr.write(`${invalid} of ${reports.length} file(s) invalid and not stored${valid.length > 0 ? `; the ${valid.length} valid one(s) were stored` : ''}\n`);
        process.exitCode = 1;
      }
    });
}

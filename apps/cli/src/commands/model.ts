/** `peel model validate` and `peel model show`: thin wrappers over @peel/model. */
import { InvalidArgumentError, type Command } from 'commander';
import { describeModel, renderTree } from '@peel/model';
import { getConfig } from '@peel/config';
import { readModelFile, type ModelFileReport } from '../model-file';
import { printReport } from '../print-model-report';
import { registerModelLoadCommand } from './model-load';

/** Registers `peel model …`. */
export function registerModelCommands(program: Command): void {
  const model = program.command('model').description('validate and inspect policing-model files');

  model
    .command('validate')
    .description('validate policing-model YAML files; exit code 1 when any is invalid')
    .argument('<files...>', 'model files')
    .option('--json', 'print { valid, errors, warnings, summary } as JSON (an array for several files)')
    .action(async (files: string[], options: { json?: boolean }) => {
      const { sharedDataDir } = getConfig();
      const reports = await Promise.all(files.map((file) => readModelFile(file, sharedDataDir)));
      if (options.json) {
        const out = reports.map(toJson);
        process.stdout.write(`${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`);
      } else {
        for (const report of reports) printReport(report);
      }
      if (reports.some((report) => !report.valid)) process.exitCode = 1;
    });

  registerModelLoadCommand(model);

  model
    .command('show')
    .description('print a policing model as a readable tree')
    .argument('<file>', 'model file')
    .option('--depth <n>', 'fold the tree below this depth (a whole number >= 1)', parseDepth)
    .action(async (file: string, options: { depth?: number }) => {
      const report = await readModelFile(file, getConfig().sharedDataDir);
      if (!report.valid || !report.model) {
        printReport(report);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`${renderTree(describeModel(report.model), options.depth ?? Infinity).join('\n')}\n`);
    });
}

function parseDepth(value: string): number {
  const depth = Number(value);
  if (!Number.isInteger(depth) || depth < 1) throw new InvalidArgumentError(`--depth: expected a whole number >= 1, got "${value}"`);
  return depth;
}

function toJson(report: ModelFileReport) {
  const strip = ({ path, line, column, message }: { path: string; line: number; column: number; message: string }) => ({ path, line, column, message });
  return {
    file: report.file,
    valid: report.valid,
    errors: report.errors.map(strip),
    warnings: report.warnings.map(strip),
    summary: report.summary ?? null,
    boundaries: report.boundaries ?? null,
  };
}

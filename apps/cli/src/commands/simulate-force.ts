/**
 * `peel simulate --model <model.yaml> [--plan <plan.json>] --days <d> --replications <r> --seed <s> [--json]`:
 * simulates a force's response on its real demand (crime imported with `peel import police-uk`)
 * and prints KPIs with 95 % confidence intervals. The handler reads the model, the demand and the
 * locations, has @peel/engine compile the scenario, runs the replications over worker threads and
 * prints the engine's summary.
 */
import type { Command } from 'commander';
import { getConfig } from '@peel/config';
import { loadForceSimulationInput, simulateForceRun } from '@peel/server/force-analysis';
import { readPlan } from '../simulation/read-plan';
import { describeDatabase, withDatabase } from '../with-database';
import { loadModelOption, numberOption } from './demand-options';
import { formatSimulationReport, type SimulationReport } from './simulate-report';

interface SimulateOptions {
  model?: string;
  plan?: string;
  days: number;
  replications: number;
  seed: number;
  threads?: number;
  incidentsPerCrime?: number;
  json?: boolean;
}

/** Adds the force simulation's options and action to the `simulate` command. */
export function registerSimulateForceOptions(simulate: Command): void {
  simulate
    .description('simulate a force\'s response on its real demand (calls, call handling, routing, dispatch, travel, shifts, Resolution Centre): KPIs with 95 % confidence intervals')
    .option('--model <model.yaml>', 'policing model to simulate (its crime must be imported: peel import police-uk … --model <model.yaml>)')
    .option('--plan <plan.json>', 'units on duty by area × role × hour of week, in place of the model\'s rostering (see apps/cli/src/simulation/read-plan.ts)')
    .option('--days <d>', 'days measured (after a day of warm-up)', numberOption('--days', { min: 1, max: 3650, integer: true }), 28)
    .option('--replications <r>', 'independent replications (>= 2 for confidence intervals)', numberOption('--replications', { min: 1, max: 1000, integer: true }), 5)
    .option('--seed <s>', 'seed of the random streams (a whole number >= 0)', numberOption('--seed', { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true }), 1)
    .option('--threads <n>', 'worker threads (default: one per core)', numberOption('--threads', { min: 1, max: 256, integer: true }))
    .option('--incidents-per-crime <k>', 'incidents per recorded crime (default 1)', numberOption('--incidents-per-crime', { min: 0, exclusiveMin: true }))
    .option('--json', 'print the KPIs as JSON')
    .action(async (options: SimulateOptions) => {
      if (options.model === undefined) throw new Error('--model: give the policing model to simulate (or use `peel simulate mmc`); see `peel simulate --help`');
      const config = getConfig();
      const model = await loadModelOption(options.model, config.sharedDataDir);
      if (!model) throw new Error('--model: no model');
      const plan = options.plan === undefined ? undefined : await readPlan(options.plan, model.id);
      const input = await withDatabase(config, (handle) => loadForceSimulationInput({ db: handle.db, model, modelFile: options.model!, sharedDataDir: config.sharedDataDir, databaseName: describeDatabase(config) }));
      let result;
      try {
        result = await simulateForceRun({
          model,
          input,
          plan,
          days: options.days,
          replications: options.replications,
          seed: options.seed,
          threads: options.threads,
          incidentsPerCrime: options.incidentsPerCrime,
        });
      } catch (error) {
        // A plan's engine errors are renamed to the file's own field names.
        if (error instanceof RangeError && error.message.startsWith('plan.entries')) throw new Error(`--plan: ${options.plan}: ${error.message.replace(/^plan\.entries/, 'onDuty')}`, { cause: error });
        throw error;
      }
      const report: SimulationReport = { modelFile: options.model, plan: options.plan ?? null, ...result };
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatSimulationReport(report));
    });
}

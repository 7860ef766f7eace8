/**
 * `peel simulate mmc`: the M/M/N queue by discrete-event simulation (@peel/engine `simulateMmn`), the
 * engine's smallest complete model, to set beside `peel queue erlang-c`. Prints exactly
 * { calls, meanWaitMin, probWait, utilisation, wallMs } with --json.
 */
import type { Command } from 'commander';
import { minutes, perHour, simulateMmn } from '@peel/engine';
import { numberOption } from './demand-options';

interface MmcOptions {
  arrivalRate: number;
  serviceMin: number;
  servers: number;
  calls: number;
  seed: number;
  json?: boolean;
}

/** Registers `peel simulate mmc` on the `simulate` command. */
export function registerSimulateMmcCommand(simulate: Command): void {
  simulate
    .command('mmc')
    .description('simulate an M/M/N queue (Poisson arrivals, exponential service, N servers, FCFS): mean wait, P(wait), utilisation')
    .requiredOption('--arrival-rate <λ>', 'arrivals per hour (> 0)', numberOption('--arrival-rate', { min: 0, exclusiveMin: true }))
    .requiredOption('--service-min <m>', 'mean service time in minutes (> 0)', numberOption('--service-min', { min: 0, exclusiveMin: true }))
    .requiredOption('--servers <N>', 'servers (a whole number >= 1)', numberOption('--servers', { min: 1, integer: true }))
    .option('--calls <count>', 'arrivals measured, after a warm-up of 1 % (at least 1,000)', numberOption('--calls', { min: 1, max: 100_000_000, integer: true }), 1_000_000)
    .option('--seed <s>', 'seed of the random stream (a whole number >= 0)', numberOption('--seed', { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true }), 1)
    .option('--json', 'print { calls, meanWaitMin, probWait, utilisation, wallMs }')
    .action((local: MmcOptions, command: Command) => {
      // `simulate` itself has --seed and --json (for --model), and commander hands them to it even
      // when they follow `mmc`, so they are read from there.
      const shared = command.parent?.opts<{ seed?: number; json?: boolean }>() ?? {};
      const options: MmcOptions = { ...local, seed: shared.seed ?? local.seed, json: shared.json ?? local.json };
      const load = (options.arrivalRate * options.serviceMin) / 60;
      if (load >= options.servers) {
        const reason = `offered load ${load.toFixed(3)} Erlangs is not below ${options.servers} server(s): the queue grows without bound`;
        if (options.json) process.stdout.write(`${JSON.stringify({ unstable: true, offeredLoad: load, servers: options.servers, message: reason }, null, 2)}\n`);
        process.stderr.write(`peel: unstable: ${reason}; add servers\n`);
        process.exitCode = 1;
        return;
      }
      const started = performance.now();
      const run = simulateMmn({ arrivalRate: perHour(options.arrivalRate), meanServiceTime: minutes(options.serviceMin), servers: options.servers, calls: options.calls, seed: options.seed });
      const wallMs = Math.round((performance.now() - started) * 10) / 10;
      const { calls, meanWaitMin, probWait, utilisation } = run;
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ calls, meanWaitMin, probWait, utilisation, wallMs }, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        `M/M/${options.servers}, ${calls.toLocaleString('en-GB')} calls (seed ${options.seed}): mean wait ${meanWaitMin.toFixed(4)} min, P(wait) ${probWait.toFixed(4)}, utilisation ${(utilisation * 100).toFixed(1)} %; Little's law within ${(run.littlesLaw.relativeDifference * 100).toFixed(3)} %; ${wallMs} ms (${Math.round(run.events / wallMs / 1000)} M events/s)\n`,
      );
    });
}

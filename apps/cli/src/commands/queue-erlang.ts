/**
 * `peel queue erlang-b | erlang-c | erlang-a | staff | priority`: the analytic call-handling and
 * response models of @peel/engine. Rates are per hour, times in minutes. Handlers only parse
 * options (a bad value names its option, exit 1), call one engine function and print a line of
 * text or, with --json, exactly the keys the issue specifies.
 */
import { InvalidArgumentError, type Command } from 'commander';
import {
  erlangA,
  erlangB,
  erlangC,
  erlangs,
  minutes,
  perHour,
  priorityQueue,
  probability,
  staffErlangC,
  type UnstableQueue,
} from '@peel/engine';

/** Registers the Erlang, staffing and priority sub-commands on the `queue` command. */
export function registerErlangCommands(queue: Command): void {
  queue
    .command('erlang-b')
    .description('Erlang B (M/M/N/N, no queue): probability an arrival finds every server busy and is lost')
    .requiredOption('--offered-load <A>', 'offered load in Erlangs (arrival rate × mean service time)', nonNegative)
    .requiredOption('--servers <N>', 'servers (a whole number >= 1)', wholeNumber)
    .option('--json', 'print { probBlock }')
    .action((options: { offeredLoad: number; servers: number; json?: boolean }) => {
      const probBlock = erlangB(erlangs(options.offeredLoad), options.servers);
      print(options.json, { probBlock }, `P(block) = ${format(probBlock, 7)}: ${format(options.offeredLoad)} Erlangs offered to ${options.servers} server(s)`);
    });

  queue
    .command('erlang-c')
    .description('Erlang C (M/M/N, callers wait as long as it takes): P(wait), mean wait, service level, utilisation')
    .requiredOption('--arrival-rate <λ>', 'arrivals per hour', nonNegative)
    .requiredOption('--service-min <m>', 'mean service time in minutes (> 0)', positive)
    .requiredOption('--servers <N>', 'servers (a whole number >= 1)', wholeNumber)
    .option('--target-min <t>', 'answer-time target in minutes for the service level P(wait <= t)', nonNegative)
    .option('--json', 'print { offeredLoad, probWait, meanWaitMin, serviceLevel, utilisation } (serviceLevel null without --target-min)')
    .action((options: { arrivalRate: number; serviceMin: number; servers: number; targetMin?: number; json?: boolean }) => {
      const result = erlangC({
        arrivalRate: perHour(options.arrivalRate),
        meanServiceTime: minutes(options.serviceMin),
        servers: options.servers,
        ...(options.targetMin === undefined ? {} : { targetWait: minutes(options.targetMin) }),
      });
      if (!result.stable) return reportUnstable(result, options.json, 'add servers, or model callers who hang up with `peel queue erlang-a`');
      const { offeredLoad, probWait, meanWait, serviceLevel, utilisation } = result;
      const withinTarget = serviceLevel === null ? '' : `; ${percent(serviceLevel)} wait at most ${format(options.targetMin ?? 0)} min`;
      print(
        options.json,
        { offeredLoad, probWait, meanWaitMin: meanWait, serviceLevel, utilisation },
        `${format(offeredLoad)} Erlangs on ${options.servers} server(s): P(wait) ${format(probWait)}, mean wait ${format(meanWait)} min, utilisation ${percent(utilisation)}${withinTarget}`,
      );
    });

  queue
    .command('erlang-a')
    .description('Erlang A (M/M/N+M, callers hang up after an exponential patience): P(wait), P(abandon), mean wait, service level')
    .requiredOption('--arrival-rate <λ>', 'arrivals per hour', nonNegative)
    .requiredOption('--service-min <m>', 'mean service time in minutes (> 0)', positive)
    .requiredOption('--servers <N>', 'servers (a whole number >= 1)', wholeNumber)
    .requiredOption('--patience-min <p>', 'mean time callers wait before hanging up, in minutes (> 0)', positive)
    .option('--target-min <t>', 'target in minutes for the service level P(time waiting <= t)', nonNegative)
    .option('--json', 'print { probWait, probAbandon, meanWaitMin, serviceLevel, utilisation } (serviceLevel null without --target-min)')
    .action((options: { arrivalRate: number; serviceMin: number; servers: number; patienceMin: number; targetMin?: number; json?: boolean }) => {
      const result = erlangA({
        arrivalRate: perHour(options.arrivalRate),
        meanServiceTime: minutes(options.serviceMin),
        meanPatience: minutes(options.patienceMin),
        servers: options.servers,
        ...(options.targetMin === undefined ? {} : { targetWait: minutes(options.targetMin) }),
      });
      const { probWait, probAbandon, meanWait, serviceLevel, probAnsweredWithin, utilisation } = result;
      const withinTarget =
        serviceLevel === null ? '' : `; within ${format(options.targetMin ?? 0)} min: ${percent(serviceLevel)} stop waiting (answered or hung up), ${percent(probAnsweredWithin ?? 0)} answered`;
      print(
        options.json,
        { probWait, probAbandon, meanWaitMin: meanWait, serviceLevel, utilisation },
        `${format(result.offeredLoad)} Erlangs on ${options.servers} server(s), mean patience ${format(options.patienceMin)} min: P(wait) ${format(probWait)}, P(abandon) ${format(probAbandon)}, mean wait ${format(meanWait)} min, utilisation ${percent(utilisation)}${withinTarget}`,
      );
    });

  queue
    .command('staff')
    .description('smallest number on duty meeting a service level under Erlang C, and the posts behind it after abstraction')
    .requiredOption('--arrival-rate <λ>', 'arrivals per hour', nonNegative)
    .requiredOption('--service-min <m>', 'mean service time in minutes (> 0)', positive)
    .requiredOption('--target-min <t>', 'answer-time target in minutes', nonNegative)
    .requiredOption('--service-level <s>', 'required P(wait <= target), at least 0 and below 1', fraction({ allowZero: true, allowOne: false }))
    .option('--max-utilisation <u>', 'cap on utilisation (above 0, at most 1)', fraction({ allowZero: false, allowOne: true }))
    .option('--abstraction <a>', 'fraction of a post\'s time abstracted (leave, training, court…), at least 0 and below 1; default 0', fraction({ allowZero: true, allowOne: false }))
    .option('--json', 'print { servers, posts, serviceLevel, utilisation }')
    .action((options: { arrivalRate: number; serviceMin: number; targetMin: number; serviceLevel: number; maxUtilisation?: number; abstraction?: number; json?: boolean }) => {
      const result = staffErlangC({
        arrivalRate: perHour(options.arrivalRate),
        meanServiceTime: minutes(options.serviceMin),
        targetWait: minutes(options.targetMin),
        serviceLevel: probability(options.serviceLevel),
        ...(options.maxUtilisation === undefined ? {} : { maxUtilisation: probability(options.maxUtilisation) }),
        ...(options.abstraction === undefined ? {} : { abstraction: probability(options.abstraction) }),
      });
      const { servers, posts, serviceLevel, utilisation } = result;
      const abstraction = options.abstraction ? ` (${posts} posts at ${percent(options.abstraction)} abstraction)` : '';
      print(
        options.json,
        { servers, posts, serviceLevel, utilisation },
        `${servers} on duty${abstraction}: ${percent(serviceLevel)} wait at most ${format(options.targetMin)} min, utilisation ${percent(utilisation)} (offered load ${format(result.offeredLoad)} Erlangs)`,
      );
    });

  queue
    .command('priority')
    .description('M/M/N with non-preemptive priority classes sharing the servers (Cobham): mean wait per class, highest priority first')
    .requiredOption('--arrival-rates <λ1,λ2,…>', 'arrivals per hour of each class, highest priority first, separated by commas', rateList)
    .requiredOption('--service-min <m>', 'mean service time in minutes, the same for every class (> 0)', positive)
    .requiredOption('--servers <N>', 'servers (a whole number >= 1)', wholeNumber)
    .option('--json', 'print { meanWaitMin: [per class] }')
    .action((options: { arrivalRates: number[]; serviceMin: number; servers: number; json?: boolean }) => {
      const result = priorityQueue({ arrivalRates: options.arrivalRates.map(perHour), meanServiceTime: minutes(options.serviceMin), servers: options.servers });
      if (!result.stable) return reportUnstable(result, options.json, 'add servers or reduce demand');
      const lines = result.meanWait.map((wait, k) => `class ${k + 1}: mean wait ${format(wait)} min`);
      print(options.json, { meanWaitMin: result.meanWait }, `${format(result.offeredLoad)} Erlangs on ${options.servers} server(s), P(wait) ${format(result.probWait)}\n${lines.join('\n')}`);
    });
}

/** Prints the JSON object, or the text line. */
function print(json: boolean | undefined, object: Record<string, unknown>, text: string): void {
  process.stdout.write(json ? `${JSON.stringify(object, null, 2)}\n` : `${text}\n`);
}

/** An unstable queue is an honest answer, said plainly (and as JSON with --json), with exit code 1. */
function reportUnstable(result: UnstableQueue, json: boolean | undefined, advice: string): void {
  if (json) process.stdout.write(`${JSON.stringify({ unstable: true, offeredLoad: result.offeredLoad, servers: result.servers, message: result.reason }, null, 2)}\n`);
  process.stderr.write(`peel: unstable: ${result.reason}; ${advice}\n`);
  process.exitCode = 1;
}

function parseNumber(text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new InvalidArgumentError(`expected a number, got "${text}"`);
  return value;
}

function nonNegative(text: string): number {
  const value = parseNumber(text);
  if (value < 0) throw new InvalidArgumentError(`expected a number >= 0, got "${text}"`);
  return value;
}

function positive(text: string): number {
  const value = parseNumber(text);
  if (value <= 0) throw new InvalidArgumentError(`expected a number > 0, got "${text}"`);
  return value;
}

function wholeNumber(text: string): number {
  const value = parseNumber(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new InvalidArgumentError(`expected a whole number >= 1, got "${text}"`);
  return value;
}

function fraction(bounds: { allowZero: boolean; allowOne: boolean }): (text: string) => number {
  const range = `${bounds.allowZero ? 'at least 0' : 'above 0'} and ${bounds.allowOne ? 'at most 1' : 'below 1'}`;
  return (text) => {
    const value = parseNumber(text);
    if (value < 0 || value > 1 || (!bounds.allowZero && value === 0) || (!bounds.allowOne && value === 1)) {
      throw new InvalidArgumentError(`expected a fraction ${range} (e.g. 0.8 for 80 %), got "${text}"`);
    }
    return value;
  };
}

function rateList(text: string): number[] {
  const parts = text.split(',').map((part) => part.trim());
  return parts.map((part, index) => {
    const value = Number(part);
    if (part === '' || !Number.isFinite(value) || value < 0) throw new InvalidArgumentError(`class ${index + 1}: expected an arrival rate >= 0 per hour, got "${part}"`);
    return value;
  });
}

/** Four significant figures (or `digits`), without trailing zeros. */
function format(value: number, digits = 4): string {
  return String(Number(value.toPrecision(digits)));
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

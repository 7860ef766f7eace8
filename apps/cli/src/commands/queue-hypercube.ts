/**
 * `peel queue hypercube --input <file.json> [--approximate] [--json]`: the hypercube queueing model
 * from @peel/engine (exact, or Larson's A-hypercube) on a JSON description of units and atoms.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import {
  approximateHypercube,
  findHypercubeInputProblems,
  formatProblemPath,
  type HypercubeInput,
  type HypercubeSolution,
  type Minutes,
  type PerHour,
  solveHypercube,
} from '@peel/engine';

/** The input file's shape; the engine's own checks (ranges, duplicates, sizes) are added as issues. */
const inputSchema = z
  .strictObject({
    serviceRate: z.number(),
    atoms: z.array(z.strictObject({ arrivalRate: z.number(), preference: z.array(z.number()) })),
    travelMin: z.array(z.array(z.number())).optional(),
    units: z.number().optional(),
  })
  .superRefine((input, context) => {
    for (const problem of findHypercubeInputProblems(toEngineInput(input))) context.addIssue({ code: 'custom', path: [...problem.path], message: problem.message });
  });

type InputFile = z.infer<typeof inputSchema>;

/** Registers `peel queue hypercube` on the `queue` command. */
export function registerHypercubeCommand(queue: Command): void {
  queue
    .command('hypercube')
    .description('hypercube model of N distinguishable units (Larson 1974): workloads, dispatch fractions, interresponse share, travel')
    .requiredOption('--input <file>', 'JSON: { "serviceRate": μ/h, "atoms": [{ "arrivalRate": λ/h, "preference": [unit indices…] }], "travelMin"?: [[atom][unit]], "units"?: N }')
    .option('--approximate', 'use the A-hypercube approximation (Larson 1975): N equations instead of 2^N states; for large N')
    .option('--json', 'print { workloads, probAllBusy, dispatchFractions, fractionInterResponse, meanTravelMin? }')
    .action(async (options: { input: string; approximate?: boolean; json?: boolean }) => {
      const input = await readInput(options.input);
      if (input === undefined) return;
      let result;
      try {
        result = options.approximate ? approximateHypercube(input) : solveHypercube(input);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        fail(`${options.input}: ${error.message}${error.message.includes('A-hypercube') ? ': run with --approximate' : ''}`);
        return;
      }
      if (!result.stable) {
        if (options.json) process.stdout.write(`${JSON.stringify({ unstable: true, offeredLoad: result.offeredLoad, units: result.units, message: result.reason }, null, 2)}\n`);
        fail(result.reason);
        return;
      }
      if (!result.converged) process.stderr.write(`peel: warning: the iteration stopped after ${result.iterations} steps without meeting its tolerance; the figures are approximate\n`);
      process.stdout.write(options.json ? `${JSON.stringify(toJson(result), null, 2)}\n` : formatText(result, input));
    });
}

/** Reads and validates the input file; prints every problem (exit code 1) and returns undefined when it is bad. */
async function readInput(file: string): Promise<HypercubeInput | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(`--input ${file}: ${code === 'ENOENT' ? 'file not found' : (error as Error).message}`);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(`${file}: not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
  const parsed = inputSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) process.stderr.write(`peel: ${file}: ${describeIssue(issue, json)}\n`);
    process.exitCode = 1;
    return undefined;
  }
  return toEngineInput(parsed.data);
}

/** Brands the plain numbers of the file with their units (rates per hour, times in minutes). */
function toEngineInput(input: InputFile): HypercubeInput {
  return {
    serviceRate: input.serviceRate as PerHour,
    atoms: input.atoms.map((atom) => ({ arrivalRate: atom.arrivalRate as PerHour, preference: atom.preference })),
    ...(input.travelMin ? { travelMin: input.travelMin.map((row) => row.map((value) => value as Minutes)) } : {}),
    ...(input.units !== undefined ? { units: input.units } : {}),
  };
}

/** `atoms[2].preference[0]: message`, with zod's structural messages said plainly. */
function describeIssue(issue: z.core.$ZodIssue, json: unknown): string {
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const where = path.length > 0 ? `${formatProblemPath(path)}: ` : '';
  if (issue.code === 'invalid_type') {
    const value = path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), json);
    return value === undefined ? `${where}required field is missing (expected ${issue.expected})` : `${where}expected ${issue.expected}, got ${JSON.stringify(value)}`;
  }
  if (issue.code === 'unrecognized_keys') return `${where}unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  return `${where}${issue.message}`;
}

/** Exactly the issue's JSON interface. */
function toJson(result: HypercubeSolution) {
  return {
    workloads: result.workloads,
    probAllBusy: result.probAllBusy,
    dispatchFractions: result.dispatchFractions,
    fractionInterResponse: result.fractionInterResponse,
    ...(result.meanTravelMin !== undefined ? { meanTravelMin: result.meanTravelMin } : {}),
  };
}

function formatText(result: HypercubeSolution, input: HypercubeInput): string {
  const load = input.atoms.reduce((sum, atom) => sum + atom.arrivalRate, 0) / input.serviceRate;
  const method = result.method === 'exact' ? 'exact' : 'A-hypercube approximation';
  const lines = [`hypercube (${method}): ${result.units} units, ${input.atoms.length} atoms, offered load ${round(load, 4)} Erlangs`, 'unit  workload'];
  result.workloads.forEach((rho, n) => lines.push(`${String(n).padStart(4)}  ${rho.toFixed(4).padStart(8)}`));
  lines.push(`P(all busy) ${result.probAllBusy.toFixed(4)}; interresponse dispatches ${(result.fractionInterResponse * 100).toFixed(2)} %`);
  if (result.meanTravelMin !== undefined) lines.push(`mean travel time ${result.meanTravelMin.toFixed(2)} min`);
  lines.push('dispatch fractions (row: atom, column: unit)');
  lines.push(`atom${result.dispatchFractions[0]!.map((_, n) => String(n).padStart(8)).join('')}`);
  result.dispatchFractions.forEach((row, j) => lines.push(`${String(j).padStart(4)}${row.map((f) => f.toFixed(4).padStart(8)).join('')}`));
  return `${lines.join('\n')}\n`;
}

function round(value: number, digits: number): string {
  return String(Number(value.toPrecision(digits)));
}

function fail(message: string): void {
  process.stderr.write(`peel: ${message}\n`);
  process.exitCode = 1;
}

/**
 * The input file of `peel rota solve`:
 *
 *     { "periods": [ { "required": n, "label"?: "Mon 07:00" } ],
 *       "shifts":  [ { "cost"?: c, "covers": [period indices], "label"?: "early" } ],
 *       "timeLimitSeconds"?: s }
 *
 * `cost` defaults to 1 (minimise officers). Every problem is reported with its field
 * (`shifts[3].covers[1]: period 40 is out of range 0..23`); the engine's own checks
 * (findShiftCoverProblems) supply the range and duplicate checks, renamed to the file's fields.
 */
import { readFile } from 'node:fs/promises';
import { findShiftCoverProblems, formatProblemPath, type CoverShift, type ShiftCoverProblem } from '@peel/engine';

/** A read problem and its period labels, or the list of problems found. */
export type RotaSolveInput = { ok: true; problem: ShiftCoverProblem; periodLabels: (string | undefined)[] } | { ok: false; problems: string[] };

type Path = (string | number)[];

/** Reads and checks the file. */
export async function readRotaSolveInput(file: string): Promise<RotaSolveInput> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problems: [`--input ${file}: ${code === 'ENOENT' ? 'file not found' : (error as Error).message}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`${file}: not valid JSON: ${(error as Error).message}`] };
  }
  const problems: string[] = [];
  const add = (path: Path, message: string) => problems.push(`${file}: ${path.length > 0 ? `${formatProblemPath(path)}: ` : ''}${message}`);
  const parsed = parseShape(json, add);
  if (parsed === undefined) return { ok: false, problems };
  for (const problem of findShiftCoverProblems(parsed.problem)) {
    const [head, index, ...rest] = problem.path;
    add(head === 'required' ? ['periods', index!, 'required', ...rest] : problem.path, problem.message);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, ...parsed };
}

/** The file's structure: objects where objects belong, numbers where numbers belong, no unknown fields. */
function parseShape(json: unknown, add: (path: Path, message: string) => void): { problem: ShiftCoverProblem; periodLabels: (string | undefined)[] } | undefined {
  if (!isObject(json)) {
    add([], `expected an object { "periods": [...], "shifts": [...] }, got ${describe(json)}`);
    return undefined;
  }
  let bad = false;
  const problem = (path: Path, message: string) => {
    bad = true;
    add(path, message);
  };
  unknownKeys(json, ['periods', 'shifts', 'timeLimitSeconds'], [], problem);
  const periods = arrayAt(json, 'periods', [], problem);
  const shifts = arrayAt(json, 'shifts', [], problem);
  const required: number[] = [];
  const periodLabels: (string | undefined)[] = [];
  periods?.forEach((period, p) => {
    if (!isObject(period)) return problem(['periods', p], `expected an object { "required": n }, got ${describe(period)}`);
    unknownKeys(period, ['required', 'label'], ['periods', p], problem);
    required.push(numberAt(period, 'required', ['periods', p], problem) ?? 0);
    periodLabels.push(stringAt(period, 'label', ['periods', p], problem));
  });
  const coverShifts: CoverShift[] = [];
  shifts?.forEach((shift, j) => {
    if (!isObject(shift)) return problem(['shifts', j], `expected an object { "cost": c, "covers": [...] }, got ${describe(shift)}`);
    unknownKeys(shift, ['cost', 'covers', 'label'], ['shifts', j], problem);
    const cost = shift.cost === undefined ? 1 : numberAt(shift, 'cost', ['shifts', j], problem);
    const covers = arrayAt(shift, 'covers', ['shifts', j], problem) ?? [];
    covers.forEach((period, k) => {
      if (typeof period !== 'number') problem(['shifts', j, 'covers', k], `expected a period index, got ${describe(period)}`);
    });
    const label = stringAt(shift, 'label', ['shifts', j], problem);
    coverShifts.push({ cost: cost ?? 1, covers: covers.filter((period): period is number => typeof period === 'number'), ...(label === undefined ? {} : { label }) });
  });
  const timeLimit = json.timeLimitSeconds === undefined ? undefined : numberAt(json, 'timeLimitSeconds', [], problem);
  if (bad) return undefined;
  return { problem: { required, shifts: coverShifts, ...(timeLimit === undefined ? {} : { timeLimitSeconds: timeLimit }) }, periodLabels };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function unknownKeys(object: Record<string, unknown>, known: string[], path: Path, problem: (path: Path, message: string) => void): void {
  const unknown = Object.keys(object).filter((key) => !known.includes(key));
  if (unknown.length > 0) problem(path, `unknown field${unknown.length === 1 ? '' : 's'} ${unknown.map((key) => `"${key}"`).join(', ')} (expected ${known.map((key) => `"${key}"`).join(', ')})`);
}

function arrayAt(object: Record<string, unknown>, key: string, path: Path, problem: (path: Path, message: string) => void): unknown[] | undefined {
  const value = object[key];
  if (Array.isArray(value)) return value;
  problem([...path, key], value === undefined ? 'required field is missing (expected an array)' : `expected an array, got ${describe(value)}`);
  return undefined;
}

function numberAt(object: Record<string, unknown>, key: string, path: Path, problem: (path: Path, message: string) => void): number | undefined {
  const value = object[key];
  if (typeof value === 'number') return value;
  problem([...path, key], value === undefined ? 'required field is missing (expected a number)' : `expected a number, got ${describe(value)}`);
  return undefined;
}

function stringAt(object: Record<string, unknown>, key: string, path: Path, problem: (path: Path, message: string) => void): string | undefined {
  const value = object[key];
  if (value === undefined || typeof value === 'string') return value;
  problem([...path, key], `expected text, got ${describe(value)}`);
  return undefined;
}

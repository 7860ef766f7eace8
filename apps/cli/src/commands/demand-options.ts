/** Options shared by `peel demand profile` and `peel demand hotspots`: parsing and the record scope. */
import { InvalidArgumentError } from 'commander';
import type { DemandScope } from '@peel/domain';
import type { PolicingModel } from '@peel/model';
import { modelDemandScope } from '@peel/server/force-analysis';
import { readModelFile } from '../model-file';

export { round } from '@peel/server/force-analysis';

/** Parses a 'YYYY-MM' option value, naming the option when it is not one. */
export function monthOption(name: string): (value: string) => string {
  return (value) => {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new InvalidArgumentError(`${name}: expected a month as YYYY-MM, got "${value}"`);
    return value;
  };
}

/** Parses a number option within bounds, naming the option when it is not one. */
export function numberOption(name: string, bounds: { min: number; max?: number; integer?: boolean; exclusiveMin?: boolean }): (value: string) => number {
  return (value) => {
    const number = Number(value);
    const low = bounds.exclusiveMin ? number > bounds.min : number >= bounds.min;
    const valid = value.trim() !== '' && Number.isFinite(number) && low && (bounds.max === undefined || number <= bounds.max) && (!bounds.integer || Number.isInteger(number));
    if (!valid) {
      const kind = bounds.integer ? 'a whole number' : 'a number';
      const range = `${bounds.exclusiveMin ? '>' : '>='} ${bounds.min}${bounds.max === undefined ? '' : ` and <= ${bounds.max}`}`;
      throw new InvalidArgumentError(`${name}: expected ${kind} ${range}, got "${value}"`);
    }
    return number;
  };
}

/** Reads and validates `--model`; an invalid model stops the command with its first errors. */
export async function loadModelOption(file: string | undefined, sharedDataDir: string): Promise<PolicingModel | undefined> {
  if (file === undefined) return undefined;
  const report = await readModelFile(file, sharedDataDir);
  if (!report.valid || !report.model) {
    const shown = report.errors.slice(0, 3).map((issue) => `${report.file}:${issue.line}:${issue.column} ${issue.path}: ${issue.message}`);
    throw new Error(`--model: ${file} is not a valid policing model (${report.errors.length} error(s)):\n  ${shown.join('\n  ')}`);
  }
  return report.model;
}

/**
 * The records a demand command reads. With a model, only records in its areas (by stored area id
 * or by ward); `--area` must be one of them. Without a model, `--area` is matched against the
 * area id stored on each record.
 */
export function demandScope(options: { model?: PolicingModel; area?: string; from?: string; to?: string }): DemandScope {
  const { model, area, from, to } = options;
  if (from !== undefined && to !== undefined && from > to) throw new Error(`--from: ${from} is after --to ${to}`);
  if (model) {
    const areas = model.geography.areas.map((modelArea) => modelArea.id);
    if (area !== undefined && !areas.includes(area)) throw new Error(`--area: "${area}" is not an area of model ${model.id} (areas: ${areas.join(', ')})`);
    return modelDemandScope(model, { areaId: area, fromMonth: from, toMonth: to });
  }
  const scope: DemandScope = { fromMonth: from, toMonth: to };
  if (area !== undefined) scope.areaId = area;
  return scope;
}

/** Pads cells into aligned text columns (numbers right-aligned). */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number'));
  return cells
    .map((row) => row.map((cell, column) => (numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd())
    .join('\n');
}

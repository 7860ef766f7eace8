/** `peel demand profile`: crimes and workload by area × hour of week × demand type × grade. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { getConfig } from '@peel/config';
import { createDemandQueries, createDemandRepository } from '@peel/db';
import { WEEKDAY_NAMES } from '@peel/engine';
import { withDatabase } from '../with-database';
import { demandScope, formatTable, loadModelOption, monthOption } from './demand-options';
import { BY_VALUES, buildProfileReport, type ByValue, type ProfileReport } from './demand-profile-report';

interface ProfileOptions {
  model?: string;
  area?: string;
  by: ByValue[];
  role?: string;
  from?: string;
  to?: string;
  callsTimeZone?: string;
  json?: boolean;
  csv?: boolean;
}

/** Registers `peel demand profile` on the `demand` command. */
export function registerDemandProfileCommand(demand: Command): void {
  demand
    .command('profile')
    .description('crimes and workload (count × time per job × harm weight) by area and hour of week, demand type or grade, with monthly seasonality')
    .option('--model <model.yaml>', 'policing model: demand types, time per job, harm weights, areas (defaults without one)')
    .option('--area <id>', 'only this area (a model area id, or the area id stored on the records)')
    .addOption(new Option('--by <dimensions>', `break down by ${BY_VALUES.join(' | ')} (comma-separated to combine); always by area too`).argParser(parseBy).default(['type'], 'type'))
    .option('--role <role>', 'count time for this role only (default: the sum over every role a demand type lists)')
    .option('--from <YYYY-MM>', 'first month', monthOption('--from'))
    .option('--to <YYYY-MM>', 'last month', monthOption('--to'))
    .option('--calls-time-zone <zone>', 'IANA zone the calls-for-service times are read in (default: the model\'s timeZone, else Europe/London)')
    .option('--json', 'print the profile as JSON')
    .option('--csv', 'print the rows as CSV')
    .action(async (options: ProfileOptions) => {
      if (options.json && options.csv) throw new Error('--json and --csv: choose one output format');
      const config = getConfig();
      const model = await loadModelOption(options.model, config.sharedDataDir);
      const scope = demandScope({ model, area: options.area, from: options.from, to: options.to });
      const callsTimeZone = options.callsTimeZone ?? model?.timeZone ?? 'Europe/London';
      if (!isTimeZone(callsTimeZone)) throw new Error(`--calls-time-zone: unknown IANA time zone "${callsTimeZone}"`);
      const report = await withDatabase(config, (handle) =>
        buildProfileReport(createDemandQueries(handle.db), createDemandRepository(handle.db), { model, scope, by: options.by, role: options.role, callsTimeZone }),
      );
      if (report.rows.length === 0) process.stderr.write('note: no crime records match (import them with `peel import police-uk`)\n');
      if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else if (options.csv) process.stdout.write(toCsv(report));
      else process.stdout.write(toText(report));
    });
}

function parseBy(value: string): ByValue[] {
  const parts = value.split(',').map((part) => part.trim());
  for (const part of parts) {
    if (!(BY_VALUES as readonly string[]).includes(part)) throw new InvalidArgumentError(`--by: expected ${BY_VALUES.join(', ')} (comma-separated), got "${part}"`);
  }
  return [...new Set(parts as ByValue[])];
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The row columns present in this report, in a fixed order. */
function columns(report: ProfileReport): string[] {
  const keys = new Set(report.rows.flatMap((row) => Object.keys(row)));
  return ['area', 'hourOfWeek', 'label', 'demandType', 'grade', 'count', 'perWeek', 'perHour', 'timeHours', 'harm', 'workload'].filter((key) => key === 'area' || keys.has(key));
}

function toCsv(report: ProfileReport): string {
  const header = columns(report);
  const quote = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = report.rows.map((row) => header.map((key) => quote(cell(row, key))).join(','));
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

function toText(report: ProfileReport): string {
  const out: string[] = [];
  const { method } = report;
  out.push(`Demand profile${report.model ? ` for model ${report.model}` : ''}${report.area ? `, area ${report.area}` : ''}: ${report.months.length} month(s) ${report.months[0] ?? ''}${report.months.length > 1 ? `…${report.months[report.months.length - 1]}` : ''} (${report.weeks.toFixed(1)} weeks)`);
  out.push(`  hour of week: ${method.intensity.source === 'calls-for-service' ? `from ${method.intensity.calls} calls for service (${method.intensity.timeZone})` : 'uniform (no calls for service stored)'}`);
  out.push(`  time per job: ${method.timePerJob.rule}`);
  out.push(`  harm: ${method.harm.name} (${method.harm.unit})${method.harm.defaulted.length > 0 ? `; default weights for ${method.harm.defaulted.length} categor${method.harm.defaulted.length === 1 ? 'y' : 'ies'}` : ''}`);
  out.push(`  grades: ${method.gradeMix.source === 'calls-for-service' ? method.gradeMix.shares.map(({ grade, share }) => `${grade}: ${(share * 100).toFixed(1)} %`).join(', ') + ' (calls for service)' : 'ungraded (no graded calls stored)'}`);
  if (report.model && method.unmappedCategories.length > 0) out.push(`  categories with no model demand type: ${method.unmappedCategories.join(', ')}`);
  if (report.recordsOutsideModel) out.push(`  ${report.recordsOutsideModel} stored crime(s) of these months are in none of the model's areas and are not counted`);
  out.push(`  total: ${report.totals.count.toFixed(0)} crimes, ${report.totals.timeHours.toFixed(1)} h, harm ${report.totals.harm.toFixed(0)}, workload ${report.totals.workload.toFixed(0)}`);
  out.push('');
  if (report.by.length === 2 && report.by[1] === 'hour-of-week') out.push(...hourGrids(report));
  else {
    const header = columns(report).filter((key) => key !== 'hourOfWeek');
    const rows = report.rows.map((row) => header.map((key) => textCell(key, cell(row, key))));
    out.push(formatTable(header, rows));
  }
  if (report.seasonality.length > 1) {
    out.push('', 'Seasonality (crimes per day against the mean month):');
    out.push(formatTable(['month', 'count', 'perDay', 'index'], report.seasonality.map((month) => [month.month, month.count, month.perDay.toFixed(1), month.index.toFixed(3)])));
  }
  return `${out.join('\n')}\n`;
}

/** A row's value by column name. */
function cell(row: object, key: string): unknown {
  return (row as Record<string, unknown>)[key];
}

function textCell(key: string, value: unknown): string | number {
  if (value === null || value === undefined) return key === 'area' ? '(none)' : key === 'grade' ? '(ungraded)' : '';
  if (typeof value === 'number') return key === 'grade' ? value : Number(value.toFixed(key === 'perHour' ? 3 : 1));
  return String(value);
}

/** One 7 × 24 table per area: crimes per week in each hour of the week. */
function hourGrids(report: ProfileReport): string[] {
  const out: string[] = [];
  const areas = [...new Set(report.rows.map((row) => row.area ?? null))];
  for (const area of areas) {
    const perWeek = new Array<number>(168).fill(0);
    for (const row of report.rows) if ((row.area ?? null) === area && row.hourOfWeek !== undefined) perWeek[row.hourOfWeek] = row.perWeek;
    out.push(`Area ${area ?? '(none)'}: crimes per week by hour of week`);
    const header = ['day', ...Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, '0'))];
    const rows = WEEKDAY_NAMES.map((day, index) => [day, ...perWeek.slice(index * 24, index * 24 + 24).map((value) => Number(value.toFixed(1)))]);
    out.push(formatTable(header, rows), '');
  }
  return out;
}

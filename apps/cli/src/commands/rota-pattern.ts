/**
 * `peel rota pattern --model <model.yaml> (--team <id> --role <role> | --pattern <id>) --required <…>
 * [--abstraction <a>] [--headcount <n>] [--optimal] [--json]`: a fixed rotating shift pattern of the
 * model against an hourly requirement of officers on duty — how many each relief (shift team) needs,
 * the posts, and where the pattern over- or under-covers (engine: evaluateRotatingPattern). With
 * --team the pattern, the headcount of --role and the team's abstraction come from the model.
 * --optimal adds the least-cost cover with the pattern's shift lengths free to start at any hour.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { getConfig } from '@peel/config';
import { evaluateRotatingPattern, HOURS_PER_WEEK, patternShiftsOnDuty, postsFromDutyHours, shiftsAtEveryStart, teamAbstraction, WEEKDAY_NAMES, type RotatingPatternEvaluation } from '@peel/engine';
import type { PolicingModel, ShiftPattern } from '@peel/model';
import { loadModelOption } from './demand-options';
import { solveWithHighs, statusExtras } from './rota-output';

interface PatternOptions {
  model: string;
  team?: string;
  role?: string;
  pattern?: string;
  required: number[];
  abstraction?: number;
  headcount?: number;
  optimal?: boolean;
  json?: boolean;
}

/** Registers `peel rota pattern`. */
export function registerRotaPatternCommand(rota: Command): void {
  rota
    .command('pattern')
    .description("a model's fixed rotating shift pattern against an hourly requirement: officers per relief, posts, over- and under-cover per hour")
    .requiredOption('--model <file>', 'policing model (YAML)')
    .option('--team <id>', "take the team's shift pattern, abstraction and (with --role) headcount")
    .option('--role <role>', 'the role of --team whose headcount is compared (e.g. PC)')
    .option('--pattern <id>', 'a shift pattern of the model (instead of --team); abstraction: the force\'s')
    .requiredOption('--required <n | 24 values | 168 values>', 'officers needed on duty: one number for every hour, 24 (each hour of every day, from 00:00) or 168 (each hour of the week from Monday 00:00), separated by commas', requirement)
    .option('--abstraction <a>', 'fraction of rostered time abstracted, at least 0 and below 1 (default: from the model)', fraction)
    .option('--headcount <n>', 'officers on the pattern today, all reliefs (default: --role\'s headcount in --team)', count)
    .option('--optimal', 'also solve the least-cost cover with the pattern\'s shift lengths starting at any hour (HiGHS), for comparison')
    .option('--json', 'print the evaluation as JSON (+ optimal when asked)')
    .action(async (options: PatternOptions) => {
      const model = (await loadModelOption(options.model, getConfig().sharedDataDir))!;
      const { pattern, abstraction, headcount, subject } = resolvePattern(model, options);
      const evaluation = evaluateRotatingPattern({ pattern, required: options.required, abstraction, ...(headcount === undefined ? {} : { headcount }) });
      const optimal = options.optimal ? await optimalCover(pattern, options.required, abstraction) : undefined;
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ pattern: pattern.id, abstraction, ...evaluation, ...(optimal ? { optimal } : {}) }, null, 2)}\n`);
      } else {
        process.stdout.write(formatText(subject, pattern, abstraction, options.required, evaluation, optimal));
      }
      if (evaluation.status === 'infeasible') {
        process.stderr.write(`peel: the pattern leaves ${evaluation.uncoveredPeriods.length} hour(s) that need officers with no shift on duty (first: ${hourName(evaluation.uncoveredPeriods[0]!)})\n`);
        process.exitCode = 1;
      }
    });
}

function resolvePattern(model: PolicingModel, options: PatternOptions): { pattern: ShiftPattern; abstraction: number; headcount?: number; subject: string } {
  if ((options.team === undefined) === (options.pattern === undefined)) throw new Error('give --team <id> (with --role) or --pattern <id>, not both or neither');
  const findPattern = (id: string, option: string) => {
    const pattern = model.shiftPatterns.find((candidate) => candidate.id === id);
    if (!pattern) throw new Error(`${option}: the model has no shift pattern "${id}" (it has ${model.shiftPatterns.map((p) => p.id).join(', ')})`);
    return pattern;
  };
  if (options.pattern !== undefined) {
    if (options.role !== undefined) throw new Error('--role needs --team');
    const abstraction = options.abstraction ?? teamAbstraction(model, {});
    return { pattern: findPattern(options.pattern, '--pattern'), abstraction, ...(options.headcount === undefined ? {} : { headcount: options.headcount }), subject: `pattern ${options.pattern}` };
  }
  const team = model.teams.find((candidate) => candidate.id === options.team);
  if (!team) throw new Error(`--team: the model has no team "${options.team}"`);
  if (!team.shiftPattern) throw new Error(`--team: ${team.id} has no shift pattern (it works office hours)`);
  let headcount = options.headcount;
  if (options.role !== undefined) {
    const role = team.roles[options.role];
    if (!role) throw new Error(`--role: team ${team.id} has no role "${options.role}" (it has ${Object.keys(team.roles).join(', ')})`);
    headcount ??= role.headcount;
  }
  const abstraction = options.abstraction ?? teamAbstraction(model, team);
  return { pattern: findPattern(team.shiftPattern, `--team ${team.id}'s shiftPattern`), abstraction, ...(headcount === undefined ? {} : { headcount }), subject: `${team.name}${options.role ? ` ${options.role}s` : ''} on ${team.shiftPattern}` };
}

/** The least-cost cover with the pattern's shift lengths at every hour of a cyclic week (cost = hours), and its posts at the pattern's own hours per officer. */
async function optimalCover(pattern: ShiftPattern, required: number[], abstraction: number) {
  const lengths = [...new Set(pattern.shifts.map((shift) => shift.durationHours))];
  if (lengths.some((length) => !Number.isInteger(length))) throw new Error('--optimal: the pattern has shifts that are not whole hours');
  const shifts = shiftsAtEveryStart({ periods: HOURS_PER_WEEK, lengths, cyclic: true, cost: (_start, length) => length });
  const result = await solveWithHighs({ required: required.map((value) => Math.ceil(value - 1e-9)), shifts });
  // Hours a relief member works a week under the pattern: its shift-hours a week shared by the reliefs.
  const hoursPerOfficer = patternShiftsOnDuty(pattern).reduce((sum, shifts) => sum + shifts, 0) / pattern.rotatingTeams;
  const posts = result.status === 'infeasible' ? null : postsFromDutyHours({ dutyHoursPerWeek: result.cost, contractedHoursPerWeek: hoursPerOfficer, abstraction }).posts;
  return { status: result.status, shiftLengths: lengths, officerHours: result.status === 'infeasible' ? null : result.cost, hoursPerOfficer, posts, ...statusExtras(result) };
}

function formatText(subject: string, pattern: ShiftPattern, abstraction: number, required: number[], evaluation: RotatingPatternEvaluation, optimal: Awaited<ReturnType<typeof optimalCover>> | undefined): string {
  const shifts = pattern.shifts.map((shift) => `${shift.id} ${shift.start} ${shift.durationHours} h${shift.days ? ` (${shift.days.join(' ')})` : ''}`).join(', ');
  const onDutyHours = evaluation.cover.reduce((a, b) => a + b, 0);
  const lines = [
    `${subject}: ${pattern.rotatingTeams} rotating teams; ${shifts}`,
    `requirement ${Math.min(...required)}–${Math.max(...required)} on duty; abstraction ${percent(abstraction)}`,
    `each relief needs ${evaluation.onDutyPerShiftTeam} on duty → ${evaluation.officersPerShiftTeam} officers; ${evaluation.posts} posts`,
    `binding hours (set the relief size): ${evaluation.bindingPeriods.length} of ${HOURS_PER_WEEK}${evaluation.bindingPeriods.length > 0 ? `, e.g. ${evaluation.bindingPeriods.slice(0, 3).map(hourName).join(', ')}` : ''}`,
    `over-cover: ${round(evaluation.overCoverOfficerHours)} officer-hours a week (${onDutyHours > 0 ? percent(evaluation.overCoverOfficerHours / onDutyHours) : '0 %'} of the hours on duty)`,
  ];
  if (evaluation.current) {
    const { headcount, onDutyPerShiftTeam, hoursShort, officerHoursShort } = evaluation.current;
    lines.push(`headcount ${headcount}: ${round(onDutyPerShiftTeam)} of each relief on duty; short in ${hoursShort} hour(s) a week, ${round(officerHoursShort)} officer-hours`);
  }
  if (optimal) {
    lines.push(
      optimal.posts === null
        ? `optimal cover with ${optimal.shiftLengths.join('/')}-hour shifts at any hour: ${optimal.status}`
        : `optimal cover with ${optimal.shiftLengths.join('/')}-hour shifts at any hour: ${optimal.officerHours} officer-hours a week → ${optimal.posts} posts at ${round(optimal.hoursPerOfficer)} h a week (${optimal.status})`,
    );
  }
  lines.push('', 'on duty − required, by hour (a blank is an hour with neither):');
  lines.push(`     ${Array.from({ length: 24 }, (_, hour) => String(hour).padStart(4)).join('')}`);
  WEEKDAY_NAMES.forEach((day, d) => {
    const cells = Array.from({ length: 24 }, (_, hour) => {
      const h = d * 24 + hour;
      const surplus = evaluation.surplus[h]!;
      return (evaluation.cover[h] === 0 && required[h] === 0 ? '' : `${surplus > 0 ? '+' : ''}${round(surplus)}`).padStart(4);
    });
    lines.push(`  ${day}${cells.join('')}`);
  });
  return `${lines.join('\n')}\n`;
}

function hourName(hour: number): string {
  return `${WEEKDAY_NAMES[Math.floor(hour / 24)]} ${String(hour % 24).padStart(2, '0')}:00`;
}

function percent(value: number): string {
  return `${round(value * 100)} %`;
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** One number for every hour, 24 for every hour of every day, or 168 for the week. */
function requirement(value: string): number[] {
  const parts = value.split(',').map((part) => part.trim());
  const numbers = parts.map((part, i) => {
    const number = Number(part);
    if (part === '' || !Number.isFinite(number) || number < 0) throw new InvalidArgumentError(`value ${i + 1} ("${part}") is not a number of officers >= 0`);
    return number;
  });
  if (numbers.length === 1) return new Array<number>(HOURS_PER_WEEK).fill(numbers[0]!);
  if (numbers.length === 24) return Array.from({ length: HOURS_PER_WEEK }, (_, h) => numbers[h % 24]!);
  if (numbers.length === HOURS_PER_WEEK) return numbers;
  throw new InvalidArgumentError(`expected 1, 24 or 168 values, got ${numbers.length}`);
}

function fraction(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !(number >= 0 && number < 1)) throw new InvalidArgumentError(`expected a fraction at least 0 and below 1, got "${value}"`);
  return number;
}

function count(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0) throw new InvalidArgumentError(`expected a number of officers >= 0, got "${value}"`);
  return number;
}

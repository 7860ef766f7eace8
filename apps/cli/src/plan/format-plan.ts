/**
 * `peel plan` output: the engine's ForcePlan as text (tables a planner reads) or CSV (one row per
 * area × team × role). `--json` prints the ForcePlan itself.
 */
import type { ForcePlan, PlanOverrideResult, PostsOutcome, ResponsePlan } from '@peel/engine';
import { WEEKDAY_NAMES } from '@peel/engine';
import { formatTable } from '../commands/demand-options';

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)} %`);
const signed = (value: number) => (value > 0 ? `+${value}` : String(value));
const range = (values: readonly number[]) => `${round1(Math.min(...values))}–${round1(Math.max(...values))}`;
const round1 = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
/** An area list, shortened past two ("york +2"). */
export const areasOf = (areas: readonly string[]) => (areas.length > 2 ? `${areas[0]} +${areas.length - 1}` : areas.join(', '));

/** The predicted effect of an override, in words. */
export function describeEffect(result: PlanOverrideResult): string {
  const { effect } = result;
  if (effect.kind === 'grade-1-compliance') return `Grade 1 compliance ${percent(effect.before)} → ${percent(effect.after)}`;
  const hours = (value: number | null) => (value === null ? '—' : value.toFixed(1));
  return `workload per post ${hours(effect.before)} → ${hours(effect.after)} h/week`;
}

/** The plan as text; `hours` adds the hour-by-hour on-duty tables of every response cell. */
export function formatPlanText(plan: ForcePlan, options: { hours?: boolean; notes?: readonly string[] } = {}): string {
  const out: string[] = [];
  out.push(`Establishment plan — ${plan.model.force} (model ${plan.model.id}${plan.scenario ? `, scenario ${plan.scenario}` : ''}), method ${plan.method}`);
  out.push('');
  out.push('Lines (the same team across areas, one role: the algorithm shares each line\'s posts between its teams):');
  out.push(formatTable(['line', 'kind', 'role', 'establishment', 'algorithm', 'final', 'Grade 1 need'], plan.lines.map((line) => [line.id, line.teamKind, line.role, line.establishment, line.algorithm, line.final, line.required ?? '—'])));
  out.push('');
  out.push('Establishment by area × team × role (algorithm = the plan\'s figure; override = professional judgement; final = algorithm + override):');
  out.push(
    formatTable(
      ['area', 'team', 'role', 'current', 'minimum', 'algorithm', 'override', 'final', 'change', 'basis'],
      plan.cells.map((cell) => [areasOf(cell.areas), cell.team, cell.role, cell.current, cell.minimum, cell.algorithm, cell.override === 0 ? '' : signed(cell.override), cell.final, cell.final === cell.current ? '' : signed(cell.final - cell.current), cell.basis]),
    ),
  );
  if (plan.response.length > 0) {
    const first = plan.response[0]!;
    out.push('');
    out.push(`Grade ${first.grade} response (target ${percent(first.target)} within ${first.urbanTargetMinutes} min urban / ${first.ruralTargetMinutes} min rural; need = officers on duty each hour for the target; posts on the team's own pattern):`);
    out.push(
      formatTable(
        ['area', 'team:role', 'km²', 'urban', 'G1/week', 'jobs/week', 'need on duty', 'need posts rota', 'pattern', 'posts cur→final', 'on duty final', 'hours short', 'compliance current', 'algorithm', 'final'],
        plan.response.map((response) => [
          areasOf(response.areas),
          response.cell,
          Math.round(response.areaKm2),
          percent(response.urbanShare),
          response.gradeOnePerWeek.toFixed(1),
          response.jobsPerWeek.toFixed(0),
          range(response.requiredOnDuty),
          response.requiredPosts ?? '—',
          response.patternPosts ?? '—',
          `${response.current.posts}→${response.final.posts}`,
          range(response.final.onDuty),
          response.final.hoursShort,
          percent(response.current.compliance),
          percent(response.algorithm.compliance),
          percent(response.final.compliance),
        ]),
      ),
    );
    if (options.hours) for (const response of plan.response) out.push('', ...hourTable(response, response.final));
    else out.push('  (on duty against the need hour by hour: --hours, or --json)');
  }
  if (plan.overrides.length > 0) {
    out.push('');
    out.push('Overrides (professional judgement) and their predicted effect:');
    out.push(formatTable(['cell', 'delta', 'who', 'why', 'algorithm→final', 'effect'], plan.overrides.map((result) => [result.cell, signed(result.override.delta), result.override.who, result.override.why, `${result.algorithm}→${result.final}`, describeEffect(result)])));
  }
  if (plan.constraints.length > 0) {
    out.push('');
    out.push('Constraints (minimum-on-duty rows: expected on duty per shift):');
    out.push(formatTable(['constraint', 'kind', 'required', 'current', 'algorithm', 'final', 'met'], plan.constraints.map((check) => [check.id, check.kind, check.required, check.current, check.algorithm, check.final, check.met ? 'yes' : 'NO'])));
  }
  if (plan.warnings.length > 0) out.push('', 'Warnings:', ...plan.warnings.map((warning) => `  ! ${warning}`));
  out.push('', 'Notes:', ...[...(options.notes ?? []), ...plan.notes].map((note) => `  - ${note}`));
  return `${out.join('\n')}\n`;
}

/** On duty (expected, from posts) against the need, one block of two rows per day. */
function hourTable(response: ResponsePlan, outcome: PostsOutcome): string[] {
  const rows: (string | number)[][] = [];
  WEEKDAY_NAMES.forEach((day, index) => {
    const hours = Array.from({ length: 24 }, (_, hour) => index * 24 + hour);
    rows.push([`${day} need`, ...hours.map((hour) => response.requiredOnDuty[hour]!)]);
    rows.push([`${day} on duty`, ...hours.map((hour) => outcome.onDuty[hour]!.toFixed(1))]);
  });
  return [`${response.cell}: officers needed on duty and expected on duty with ${outcome.posts} posts, by hour`, formatTable(['', ...Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, '0'))], rows)];
}

/** One CSV row per area × team × role. */
export function formatPlanCsv(plan: ForcePlan): string {
  const quote = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const response = new Map(plan.response.map((entry) => [entry.cell, entry]));
  const header = ['areas', 'team', 'team_kind', 'role', 'line', 'basis', 'current', 'minimum', 'workload_hours_per_week', 'required_posts', 'algorithm', 'override', 'final', 'override_who', 'override_why', 'grade1_compliance_current', 'grade1_compliance_algorithm', 'grade1_compliance_final'];
  const rows = plan.cells.map((cell) => {
    const grade = response.get(cell.key);
    return [
      cell.areas.join(' '),
      cell.team,
      cell.teamKind,
      cell.role,
      cell.line,
      cell.basis,
      cell.current,
      cell.minimum,
      cell.workloadHoursPerWeek.toFixed(2),
      cell.requiredPosts,
      cell.algorithm,
      cell.override,
      cell.final,
      cell.overrides.map((override) => override.who).join('; '),
      cell.overrides.map((override) => override.why).join('; '),
      grade?.current.compliance?.toFixed(4),
      grade?.algorithm.compliance?.toFixed(4),
      grade?.final.compliance?.toFixed(4),
    ].map(quote);
  });
  return `${[header.join(','), ...rows.map((row) => row.join(','))].join('\n')}\n`;
}

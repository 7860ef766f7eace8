/**
 * `peel plan --model <model.yaml> [--method workload|queueing] [--overrides <file>] [--stored-overrides]
 * [--scenario <id>] [--compare <scenario|base>] [--hours] [--json|--csv]`: the force's establishment
 * plan — posts per area × team × role by workload (Wiltshire) or by Grade 1 queueing need (PCAM),
 * on-duty per hour against the requirement, predicted Grade 1 compliance per area, and the
 * overrides with their effect. The demand must be imported first (`peel import police-uk`).
 * `peel plan override add|list|withdraw` keeps overrides in the database (plan-override.ts).
 */
import { InvalidArgumentError, type Command } from 'commander';
import { getConfig } from '@peel/config';
import { PLAN_METHODS, comparePlans, type PlanMethod } from '@peel/engine';
import { formatComparisonText } from '../plan/format-comparison';
import { formatPlanCsv, formatPlanText } from '../plan/format-plan';
import { makePlan, modelUnder } from '../plan/make-plan';
import { readOverrides } from '../plan/read-overrides';
import { loadModelOption } from './demand-options';
import { registerPlanOverrideCommands } from './plan-override';

interface PlanOptions {
  model?: string;
  method: PlanMethod;
  overrides?: string;
  storedOverrides?: boolean;
  scenario?: string;
  compare?: string;
  hours?: boolean;
  json?: boolean;
  csv?: boolean;
}

function methodOption(value: string): PlanMethod {
  if (!(PLAN_METHODS as readonly string[]).includes(value)) throw new InvalidArgumentError(`--method: expected ${PLAN_METHODS.join(' or ')}, got "${value}"`);
  return value as PlanMethod;
}

/** Registers `peel plan` and `peel plan override …`. */
export function registerPlanCommands(program: Command): void {
  const plan = program
    .command('plan')
    .description('allocate the establishment across areas, teams and roles from demand (workload or Grade 1 queueing), with overrides, constraints and scenarios')
    .option('--model <model.yaml>', 'policing model to plan (its crime must be imported: peel import police-uk … --model <model.yaml>)')
    .option('--method <method>', 'workload (Wiltshire: impact-weighted workload) or queueing (PCAM: response posts by Grade 1 need)', methodOption, 'workload')
    .option('--overrides <file>', 'YAML or JSON overrides: [{ area|team, role, delta, who, why }] (see apps/cli/src/plan/read-overrides.ts)')
    .option('--stored-overrides', 'include the overrides stored with `peel plan override add` for this model (and scenario)')
    .option('--scenario <id>', 'plan under one of the model\'s scenarios, merge:<area>,<area> (two areas merged) or abstraction:<percent> (abstraction at a new total)')
    .option('--compare <scenario|base>', 'also plan under this scenario (as --scenario, or "base": the model as written) and print the two side by side')
    .option('--hours', 'print on-duty against the need hour by hour for every response team')
    .option('--json', 'print the plan as JSON (with --compare: { comparison, plans: [plan, other plan] })')
    .option('--csv', 'print one CSV row per area × team × role')
    .action(async (options: PlanOptions) => {
      if (options.model === undefined) throw new Error('--model: give the policing model to plan; see `peel plan --help`');
      if (options.json && options.csv) throw new Error('--json and --csv: choose one output format');
      if (options.compare !== undefined && options.csv) throw new Error('--compare and --csv: a comparison prints as text or --json');
      const config = getConfig();
      const model = await loadModelOption(options.model, config.sharedDataDir);
      if (!model) throw new Error('--model: no model');
      const scenario = options.scenario ?? null;
      const compareWith = options.compare === undefined ? undefined : options.compare === 'base' ? null : options.compare;
      // Unknown scenarios are refused before any work.
      modelUnder(model, scenario);
      if (compareWith !== undefined) modelUnder(model, compareWith, '--compare');
      const overridesFile = options.overrides === undefined ? undefined : await readOverrides(options.overrides, model.id);
      const request = { config, model, modelFile: options.model, method: options.method, overridesFile, storedOverrides: options.storedOverrides };
      const made = await makePlan({ ...request, scenario });
      if (compareWith !== undefined) {
        const other = await makePlan({ ...request, scenario: compareWith });
        const comparison = comparePlans(made.plan, other.plan);
        process.stdout.write(options.json ? `${JSON.stringify({ comparison, plans: [made.plan, other.plan] }, null, 2)}\n` : formatComparisonText(comparison));
        return;
      }
      if (options.json) process.stdout.write(`${JSON.stringify({ ...made.plan, notes: [...made.notes, ...made.plan.notes] }, null, 2)}\n`);
      else if (options.csv) process.stdout.write(formatPlanCsv(made.plan));
      else process.stdout.write(formatPlanText(made.plan, { hours: options.hours, notes: made.notes }));
    });
  registerPlanOverrideCommands(plan);
}

/**
 * `planForce`: a force's establishment plan from its model and its demand — the entry point the
 * CLI (`peel plan`) and the server call. Pure apart from the rota solver port (HiGHS in a worker).
 *
 *  1. Lines and cells (plan-lines.ts): each line's posts are shared between its teams.
 *  2. Weights: impact-weighted workload of the role over each team's areas (Wiltshire); for the
 *     response line under `queueing`, the posts each area needs for the Grade 1 target (PCAM).
 *  3. Apportionment by Huntington–Hill with minimums (cell-minimums.ts).
 *  4. Overrides (professional judgement) on top: final = algorithm + Σ deltas.
 *  5. The Grade 1 analysis of every response cell (current, algorithm and final posts), the
 *     effect of each override, the model's constraints and the warnings a planner must see.
 */
import { apportion } from '../allocation/apportion';
import { allocateByMarginalGain } from '../allocation/marginal-allocation';
import type { DemandRate, ScenarioDemandTypeSpec } from '../simulation/force/build-force-scenario';
import type { RotaSolver } from '../rota/rota-solver';
import { areaWorkload, workloadOver } from './area-workload';
import { cellMinimums, type CellMinimum } from './cell-minimums';
import { checkConstraints } from './check-constraints';
import { describePlanOptions, DEFAULT_PLAN_OPTIONS, type PlanOptions } from './plan-options';
import { planLines, type CellDraft, type LineDraft } from './plan-lines';
import { PLAN_METHODS, type CellBasis, type ForcePlan, type PlanCell, type PlanLine, type PlanMethod, type PlanOverride, type PlanOverrideResult, type ResponsePlan } from './plan-types';
import type { PlanningModel } from './planning-model';
import { gradeOneOf, responseCells, responseDemand } from './response-demand';
import { complianceWithPosts, coverRequirement, patternPosts, postsOutcome, requiredOnDuty, responseContext, shiftLengths, type ResponseContext, type ResponseGround } from './response-plan';
import { PlanOverrideError, resolveOverrides } from './resolve-overrides';

/** An area's urban and rural km² and the share of its demand in urban places (from boundaries and recorded crime). */
export interface AreaGround {
  urbanKm2: number;
  ruralKm2: number;
  urbanShare: number;
}

/** Input of {@link planForce}. */
export interface PlanForceInput {
  model: PlanningModel;
  /** The scenario the model was transformed by (a label for the output), or null. */
  scenario?: string | null;
  method: PlanMethod;
  /** Demand: hour-of-week arrival rates by area, type and grade, and the demand types they name. */
  demand: { rates: readonly DemandRate[]; demandTypes: readonly ScenarioDemandTypeSpec[] };
  /** Area sizes and urban shares by area id; areas missing fall back to an assumed size per ward. */
  geography?: Readonly<Record<string, AreaGround>>;
  overrides?: readonly PlanOverride[];
  options?: Partial<PlanOptions>;
  solver: RotaSolver;
}

/** A response cell's analysis before posts are known. */
interface ResponseWork {
  draft: CellDraft;
  context: ResponseContext;
  areaSource: 'boundaries' | 'fallback';
  required: number[];
  rota: Awaited<ReturnType<typeof coverRequirement>>['rota'];
  requiredPosts: number | null;
  patternPosts: number | null;
}

/** The plan (see the file comment). Throws {@link PlanOverrideError} for a bad override and RangeError for bad input. */
export async function planForce(input: PlanForceInput): Promise<ForcePlan> {
  const { model, method, demand, overrides = [], solver } = input;
  if (!PLAN_METHODS.includes(method)) throw new RangeError(`method: expected ${PLAN_METHODS.join(' or ')}, got '${method}'`);
  const options: PlanOptions = { ...DEFAULT_PLAN_OPTIONS, ...input.options };
  const lines = planLines(model);
  const drafts = lines.flatMap((line) => line.cells);
  const overrideCells = resolveOverrides(overrides, drafts, model.id);
  const workload = areaWorkload({ rates: demand.rates, demandTypes: demand.demandTypes, modelTypes: model.demandTypes });
  const { minimums, wardRules, warnings } = cellMinimums(model, drafts);
  const notes = [
    'workload (Wiltshire): for each role, Σ over demand types of jobs a week × minutes the role takes × impact weight, in impact-weighted hours a week; types the model does not describe count with impact 1',
    'apportionment: each line\'s posts (the same team across areas, one role) shared by Huntington–Hill (the US House method: house and population monotone, no Alabama paradox), every area kept at its minimum',
    ...describePlanOptions(options),
  ];

  const work = await analyseResponse({ model, drafts, demand, geography: input.geography, options, solver, warnings, notes });
  const cells = lines.flatMap((line) => allocateLine({ line, method, minimums, workload, work, warnings }));
  const byKey = new Map(cells.map((cell) => [cell.key, cell]));

  overrides.forEach((override, index) => {
    const cell = byKey.get(overrideCells[index]!)!;
    cell.override += override.delta;
    cell.final = cell.algorithm + cell.override;
    if (cell.final < 0) throw new PlanOverrideError(index, 'delta', `would leave team ${cell.team} with ${cell.final} ${cell.role} (algorithm ${cell.algorithm}, overrides ${cell.override})`);
    cell.overrides.push({ ...(override.id === undefined ? {} : { id: override.id }), delta: override.delta, who: override.who, why: override.why, ...(override.at === undefined ? {} : { at: override.at }) });
  });

  const response: ResponsePlan[] = [...work.values()].map((item) => responsePlanOf(item, byKey.get(item.draft.key)!));
  const responseByCell = new Map(response.map((plan) => [plan.cell, plan]));
  const overrideResults: PlanOverrideResult[] = overrides.map((override, index) => {
    const cell = byKey.get(overrideCells[index]!)!;
    const plan = responseByCell.get(cell.key);
    const perPost = (posts: number) => (posts > 0 && cell.workloadHoursPerWeek > 0 ? cell.workloadHoursPerWeek / posts : null);
    return {
      override,
      cell: cell.key,
      algorithm: cell.algorithm,
      final: cell.final,
      effect: plan ? { kind: 'grade-1-compliance', before: plan.algorithm.compliance, after: plan.final.compliance } : { kind: 'workload-per-post', before: perPost(cell.algorithm), after: perPost(cell.final) },
    };
  });

  const planLinesOut: PlanLine[] = lines.map((line) => {
    const members = line.cells.map((draft) => byKey.get(draft.key)!);
    const needs = members.map((cell) => cell.requiredPosts);
    return {
      id: line.id,
      teamKind: line.teamKind,
      role: line.role,
      shiftPattern: line.shiftPattern,
      cells: members.map((cell) => cell.key),
      basis: members[0]!.basis,
      establishment: members.reduce((sum, cell) => sum + cell.current, 0),
      algorithm: members.reduce((sum, cell) => sum + cell.algorithm, 0),
      final: members.reduce((sum, cell) => sum + cell.final, 0),
      required: needs.every((need) => need !== null) ? needs.reduce((sum: number, need) => sum + need!, 0) : null,
    };
  });
  for (const line of planLinesOut) {
    if (line.final !== line.establishment) warnings.push(`line ${line.id}: the overrides ${line.final > line.establishment ? 'add' : 'take away'} ${Math.abs(line.final - line.establishment)} post(s) (establishment ${line.establishment}, final ${line.final})`);
    if (line.required !== null && line.required > line.establishment) warnings.push(`line ${line.id}: the Grade 1 target needs ${line.required} posts on an optimal rota, the establishment is ${line.establishment}`);
  }

  const constraints = checkConstraints({ model, drafts, figures: byKey, wardRules });
  for (const check of constraints.filter((candidate) => !candidate.met)) {
    warnings.push(
      check.kind === 'minimum-on-duty'
        ? `${check.description.split(':')[0]}: ${check.final} expected on duty per shift with the final posts, below the minimum of ${check.required}`
        : `${check.kind === 'protected-headcount' ? 'protected total' : 'ward rule'} ${check.id}: ${check.final} in the final plan, below the ${check.required} required`,
    );
  }

  return {
    planFormat: 1,
    model: { id: model.id, force: model.force },
    scenario: input.scenario ?? null,
    method,
    lines: planLinesOut,
    cells,
    response,
    overrides: overrideResults,
    constraints,
    warnings,
    notes,
  };
}

/** Requirement, rota and pattern posts of every response cell; the rotas are solved concurrently. */
async function analyseResponse(params: {
  model: PlanningModel;
  drafts: readonly CellDraft[];
  demand: PlanForceInput['demand'];
  geography: PlanForceInput['geography'];
  options: PlanOptions;
  solver: RotaSolver;
  warnings: string[];
  notes: string[];
}): Promise<Map<string, ResponseWork>> {
  const { model, drafts, demand, geography, options, solver, warnings, notes } = params;
  const gradeOne = gradeOneOf(model, options.defaultCompliancePercent);
  if (!gradeOne) {
    warnings.push('the model has no immediate grade with attendance targets, so no Grade 1 analysis was made');
    return new Map();
  }
  if (gradeOne.defaulted) notes.push(`Grade 1 compliance target: ${options.defaultCompliancePercent} % (the model gives none; assumption)`);
  const cells = responseCells(model, drafts, gradeOne);
  if (cells.length === 0) warnings.push(`no area team is deployed to Grade ${gradeOne.grade} by the model's routing, so no Grade 1 analysis was made`);
  const fallback = new Set<string>();
  const ratesByArea = new Map<string, DemandRate[]>();
  for (const rate of demand.rates) {
    const list = ratesByArea.get(rate.area);
    if (list) list.push(rate);
    else ratesByArea.set(rate.area, [rate]);
  }
  const prepared = cells.map((draft) => {
    const cellDemand = responseDemand({ model, cell: draft, rates: draft.team.areas.flatMap((area) => ratesByArea.get(area) ?? []), demandTypes: demand.demandTypes, gradeOne });
    const { ground, source } = groundOf(model, draft.team.areas, geography, options, cellDemand.gradeOneByArea);
    if (source === 'fallback') draft.team.areas.forEach((area) => fallback.add(area));
    const context = responseContext({ model, team: draft.team, role: draft.role, demand: cellDemand, ground, gradeOne, options });
    return { draft, context, areaSource: source, required: requiredOnDuty(context) };
  });
  if (fallback.size > 0) notes.push(`area sizes: no boundary areas for ${[...fallback].join(', ')}; each ward stands for ${options.fallbackWardKm2.urban} km² urban / ${options.fallbackWardKm2.rural} km² rural (assumption) and the urban share is the share of urban wards`);
  notes.push('Grade 1 places: each area\'s urban and rural wards are two places with their own km², speed and target; free officers patrol each in proportion to its Grade 1 calls');
  // Areas with the same requirement, shift lengths and abstraction share one solve.
  const solves = new Map<string, ReturnType<typeof coverRequirement>>();
  const solved = await Promise.all(
    prepared.map((item) => {
      const key = JSON.stringify([item.required, shiftLengths(item.context.pattern), item.context.abstraction]);
      if (!solves.has(key)) solves.set(key, coverRequirement(item.context, item.required, solver));
      return solves.get(key)!;
    }),
  );
  const work = new Map<string, ResponseWork>();
  prepared.forEach((item, index) => {
    const { rota, posts } = solved[index]!;
    if (rota.status === 'time-limit') warnings.push(`${item.draft.key}: the rota solve hit its ${options.rotaTimeLimitSeconds} s limit; the cover is the best found (gap ${(rota.gap * 100).toFixed(2)} %)`);
    const fixed = patternPosts(item.context, item.required);
    if (fixed === null) warnings.push(`${item.draft.key}: shift pattern ${item.context.pattern.id} leaves hours with a Grade 1 requirement uncovered`);
    work.set(item.draft.key, { ...item, rota, requiredPosts: posts, patternPosts: fixed });
  });
  return work;
}

/**
 * Urban and rural km² and the urban share of a cell's areas: from the geography given, else the
 * ward fallback (an assumed size per ward, the share of urban wards). Several areas add up, the
 * urban share weighted by each area's Grade 1 calls.
 */
function groundOf(model: PlanningModel, areaIds: readonly string[], geography: PlanForceInput['geography'], options: PlanOptions, gradeOneByArea: ReadonlyMap<string, number>): { ground: ResponseGround; source: 'boundaries' | 'fallback' } {
  const given = areaIds.map((id) => geography?.[id]);
  const measured = given.every((entry) => entry !== undefined && entry.urbanKm2 + entry.ruralKm2 > 0);
  const grounds: AreaGround[] = measured
    ? (given as AreaGround[])
    : areaIds.map((id) => {
        const wards = model.geography.areas.find((area) => area.id === id)?.wards ?? [];
        if (wards.length === 0) throw new RangeError(`area ${id}: no wards in the model to size it by`);
        const urban = wards.filter((ward) => ward.urbanRural === 'urban').length;
        return { urbanKm2: urban * options.fallbackWardKm2.urban, ruralKm2: (wards.length - urban) * options.fallbackWardKm2.rural, urbanShare: urban / wards.length };
      });
  grounds.forEach((ground, index) => {
    if (ground.urbanShare > 0 && !(ground.urbanKm2 > 0)) throw new RangeError(`geography.${areaIds[index]}: urban share ${ground.urbanShare} but no urban km²`);
    if (ground.urbanShare < 1 && !(ground.ruralKm2 > 0)) throw new RangeError(`geography.${areaIds[index]}: rural share ${1 - ground.urbanShare} but no rural km²`);
  });
  const weights = grounds.map((ground, index) => gradeOneByArea.get(areaIds[index]!) ?? ground.urbanKm2 + ground.ruralKm2);
  const total = weights.reduce((a, b) => a + b, 0);
  const urbanShare = total > 0 ? grounds.reduce((sum, ground, index) => sum + ground.urbanShare * weights[index]!, 0) / total : 0;
  return {
    ground: { urbanKm2: grounds.reduce((sum, ground) => sum + ground.urbanKm2, 0), ruralKm2: grounds.reduce((sum, ground) => sum + ground.ruralKm2, 0), urbanShare: Math.min(1, Math.max(0, urbanShare)) },
    source: measured ? 'boundaries' : 'fallback',
  };
}

/** The cells of one line with their algorithm figures. */
function allocateLine(params: { line: LineDraft; method: PlanMethod; minimums: ReadonlyMap<string, CellMinimum>; workload: ReturnType<typeof areaWorkload>; work: ReadonlyMap<string, ResponseWork>; warnings: string[] }): PlanCell[] {
  const { line, method, minimums, workload, work, warnings } = params;
  const current = line.cells.map((draft) => draft.team.roles[draft.role]?.headcount ?? 0);
  const establishment = current.reduce((a, b) => a + b, 0);
  const workloads = line.cells.map((draft) => (line.forceWide ? 0 : workloadOver(workload, draft.team.areas, draft.role)));
  const items = line.cells.map((draft) => work.get(draft.key));
  const byNeed = method === 'queueing' && items.every((item) => item !== undefined);
  const mins = line.cells.map((draft) => minimums.get(draft.key)!);
  let basis: CellBasis = byNeed ? 'queueing' : 'workload';
  let note = byNeed
    ? 'posts shared to reach the most Grade 1 calls within target on the team\'s own pattern (PCAM marginal analysis: each post to the area where it adds most)'
    : 'posts shared by impact-weighted workload (Huntington–Hill)';
  let algorithm = current;
  /** Whether the minimum staffing levels were kept to (only a line the algorithm shares can keep them). */
  let softKept = false;
  /** Shares with the soft minimums, else without them (saying so), else keeps the headcount. */
  const share = (allocate: (minimums: number[]) => { posts: number[] } | { reason: string }) => {
    const withSoft = allocate(mins.map((m) => Math.max(m.hard, m.soft)));
    softKept = 'posts' in withSoft;
    const result = 'posts' in withSoft ? withSoft : allocate(mins.map((m) => m.hard));
    if (!('posts' in withSoft) && 'posts' in result) warnings.push(`line ${line.id}: the minimum staffing levels need more posts than its establishment of ${establishment} (${withSoft.reason}); shared without them`);
    if ('posts' in result) algorithm = result.posts;
    else {
      basis = 'kept';
      note = `could not be shared (${result.reason}): kept at the model's headcount`;
      warnings.push(`line ${line.id}: ${result.reason}; kept at the model's headcount`);
    }
  };
  if (line.forceWide) {
    basis = 'force-wide';
    note = 'a force-wide team: nothing to share between areas';
  } else if (line.cells.length === 1) {
    note = 'the only team of its line: keeps its establishment';
  } else if (byNeed) {
    const calls = items.map((item) => [...item!.context.demand.gradeOneByArea.values()].reduce((a, b) => a + b, 0));
    /** Grade 1 calls a week reached within target with `posts` in area `index`. */
    const value = (index: number, posts: number) => calls[index]! * (complianceWithPosts(items[index]!.context, posts) ?? 0);
    share((minimums) => {
      const posts = allocateByMarginalGain({ posts: establishment, minimums, value });
      return posts ? { posts } : { reason: `the minimums add up to ${minimums.reduce((a, b) => a + b, 0)} posts, more than the ${establishment} to share` };
    });
  } else if (workloads.every((weight) => weight === 0)) {
    basis = 'kept';
    note = `no demand in the data takes ${line.role} time (no demand type with data gives the role minutes): kept at the model's headcount`;
  } else {
    share((minimums) => {
      const result = apportion({ weights: workloads, posts: establishment, minimums });
      return result.feasible ? { posts: result.posts } : { reason: result.reason };
    });
  }
  return line.cells.map((draft, index) => ({
    key: draft.key,
    team: draft.team.id,
    teamName: draft.team.name,
    teamKind: draft.team.kind,
    areas: [...draft.team.areas],
    role: draft.role,
    line: line.id,
    basis,
    basisNote: note,
    current: current[index]!,
    minimum: softKept ? Math.max(mins[index]!.hard, mins[index]!.soft) : mins[index]!.hard,
    minimumReasons: mins[index]!.reasons,
    workloadHoursPerWeek: workloads[index]!,
    requiredPosts: items[index]?.requiredPosts ?? null,
    algorithm: algorithm[index]!,
    override: 0,
    final: algorithm[index]!,
    overrides: [],
  }));
}

/** The response plan of one cell once its posts are known. */
function responsePlanOf(item: ResponseWork, cell: PlanCell): ResponsePlan {
  const { context, required } = item;
  const perWeek = (rates: number[][], pick: (hour: number[]) => number) => rates.reduce((sum, hour) => sum + pick(hour), 0);
  return {
    cell: cell.key,
    team: cell.team,
    role: cell.role,
    areas: cell.areas,
    areaKm2: context.ground.urbanKm2 + context.ground.ruralKm2,
    urbanKm2: context.ground.urbanKm2,
    areaSource: item.areaSource,
    urbanShare: context.ground.urbanShare,
    grade: context.gradeOne.grade,
    urbanTargetMinutes: context.gradeOne.urbanTargetMinutes,
    ruralTargetMinutes: context.gradeOne.ruralTargetMinutes,
    target: context.gradeOne.target,
    gradeOnePerWeek: perWeek(context.demand.ratesByHour, (hour) => hour[0]!),
    jobsPerWeek: perWeek(context.demand.ratesByHour, (hour) => hour.reduce((a, b) => a + b, 0)),
    meanJobMinutes: meanJobMinutes(context),
    requiredOnDuty: required,
    rota: item.rota,
    requiredPosts: item.requiredPosts,
    patternPosts: item.patternPosts,
    current: postsOutcome(context, required, cell.current),
    algorithm: postsOutcome(context, required, cell.algorithm),
    final: postsOutcome(context, required, cell.final),
  };
}

function meanJobMinutes(context: ResponseContext): number {
  let jobs = 0;
  let minutes = 0;
  context.demand.ratesByHour.forEach((rates, hour) => {
    const total = rates.reduce((a, b) => a + b, 0);
    jobs += total;
    minutes += total * context.demand.jobMinutesByHour[hour]!;
  });
  return jobs > 0 ? minutes / jobs : 0;
}

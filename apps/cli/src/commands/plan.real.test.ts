/**
 * `npx peel plan` for all five seed forces on their real demand: each force's data.police.uk
 * street crime for January 2024 (one month keeps the import and the test near a minute; the plans
 * read rates, so more months change the figures, not the invariants) imported into one scratch
 * database (PGlite, or PostgreSQL with DATABASE_URL) through the import pipeline `peel import
 * police-uk` runs, placed with each model's boundary files. Then five `peel plan --json` runs —
 * Sussex, Wiltshire and Staffordshire by workload, Kent by Grade 1 queueing, North Yorkshire
 * before and after its precept uplift — each checked against its invariants: every line's posts sum
 * to its establishment, every cell keeps its minimum, protected totals and ward rules hold, every
 * area's response team has an hourly requirement covered by an optimal rota and a predicted
 * Grade 1 compliance.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '@peel/config';
import { createDemandRepository, migrate, openDatabase } from '@peel/db';
import { createScratchDatabase, type ScratchDatabase } from '@peel/db/testing';
import type { ForcePlan, PlanComparison } from '@peel/engine';
import { importPoliceUkFiles, loadGeographyFromFiles, tallyResolutions } from '@peel/ingest';
import { applyScenario, loadModel, type PolicingModel } from '@peel/model';
import { REPO_ROOT } from '../run-peel';

const config = getConfig();
const CRIME_DIR = path.join(config.sharedDataDir, 'Leonard-Theodorus__UK-Q1-2024-Crime-Data-Analysis');
const FORCES = ['sussex', 'wiltshire', 'staffordshire', 'north-yorkshire', 'kent'] as const;
type Force = (typeof FORCES)[number];
const BIN = path.join(REPO_ROOT, 'apps/cli/bin/peel.js');

const models = Object.fromEntries(
  FORCES.map((force) => {
    const loaded = loadModel(readFileSync(path.join(REPO_ROOT, 'models', `${force}.yaml`), 'utf8'));
    if (!loaded.valid) throw new Error(`models/${force}.yaml is not valid`);
    return [force, loaded.model];
  }),
) as Record<Force, PolicingModel>;

let scratch: ScratchDatabase | undefined;
/** Environment of each run: PostgreSQL runs share the scratch database; PGlite runs get a copy each (one process per data directory). */
let envOf: (run: number) => Record<string, string>;

beforeAll(async () => {
  let database: Parameters<typeof openDatabase>[0];
  let pgliteDir: string | undefined;
  if (config.database.kind === 'postgres') {
    scratch = await createScratchDatabase(config.database.url);
    database = { kind: 'postgres', url: scratch.url };
  } else {
    pgliteDir = path.join(mkdtempSync(path.join(tmpdir(), 'peel-plan-real-')), 'data');
    database = { kind: 'pglite', dataDir: pgliteDir };
  }
  const handle = await openDatabase(database);
  try {
    await migrate(handle);
    for (const force of FORCES) {
      const { resolver } = await loadGeographyFromFiles({ sharedDataDir: config.sharedDataDir, model: models[force] });
      const result = await importPoliceUkFiles({ files: [path.join(CRIME_DIR, '2024-01', `2024-01-${force}-street.csv`)], demand: createDemandRepository(handle.db), geography: tallyResolutions(resolver) });
      if (result.reports.some((report) => report.status === 'failed')) throw new Error(`import of ${force} failed: ${JSON.stringify(result.summary.errors)}`);
    }
  } finally {
    await handle.close();
  }
  envOf = (run): Record<string, string> => {
    if (scratch) return { DATABASE_URL: scratch.url };
    const copy = path.join(path.dirname(pgliteDir!), `run-${run}`);
    cpSync(pgliteDir!, copy, { recursive: true });
    return { PEEL_DATA_DIR: copy };
  };
}, 300_000);
afterAll(async () => {
  await scratch?.drop();
});

/** Runs `peel <args>` without blocking (the runs go in parallel), resolving with its output. */
function peel(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // The child parses its own environment.
    // eslint-disable-next-line no-restricted-properties
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs tasks at most `limit` at a time. */
async function limited<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await tasks[index]!();
      }
    }),
  );
  return results;
}

const RUNS: { force: Force; args: string[] }[] = [
  { force: 'sussex', args: [] },
  { force: 'wiltshire', args: [] },
  { force: 'staffordshire', args: [] },
  { force: 'kent', args: ['--method', 'queueing'] },
  { force: 'north-yorkshire', args: ['--compare', 'precept-uplift-2019-20'] },
];
let outputs: Map<Force, { code: number | null; stdout: string; stderr: string }>;

beforeAll(async () => {
  const results = await limited(
    RUNS.map((run, index) => () => peel(['plan', '--model', `models/${run.force}.yaml`, ...run.args, '--json'], envOf(index))),
    Math.max(2, availableParallelism()),
  );
  outputs = new Map(RUNS.map((run, index) => [run.force, results[index]!]));
}, 600_000);

function planOf(force: Force): ForcePlan {
  const output = outputs.get(force)!;
  if (output.code !== 0) throw new Error(`peel plan for ${force} exited ${output.code}: ${output.stderr}`);
  const json = JSON.parse(output.stdout) as ForcePlan | { plans: ForcePlan[] };
  return 'plans' in json ? json.plans[0]! : json;
}

/** The invariants every plan keeps. */
function checkInvariants(plan: ForcePlan, model: PolicingModel): void {
  expect(plan.model.id).toBe(model.id);
  // Every team × role of the model is a cell, at its headcount as "current".
  const expected = model.teams.flatMap((team) => Object.entries(team.roles).map(([role, figures]) => [`${team.id}:${role}`, figures.headcount] as const));
  expect(new Map(plan.cells.map((cell) => [cell.key, cell.current]))).toEqual(new Map(expected));
  for (const line of plan.lines) {
    const cells = plan.cells.filter((cell) => cell.line === line.id);
    // Posts sum to the line's establishment (the algorithm moves posts, never adds or removes them).
    expect(cells.reduce((sum, cell) => sum + cell.algorithm, 0), line.id).toBe(line.establishment);
    expect(line.establishment).toBe(cells.reduce((sum, cell) => sum + cell.current, 0));
  }
  for (const cell of plan.cells) {
    expect(cell.algorithm, cell.key).toBeGreaterThanOrEqual(cell.minimum);
    expect(cell.final).toBe(cell.algorithm + cell.override);
  }
  // Protected totals, recomputed from the model's rule.
  for (const rule of model.constraints?.protectedHeadcount ?? []) {
    const kinds: readonly string[] | undefined = rule.teamKinds;
    const cells = plan.cells.filter((cell) => rule.roles.includes(cell.role) && (kinds === undefined || kinds.includes(cell.teamKind)));
    const check = plan.constraints.find((candidate) => candidate.id === rule.id)!;
    expect(check).toMatchObject({ kind: 'protected-headcount', required: rule.minimum, current: cells.reduce((sum, cell) => sum + cell.current, 0), final: cells.reduce((sum, cell) => sum + cell.final, 0) });
    expect(check.algorithm).toBe(check.current);
    expect(check.met).toBe(check.final >= rule.minimum);
  }
  // Ward rules: at least minimumPerWard of the role per ward of each area named.
  for (const rule of model.constraints?.wardMinimums ?? []) {
    for (const areaId of rule.areas) {
      const area = model.geography.areas.find((candidate) => candidate.id === areaId)!;
      const posts = plan.cells.filter((cell) => cell.role === rule.role && cell.areas.length === 1 && cell.areas[0] === areaId).reduce((sum, cell) => sum + cell.algorithm, 0);
      expect(posts, `${rule.id} in ${areaId}`).toBeGreaterThanOrEqual(area.wards.length * rule.minimumPerWard);
    }
  }
  // Every area has a response analysis: hourly requirement ≥ the minimum on duty, an optimal
  // rota covering it, and predicted Grade 1 compliance for the current, algorithm and final posts.
  expect(new Set(plan.response.flatMap((response) => response.areas))).toEqual(new Set(model.geography.areas.map((area) => area.id)));
  for (const response of plan.response) {
    const team = model.teams.find((candidate) => candidate.id === response.team)!;
    const minimum = team.roles[response.role]?.minimumOnDutyPerShift ?? 0;
    expect(response.requiredOnDuty).toHaveLength(168);
    response.requiredOnDuty.forEach((required) => expect(required).toBeGreaterThanOrEqual(minimum));
    expect(response.rota?.status).toBe('optimal');
    response.rota!.cover.forEach((onDuty, hour) => expect(onDuty).toBeGreaterThanOrEqual(response.requiredOnDuty[hour]!));
    expect(response.requiredPosts).toBeGreaterThan(0);
    for (const outcome of [response.current, response.algorithm, response.final]) {
      expect(outcome.onDuty).toHaveLength(168);
      expect(outcome.compliance).toBeGreaterThanOrEqual(0);
      expect(outcome.compliance).toBeLessThanOrEqual(1);
    }
    expect(response.gradeOnePerWeek).toBeGreaterThan(0);
    expect(response.areaSource).toBe('boundaries');
  }
}

describe('peel plan on the five seed forces\' January 2024 crime', () => {
  it.each(FORCES)('%s: posts sum to each line\'s establishment, minimums, protected totals and ward rules hold, every area has its Grade 1 analysis', (force) => {
    const plan = planOf(force);
    checkInvariants(plan, models[force]);
    expect(plan.method).toBe(force === 'kent' ? 'queueing' : 'workload');
  });

  it('Kent: a PCSO in each of the 26 Sevenoaks wards, the response line shared by Grade 1 need', () => {
    const plan = planOf('kent');
    expect(plan.cells.find((cell) => cell.key === 'sevenoaks-pcso:PCSO')!.algorithm).toBeGreaterThanOrEqual(26);
    expect(plan.constraints.find((check) => check.kind === 'ward-minimum')).toMatchObject({ required: 26, met: true });
    const line = plan.lines.find((candidate) => candidate.teamKind === 'response' && candidate.role === 'PC')!;
    expect(line).toMatchObject({ basis: 'queueing', establishment: 951, algorithm: 951 });
  });

  it('Staffordshire: the 750 protected local-policing officers stay protected', () => {
    expect(planOf('staffordshire').constraints.find((check) => check.id === 'local-policing-officers')).toMatchObject({ required: 750, final: 750, met: true });
  });

  it('North Yorkshire: the precept uplift adds 51 officers and 20 PCSOs, and both plans keep their invariants', () => {
    const json = JSON.parse(outputs.get('north-yorkshire')!.stdout) as { comparison: PlanComparison; plans: [ForcePlan, ForcePlan] };
    const [base, uplift] = json.plans;
    expect(uplift.scenario).toBe('precept-uplift-2019-20');
    checkInvariants(uplift, applyScenario(models['north-yorkshire'], 'precept-uplift-2019-20'));
    const officers = new Set(Object.entries(models['north-yorkshire'].roles).filter(([, role]) => role.category === 'officer').map(([key]) => key));
    const added = (category: (role: string) => boolean) => json.comparison.cells.filter((cell) => category(cell.role)).reduce((sum, cell) => sum + cell.change, 0);
    expect(added((role) => officers.has(role))).toBe(51);
    expect(added((role) => role === 'PCSO')).toBe(20);
    expect(base.scenario).toBeNull();
  });
});

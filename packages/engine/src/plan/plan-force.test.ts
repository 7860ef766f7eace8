import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHighsSolver, type HighsSolver } from '../rota/create-highs-solver';
import { planForce, type PlanForceInput } from './plan-force';
import type { ForcePlan, PlanOverride } from './plan-types';
import { PlanOverrideError } from './resolve-overrides';
import { FIXTURE_GEOGRAPHY, FIXTURE_TYPES, fixtureModel, fixtureRates } from './testing/plan-fixture';

let solver: HighsSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});
afterAll(async () => {
  await solver.close();
});

const input = (patch: Partial<PlanForceInput> = {}): PlanForceInput => ({
  model: fixtureModel(),
  method: 'workload',
  demand: { rates: fixtureRates(), demandTypes: FIXTURE_TYPES },
  geography: FIXTURE_GEOGRAPHY,
  solver,
  ...patch,
});

const cell = (plan: ForcePlan, key: string) => {
  const found = plan.cells.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no cell ${key}`);
  return found;
};

describe('planForce', () => {
  it('shares each line\'s establishment by workload: posts sum to the establishment, busier areas get more, minimums kept', async () => {
    const plan = await planForce(input());
    for (const line of plan.lines) {
      const cells = plan.cells.filter((candidate) => candidate.line === line.id);
      expect(cells.reduce((sum, candidate) => sum + candidate.algorithm, 0)).toBe(line.establishment);
      for (const candidate of cells) expect(candidate.algorithm).toBeGreaterThanOrEqual(candidate.minimum);
    }
    const pcs = ['north', 'centre', 'south'].map((area) => cell(plan, `${area}-response:PC`).algorithm);
    expect(pcs.reduce((a, b) => a + b, 0)).toBe(120);
    expect(pcs[0]).toBeLessThan(pcs[1]!);
    expect(pcs[1]).toBeLessThan(pcs[2]!);
    // Workload 1 : 2 : 3 shares 120 as 20 : 40 : 60, all above the minimum staffing level (2 × 5 / 0.75 → 14).
    expect(pcs).toEqual([20, 40, 60]);
    expect(cell(plan, 'north-response:PC').basis).toBe('workload');
  });

  it('keeps a ward rule: a PCSO in each of north\'s 12 wards although its workload would give it 5', async () => {
    const plan = await planForce(input());
    const north = cell(plan, 'north-pcso:PCSO');
    expect(north.minimum).toBe(12);
    expect(north.algorithm).toBe(12);
    expect(north.minimumReasons).toContain('ward rule pcso-per-ward: 1 per ward × 12 wards');
    expect(plan.constraints.find((check) => check.kind === 'ward-minimum')).toMatchObject({ required: 12, final: 12, met: true });
  });

  it('keeps roles no demand uses, and force-wide teams, at the model\'s headcount', async () => {
    const plan = await planForce(input());
    expect(cell(plan, 'north-response:PS')).toMatchObject({ basis: 'kept', algorithm: 5 });
    expect(cell(plan, 'control-room:CH')).toMatchObject({ basis: 'force-wide', algorithm: 40 });
    expect(cell(plan, 'south-response:INSP')).toMatchObject({ algorithm: 1, minimumReasons: ['leads the team (Response Inspector)'] });
  });

  it('moving demand from south to north never moves a post from north to south', async () => {
    const before = await planForce(input());
    const after = await planForce(input({ demand: { rates: fixtureRates([1.6, 2, 2.4]), demandTypes: FIXTURE_TYPES } }));
    expect(cell(after, 'north-response:PC').algorithm).toBeGreaterThanOrEqual(cell(before, 'north-response:PC').algorithm);
    expect(cell(after, 'south-response:PC').algorithm).toBeLessThanOrEqual(cell(before, 'south-response:PC').algorithm);
  });

  it('gives each response cell its Grade 1 analysis: the hourly requirement, an optimal rota covering it, and compliance for the posts', async () => {
    const plan = await planForce(input());
    expect(plan.response.map((response) => response.cell)).toEqual(['north-response:PC', 'centre-response:PC', 'south-response:PC']);
    for (const response of plan.response) {
      expect(response.requiredOnDuty).toHaveLength(168);
      response.requiredOnDuty.forEach((required) => expect(required).toBeGreaterThanOrEqual(2));
      expect(response.rota?.status).toBe('optimal');
      response.rota!.cover.forEach((onDuty, hour) => expect(onDuty).toBeGreaterThanOrEqual(response.requiredOnDuty[hour]!));
      expect(response.requiredPosts).toBeGreaterThan(0);
      // The fixed five-relief pattern needs at least the optimal rota's posts.
      expect(response.patternPosts).toBeGreaterThanOrEqual(response.requiredPosts!);
      expect(response.final.compliance).toBeGreaterThan(0);
      expect(response.final.compliance).toBeLessThanOrEqual(1);
    }
  });

  it('with posts enough for the fixed pattern every hour, predicted Grade 1 compliance reaches the target', async () => {
    const first = await planForce(input({ method: 'queueing' }));
    const headcounts = first.response.map((response) => response.patternPosts!);
    const plan = await planForce(input({ model: fixtureModel(headcounts), method: 'queueing' }));
    for (const response of plan.response) {
      expect(response.current.hoursShort).toBe(0);
      expect(response.current.compliance).toBeGreaterThanOrEqual(response.target);
    }
  });

  it('queueing shares the response posts to reach the most Grade 1 calls within target (PCAM), keeping the establishment', async () => {
    const workload = await planForce(input());
    const plan = await planForce(input({ method: 'queueing' }));
    const line = plan.lines.find((candidate) => candidate.role === 'PC' && candidate.teamKind === 'response')!;
    expect(line.basis).toBe('queueing');
    expect(line.algorithm).toBe(line.establishment);
    expect(line.required).toBe(plan.response.reduce((sum, response) => sum + response.requiredPosts!, 0));
    const reached = (outcome: ForcePlan) => outcome.response.reduce((sum, response) => sum + response.gradeOnePerWeek * response.algorithm.compliance!, 0);
    // Marginal analysis maximises the calls reached, so it reaches at least as many as the workload shares.
    expect(reached(plan)).toBeGreaterThanOrEqual(reached(workload));
    for (const response of plan.response) expect(plan.cells.find((candidate) => candidate.key === response.cell)!.requiredPosts).toBe(response.requiredPosts);
  });

  it('applies overrides on top with who and why, and predicts their effect', async () => {
    const overrides: PlanOverride[] = [
      { area: 'north', role: 'PC', delta: 4, who: 'Supt A. Smith', why: 'rural cover after the station closure' },
      { team: 'south-response', role: 'PC', delta: -4, who: 'Supt A. Smith', why: 'posts moved to north' },
      { area: 'centre', role: 'PCSO', delta: 2, who: 'Ch Insp B. Jones', why: 'night-time economy' },
    ];
    const plan = await planForce(input({ overrides }));
    const north = cell(plan, 'north-response:PC');
    expect(north).toMatchObject({ algorithm: 20, override: 4, final: 24 });
    expect(north.overrides).toEqual([{ delta: 4, who: 'Supt A. Smith', why: 'rural cover after the station closure' }]);
    const [first, , third] = plan.overrides;
    expect(first).toMatchObject({ cell: 'north-response:PC', algorithm: 20, final: 24, effect: { kind: 'grade-1-compliance' } });
    expect(first!.effect.after!).toBeGreaterThan(first!.effect.before!);
    expect(third).toMatchObject({ cell: 'centre-pcso:PCSO', effect: { kind: 'workload-per-post' } });
    expect(third!.effect.after!).toBeLessThan(third!.effect.before!);
    // The PC line nets to zero; the PCSO line grows by 2, which the plan says.
    expect(plan.warnings).toContain('line *-pcso:PCSO: the overrides add 2 post(s) (establishment 30, final 32)');
    expect(plan.warnings.some((warning) => warning.startsWith('line *-response:PC'))).toBe(false);
  });

  it('flags a protected total and minimum staffing broken by an override', async () => {
    const plan = await planForce(input({ overrides: [{ team: 'north-response', role: 'PC', delta: -12, who: 'x', why: 'test' }] }));
    expect(plan.constraints.find((check) => check.id === 'response-pcs')).toMatchObject({ required: 110, current: 120, algorithm: 120, final: 108, met: false });
    expect(plan.warnings).toContain('protected total response-pcs: 108 in the final plan, below the 110 required');
    expect(plan.warnings.some((warning) => warning.startsWith('PC of north-response') && warning.includes('below the minimum of 2'))).toBe(true);
  });

  it('refuses a bad override, naming it', async () => {
    const bad = (override: PlanOverride) => planForce(input({ overrides: [override] }));
    await expect(bad({ team: 'nowhere', role: 'PC', delta: 1, who: 'x', why: 'y' })).rejects.toThrow("overrides[0].team: 'nowhere' is not a team of model fixture");
    await expect(bad({ team: 'north-response', role: 'DC', delta: 1, who: 'x', why: 'y' })).rejects.toThrow('overrides[0].role: team north-response has no DC (it has PC, PS, INSP)');
    await expect(bad({ area: 'north', role: 'PC', delta: 1.5, who: 'x', why: 'y' })).rejects.toThrow('overrides[0].delta: expected a whole number of posts other than 0, got 1.5');
    await expect(bad({ area: 'north', role: 'PC', delta: 1, who: 'x', why: ' ' })).rejects.toThrow('overrides[0].why: give the reason for the override');
    await expect(bad({ area: 'north', role: 'PC', delta: -40, who: 'x', why: 'y' })).rejects.toThrow(PlanOverrideError);
  });

  it('falls back to an assumed size per ward without geography, and says so', async () => {
    const plan = await planForce(input({ geography: undefined }));
    expect(plan.response[0]).toMatchObject({ areaSource: 'fallback', areaKm2: 6 * 3 + 6 * 30, urbanKm2: 6 * 3, urbanShare: 0.5 });
    expect(plan.notes.some((note) => note.startsWith('area sizes: no boundary areas for north, centre, south'))).toBe(true);
  });

  it('is plain JSON', async () => {
    const plan = await planForce(input({ overrides: [{ area: 'north', role: 'PC', delta: 1, who: 'x', why: 'y', at: '2025-01-01T00:00:00.000Z' }] }));
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});

/**
 * The five seed forces: each model loads with no errors or warnings and carries the figures its
 * seed document gives (../shared/seeds/000–004). A change that loses a seed figure fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyScenario, headcountByRole, loadModel, totalAbstractionPercent, type PolicingModel } from '@peel/model';
import { REPO_ROOT } from './run-peel';

function load(name: string): PolicingModel {
  const result = loadModel(readFileSync(path.join(REPO_ROOT, 'models', `${name}.yaml`), 'utf8'));
  expect(result.errors).toEqual([]);
  expect(result.warnings).toEqual([]);
  if (!result.valid) throw new Error(`${name} is invalid`);
  return result.model;
}

const sworn = (model: PolicingModel, teams = model.teams) => {
  const byRole = headcountByRole(teams);
  return Object.entries(byRole).reduce((sum, [role, n]) => sum + (model.roles[role]?.sworn && model.roles[role]?.category === 'officer' ? n : 0), 0);
};

describe('Sussex (seed 000)', () => {
  const model = load('sussex');
  it('six districts, each with a named District Commander and an investigation hub', () => {
    expect(model.geography.areas).toHaveLength(6);
    for (const area of model.geography.areas) expect(area.commander?.name).toBeTruthy();
    expect(model.geography.areas.flatMap((area) => area.hubs ?? []).sort()).toEqual(['Brighton', 'Chichester', 'Crawley', 'Eastbourne', 'Hastings', 'Worthing']);
  });
  it('a Resolution Centre: contact within 48 h for 98 %, 73 % resolved', () => {
    expect(model.serviceLevels.resolutionCentre).toMatchObject({ contactWithinHours: 48, contactTargetPercent: 98, resolutionTargetPercent: 73 });
    expect(model.teams.some((team) => team.kind === 'resolution-centre')).toBe(true);
    expect(model.routing.some((rule) => rule.route === 'resolution-centre')).toBe(true);
  });
  it('PCSOs take statements and basic investigations, cannot arrest, share work evenly district-wide', () => {
    expect(model.roles.PCSO?.powers).toEqual(expect.arrayContaining(['take-statement', 'basic-investigation']));
    expect(model.roles.PCSO?.powers).not.toContain('arrest');
    expect(model.roles.PCSO?.powers).toHaveLength(8);
    expect(model.teams.some((team) => team.workAllocation === 'even' && (team.roles.PCSO?.headcount ?? 0) > 0)).toBe(true);
  });
  it('prevention layers 1–3, public protection with 75 specialist investigators, response with a caseload', () => {
    expect(new Set(model.teams.map((team) => team.preventionLayer).filter(Boolean))).toEqual(new Set([1, 2, 3]));
    const pp = model.teams.filter((team) => team.kind === 'public-protection');
    expect(pp.reduce((sum, team) => sum + (team.roles.PPI?.headcount ?? 0), 0)).toBe(75);
    expect(model.teams.some((team) => team.kind === 'response' && team.workAllocation === 'caseload')).toBe(true);
    expect(model.partners?.some((partner) => partner.kind === 'parish-council' && partner.sla)).toBe(true);
  });
});

describe('Wiltshire (seed 001)', () => {
  const model = load('wiltshire');
  const cpts = model.teams.filter((team) => team.kind === 'community-policing');
  it('six one-team CPT areas with about 400 PCs, 60–70 each', () => {
    expect(model.geography.areas).toHaveLength(6);
    expect(cpts).toHaveLength(6);
    const pcs = cpts.map((team) => team.roles.PC?.headcount ?? 0);
    expect(pcs.reduce((a, b) => a + b, 0)).toBe(400);
    for (const n of pcs) {
      expect(n).toBeGreaterThanOrEqual(60);
      expect(n).toBeLessThanOrEqual(70);
    }
  });
  it('five shifts giving 12–14 officers per shift, with at least 50 % abstraction', () => {
    for (const team of cpts) {
      const pattern = model.shiftPatterns.find((p) => p.id === team.shiftPattern);
      expect(pattern).toMatchObject({ coverage: '24/7', rotatingTeams: 5 });
      const perShift = (team.roles.PC?.headcount ?? 0) / 5;
      expect(perShift).toBeGreaterThanOrEqual(12);
      expect(perShift).toBeLessThanOrEqual(14);
    }
    expect(totalAbstractionPercent(model.abstractionPercent)).toBeGreaterThanOrEqual(50);
    expect(Object.keys(model.abstractionPercent)).toEqual(expect.arrayContaining(['sickness', 'training', 'injury', 'annual-leave', 'discipline']));
  });
  it('allocation by demand type × role × time taken × impact; handoffs and voice-of-the-system measures', () => {
    expect(model.demandTypes.every((type) => Object.keys(type.timeTakenMinutes).length > 0 && type.impactWeight >= 0)).toBe(true);
    expect(model.measures).toEqual(expect.arrayContaining(['handoffs-per-case', 'call-abandonment', 'deployability']));
  });
});

describe('Staffordshire (seed 002)', () => {
  const model = load('staffordshire');
  it('11 LPTs with local policing officers protected at 750, met by the teams', () => {
    expect(model.geography.areas).toHaveLength(11);
    const rule = model.constraints?.protectedHeadcount?.find((r) => r.minimum === 750);
    expect(rule).toBeDefined();
    const teams = model.teams.filter((team) => !rule!.teamKinds || rule!.teamKinds.includes(team.kind));
    const byRole = headcountByRole(teams);
    expect(rule!.roles.reduce((sum, role) => sum + (byRole[role] ?? 0), 0)).toBeGreaterThanOrEqual(750);
    for (const role of rule!.roles) expect(model.roles[role]?.sworn).toBe(true);
  });
  it('24/7 LPOs on five shifts, neighbourhood officers and PCSOs on three, with call signs', () => {
    const patternOf = (kind: string) => new Set(model.teams.filter((team) => team.kind === kind).map((team) => model.shiftPatterns.find((p) => p.id === team.shiftPattern)));
    for (const pattern of patternOf('response')) expect(pattern).toMatchObject({ coverage: '24/7', rotatingTeams: 5 });
    for (const pattern of patternOf('neighbourhood')) expect(pattern?.rotatingTeams).toBe(3);
    expect(model.teams.filter((team) => team.kind === 'response')).toHaveLength(11);
    expect(model.teams.filter((team) => team.kind === 'response').every((team) => team.callSignTemplate)).toBe(true);
  });
  it('PCSO duties: a parish council meeting a month and the top-ten neighbourhood issues', () => {
    const duties = model.teams.flatMap((team) => team.duties ?? []).filter((duty) => duty.role === 'PCSO');
    expect(duties).toContainEqual(expect.objectContaining({ frequency: 'monthly', description: expect.stringMatching(/parish council/i) }));
    expect(duties.some((duty) => /top ?ten/i.test(duty.description))).toBe(true);
  });
});

describe('North Yorkshire (seed 003)', () => {
  const model = load('north-yorkshire');
  it('the precept uplift is a scenario adding exactly 51 officers and 20 PCSOs', () => {
    const scenario = model.scenarios?.find((s) => /uplift/.test(s.id));
    expect(scenario).toBeDefined();
    const after = applyScenario(model, scenario!.id);
    expect(sworn(after) - sworn(model)).toBe(51);
    expect((headcountByRole(after.teams).PCSO ?? 0) - (headcountByRole(model.teams).PCSO ?? 0)).toBe(20);
  });
  it('three Expedite teams (one per command), the City Task Force, MH co-ordinators, schools officers, results tracking', () => {
    const after = applyScenario(model, model.scenarios!.find((s) => /uplift/.test(s.id))!.id);
    expect(model.geography.commands).toHaveLength(3);
    const expedite = after.teams.filter((team) => /expedite/.test(team.id));
    expect(expedite).toHaveLength(3);
    for (const team of expedite) expect(team.kind).toBe('proactive');
    const ctf = after.teams.find((team) => team.id === 'city-task-force');
    expect(ctf?.roles).toMatchObject({ PS: { headcount: 1 }, PC: { headcount: 6 }, PCSO: { headcount: 3 } });
    expect(after.teams.some((team) => team.handlesTags?.includes('mental-health'))).toBe(true);
    expect(after.teams.find((team) => team.id === 'schools-liaison')?.roles).toMatchObject({ PC: { headcount: 3 }, PCSO: { headcount: 4 } });
    expect(model.measures).toEqual(expect.arrayContaining(['arrests', 'stop-and-search']));
  });
});

describe('Kent (seed 004)', () => {
  const model = load('kent');
  const sevenoaks = model.geography.areas.find((area) => area.id === 'sevenoaks');
  it('Sevenoaks has its 26 wards and a PCSO in every one, directed by a Community Support Inspector', () => {
    expect(sevenoaks?.wards).toHaveLength(26);
    expect(model.constraints?.wardMinimums).toContainEqual(expect.objectContaining({ role: 'PCSO', areas: ['sevenoaks'], minimumPerWard: 1 }));
    const pcsoTeam = model.teams.find((team) => team.areas.length === 1 && team.areas[0] === 'sevenoaks' && (team.roles.PCSO?.headcount ?? 0) > 0);
    expect(pcsoTeam?.roles.PCSO?.headcount).toBeGreaterThanOrEqual(26);
    expect(pcsoTeam?.ledBy?.title).toBe('Community Support Inspector');
  });
  it('the Force Communications Centre: about 5,000 calls a day, 700 of them 999', () => {
    const calls = (id: string) => model.channels.find((channel) => channel.id === id)?.callsPerDay ?? 0;
    expect(calls('999')).toBe(700);
    expect(calls('999') + calls('101')).toBe(5000);
    expect(model.channels.find((channel) => channel.id === '999')?.criteria?.length).toBeGreaterThanOrEqual(5);
  });
  it('the Police and Crime Plan priorities as a checklist', () => {
    const groups = new Set(model.priorities?.map((p) => p.group));
    for (const group of ['Quality of life', 'Working with Partners', 'Wellbeing of Communities']) expect(groups).toContain(group);
    expect(model.geography.areas).toHaveLength(13);
  });
});

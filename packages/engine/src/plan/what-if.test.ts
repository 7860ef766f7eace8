import { describe, expect, it } from 'vitest';
import { teamAbstraction } from '../simulation/force/compile-duty';
import { fixtureModel } from './testing/plan-fixture';
import { mergeAreas, scaleAbstraction, WhatIfError } from './what-if';

describe('mergeAreas', () => {
  it('pools two areas and combines the teams of one line that now serve only the merged area', () => {
    const model = fixtureModel();
    const merged = mergeAreas(model, { areas: ['north', 'centre'] });
    expect(merged.geography.areas.map((area) => area.id)).toEqual(['north+centre', 'south']);
    expect(merged.geography.areas[0]!.wards).toHaveLength(16);
    const response = merged.teams.find((team) => team.id === 'north-response')!;
    expect(response).toMatchObject({ areas: ['north+centre'], name: 'north response + centre response' });
    // Headcounts add up; the minimum staffing level is the larger of the two.
    expect(response.roles).toEqual({ PC: { headcount: 70, minimumOnDutyPerShift: 2 }, PS: { headcount: 10 }, INSP: { headcount: 2 } });
    expect(merged.teams.find((team) => team.id === 'centre-response')).toBeUndefined();
    expect(merged.teams.find((team) => team.id === 'north-pcso')!.roles.PCSO!.headcount).toBe(20);
    expect(merged.teams.map((team) => team.id)).toEqual(['north-response', 'south-response', 'north-pcso', 'south-pcso', 'control-room']);
    // Totals are unchanged; a ward rule on either area now covers the merged area.
    const total = (teams: typeof model.teams) => teams.reduce((sum, team) => sum + Object.values(team.roles).reduce((s, role) => s + role.headcount, 0), 0);
    expect(total(merged.teams)).toBe(total(model.teams));
    expect(merged.constraints?.wardMinimums?.[0]?.areas).toEqual(['north+centre']);
    // The input is not changed.
    expect(model.geography.areas).toHaveLength(3);
  });

  it('points routing rules that named a combined team at the team kept', () => {
    const model = { ...fixtureModel(), routing: [{ id: 'to-centre', when: {}, route: 'deploy' as const, team: 'centre-response' }] };
    expect(mergeAreas(model, { areas: ['north', 'centre'] }).routing[0]).toMatchObject({ team: 'north-response' });
  });

  it('refuses unknown areas and an area merged with itself', () => {
    expect(() => mergeAreas(fixtureModel(), { areas: ['north', 'east'] })).toThrow(new WhatIfError("merge: 'east' is not an area of model fixture (areas: north, centre, south)"));
    expect(() => mergeAreas(fixtureModel(), { areas: ['north', 'north'] })).toThrow('merge: an area cannot be merged with itself (north)');
  });
});

describe('scaleAbstraction', () => {
  it('scales every cause to the new total, the force\'s and each team\'s own', () => {
    const model = fixtureModel();
    const withTeam = { ...model, teams: model.teams.map((team, index) => (index === 0 ? { ...team, abstractionPercent: { training: 13 } } : team)) };
    const scaled = scaleAbstraction(withTeam, 20);
    expect(Object.values(scaled.abstractionPercent).reduce((a, b) => a + b, 0)).toBeCloseTo(20, 12);
    // 25 % → 20 %: a factor of 0.8 everywhere; the first team's 30 % (12 + 5 + 13) becomes 24 %.
    expect(teamAbstraction(scaled, scaled.teams[0]!)).toBeCloseTo(0.24, 12);
    expect(teamAbstraction(scaled, scaled.teams[1]!)).toBeCloseTo(0.2, 12);
    expect(() => scaleAbstraction(model, 100)).toThrow('abstraction: expected a total percent in [0, 100), got 100');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PolicingModel } from '@peel/model';
import { decideRoute, ruleMatches, type ModelRoutingRule, type RoutableIncident } from './decide-route';
import { parseModel } from './testing/parse-model';
import type { RightCareAssessment } from './thrive';

const load = (name: string) => parseModel(readFileSync(new URL(`../../../../models/${name}.yaml`, import.meta.url), 'utf8'), name);
const synthetic = load('synthetic');
const kent = load('kent');
const sussex = load('sussex');

const notApplicable: RightCareAssessment = { outcome: 'not-applicable', matchedTags: [], crimeToInvestigate: false, realAndImmediateRisk: false, reasons: [] };
const refer: RightCareAssessment = { outcome: 'refer-to-partner', matchedTags: ['mental-health'], crimeToInvestigate: false, realAndImmediateRisk: false, reasons: ['no crime, no risk'] };
const attend: RightCareAssessment = { outcome: 'police-attend', matchedTags: ['mental-health'], crimeToInvestigate: true, realAndImmediateRisk: false, reasons: ['Investigation is rated medium'] };
const incident = (change: Partial<RoutableIncident>): RoutableIncident => ({ grade: 1, demandTypeId: 'violence', channelId: '999', tags: [], ...change });

describe('ruleMatches', () => {
  const rule: ModelRoutingRule = { id: 'r', route: 'deploy', when: { grades: [1, 2], demandTypes: ['asb'], channels: ['101'], tags: ['a', 'b'] } };
  it('needs every listed condition; tags match on any listed tag', () => {
    const match = incident({ grade: 2, demandTypeId: 'asb', channelId: '101', tags: ['b', 'z'] });
    expect(ruleMatches(rule, match)).toBe(true);
    expect(ruleMatches(rule, { ...match, grade: 3 })).toBe(false);
    expect(ruleMatches(rule, { ...match, demandTypeId: 'theft' })).toBe(false);
    expect(ruleMatches(rule, { ...match, channelId: '999' })).toBe(false);
    expect(ruleMatches(rule, { ...match, tags: ['z'] })).toBe(false);
  });
  it('an empty when, or empty lists, match everything', () => {
    expect(ruleMatches({ id: 'all', route: 'no-further-action', when: {} }, incident({}))).toBe(true);
    expect(ruleMatches({ id: 'all', route: 'no-further-action', when: { grades: [], tags: [] } }, incident({}))).toBe(true);
  });
});

describe('decideRoute — first match in model order', () => {
  it.each([
    [1, 'violence', [], 'emergency', 'deploy'],
    [2, 'asb', [], 'emergency', 'deploy'],
    [3, 'theft', [], 'scheduled', 'scheduled-appointment'],
    [4, 'theft', [], 'resolve', 'resolution-centre'],
    [4, 'mental-health', ['mental-health'], 'rcrp', 'partner-referral'],
    [3, 'mental-health', ['mental-health'], 'rcrp', 'partner-referral'],
  ] as const)('synthetic: grade %i %s → rule %s (%s)', (grade, demandTypeId, tags, ruleId, route) => {
    const choice = decideRoute({ model: synthetic, incident: incident({ grade, demandTypeId, tags }), rightCare: tags.length > 0 ? refer : notApplicable });
    expect(choice).toMatchObject({ route, rule: { id: ruleId }, skippedRules: [], warnings: [] });
  });

  it.each([
    [1, 'violence-sexual', ['vulnerability'], 'emergency', 'deploy'],
    [2, 'burglary', [], 'priority', 'deploy'],
    [3, 'asb', ['neighbourhood'], 'neighbourhood-asb', 'scheduled-appointment'],
    [4, 'asb', ['neighbourhood'], 'resolve', 'resolution-centre'],
    [3, 'local-officer-request', ['local-officer-request'], 'local-officer-request', 'scheduled-appointment'],
    [4, 'information', ['intelligence'], 'information', 'resolution-centre'],
    [3, 'burglary', [], 'scheduled', 'scheduled-appointment'],
    [4, 'concern-for-welfare', ['welfare'], 'rcrp-welfare', 'partner-referral'],
  ] as const)('kent: grade %i %s → rule %s (%s)', (grade, demandTypeId, tags, ruleId, route) => {
    const rightCare = tags.some((tag) => tag === 'welfare') ? refer : notApplicable;
    expect(decideRoute({ model: kent, incident: incident({ grade, demandTypeId, tags }), rightCare })).toMatchObject({ route, rule: { id: ruleId } });
  });

  it('matches channels: Sussex sends online non-deployment demand graded 3 to the Resolution Centre, the same by 101 to an appointment', () => {
    const online = decideRoute({ model: sussex, incident: incident({ grade: 3, demandTypeId: 'crime-report-no-deployment', channelId: 'online', tags: ['non-deployment'] }), rightCare: notApplicable });
    expect(online).toMatchObject({ route: 'resolution-centre', rule: { id: 'online-non-deployment' } });
    const phoned = decideRoute({ model: sussex, incident: incident({ grade: 3, demandTypeId: 'crime-report-no-deployment', channelId: '101', tags: ['non-deployment'] }), rightCare: notApplicable });
    expect(phoned).toMatchObject({ route: 'scheduled-appointment', rule: { id: 'scheduled' } });
  });
});

describe('decideRoute — Right Care, Right Person', () => {
  it('refers mental-health demand to the partner when there is no crime and no real and immediate risk', () => {
    const choice = decideRoute({ model: kent, incident: incident({ grade: 4, demandTypeId: 'mental-health', tags: ['mental-health'] }), rightCare: refer });
    expect(choice).toMatchObject({ route: 'partner-referral', rule: { id: 'rcrp-mental-health', partner: 'kmpt' }, skippedRules: [] });
  });

  it('passes over the partner referral when there is a crime to investigate, recording why, and the next rule decides', () => {
    const choice = decideRoute({ model: kent, incident: incident({ grade: 3, demandTypeId: 'mental-health', tags: ['mental-health'] }), rightCare: attend });
    expect(choice).toMatchObject({ route: 'scheduled-appointment', rule: { id: 'scheduled' } });
    expect(choice.skippedRules).toEqual([{ ruleId: 'rcrp-mental-health', reason: 'Right Care, Right Person: police attend — Investigation is rated medium' }]);
  });

  it('warns when Right Care demand with no crime or risk is graded into police attendance', () => {
    const choice = decideRoute({ model: synthetic, incident: incident({ grade: 2, demandTypeId: 'mental-health', tags: ['mental-health'] }), rightCare: refer });
    expect(choice.route).toBe('deploy');
    expect(choice.warnings).toHaveLength(1);
    expect(choice.warnings[0]).toMatch(/Right Care, Right Person: no crime, no risk, yet grade 2 routes it to police attendance \(rule emergency\)/);
  });

  it('throws CONFLICT naming routing when no rule matches (a model without a catch-all)', () => {
    const partial: PolicingModel = { ...synthetic, routing: synthetic.routing.filter((rule) => rule.id !== 'otherwise' && rule.id !== 'resolve') };
    expect(() => decideRoute({ model: partial, incident: incident({ grade: 4, demandTypeId: 'theft' }), rightCare: notApplicable })).toThrow(
      expect.objectContaining({ code: 'CONFLICT', field: 'routing' }),
    );
  });
});

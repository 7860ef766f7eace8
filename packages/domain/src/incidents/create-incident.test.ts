import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error';
import { createIncident, type CreateIncidentInput } from './create-incident';
import { getIncident } from './get-incident';
import { createIncidentTestBed } from './testing/incident-test-bed';
import { parseModel } from './testing/parse-model';
import { ABBEY, CHALK_HILL, DUNMORE, OUTSIDE, SYNTHETIC_BOXES } from './testing/synthetic-places';

const modelText = (name: string) => readFileSync(new URL(`../../../../models/${name}.yaml`, import.meta.url), 'utf8');
const synthetic = parseModel(modelText('synthetic'), 'synthetic');

const report: CreateIncidentInput = {
  channelId: '101',
  createdBy: 'handler-1',
  caller: { name: '  Jane Doe ', phone: '07700 900123' },
  location: { ...ABBEY, description: '1 High Street' },
  incidentType: { code: 'asb-nuisance', qualifiers: ['alcohol'] },
  description: 'Group drinking and shouting outside the shop',
};

/** Runs `action` and returns the DomainError it throws (fails the test when it does not throw one). */
async function domainError(action: () => Promise<unknown>): Promise<DomainError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('createIncident', () => {
  it('records channel, caller (marked personal data), placed location, NSIR type, demand type, tags and the created event', async () => {
    const { deps, clock } = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES });
    const incident = await createIncident(deps, report);
    expect(incident).toMatchObject({
      id: 'incident-1',
      modelId: 'peelshire',
      channel: { id: '101', name: 'Non-emergency calls', kind: 'non-emergency-call' },
      callAnsweredAt: clock.now(),
      createdAt: clock.now(),
      createdBy: 'handler-1',
      caller: { personalData: true, name: 'Jane Doe', phone: '07700 900123' },
      victim: null,
      location: { lat: ABBEY.lat, lon: ABBEY.lon, description: '1 High Street', lsoa: null, ward: { code: 'E05999901', name: 'Abbey' }, areaId: 'north', urbanRural: 'urban' },
      incidentType: { category: 'anti-social-behaviour', code: 'asb-nuisance', qualifiers: ['alcohol'], policeUkCategory: null },
      demandTypeId: 'asb',
      tags: ['alcohol'],
      version: 1,
    });
    expect(incident.timeline).toEqual([{ sequence: 1, type: 'created', at: clock.now(), by: 'handler-1', channelId: '101', incidentTypeCode: 'asb-nuisance', demandTypeId: 'asb' }]);
    expect(await getIncident(deps, 'incident-1')).toEqual(incident);
  });

  it('takes the rural class from the ward, keeps the area the resolver names, and leaves an unplaced point without class', async () => {
    const { deps } = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES });
    const chalk = await createIncident(deps, { ...report, location: CHALK_HILL });
    expect(chalk.location).toMatchObject({ ward: { code: 'E05999903', name: 'Chalk Hill' }, areaId: 'north', urbanRural: 'rural', description: null });
    const dunmore = await createIncident(deps, { ...report, location: DUNMORE });
    expect(dunmore.location).toMatchObject({ areaId: 'south', urbanRural: 'rural' });
    const outside = await createIncident(deps, { ...report, location: OUTSIDE });
    expect(outside.location).toMatchObject({ lsoa: null, ward: null, areaId: null, urbanRural: null });
  });

  it("prefers the class of the model's LSOA to its ward's", async () => {
    const text = modelText('synthetic').replace(
      '        - { code: E05999903, name: Chalk Hill, urbanRural: rural }\n',
      '        - { code: E05999903, name: Chalk Hill, urbanRural: rural }\n      lsoas:\n        - { code: E01999901, name: Abbey 001A, urbanRural: rural }\n',
    );
    const model = parseModel(text, 'synthetic with an LSOA');
    const { deps } = createIncidentTestBed({ model, boxes: [{ box: [0, 51, 0.01, 51.01], geography: { lsoaCode: 'E01999901', wardCode: 'E05999901', areaId: null } }] });
    const incident = await createIncident(deps, report);
    expect(incident.location).toMatchObject({ lsoa: { code: 'E01999901', name: 'Abbey 001A' }, ward: { code: 'E05999901', name: 'Abbey' }, urbanRural: 'rural' });
  });

  it('classifies a crime by its data.police.uk category and keeps the victim apart from the caller', async () => {
    const { deps } = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES });
    const incident = await createIncident(deps, {
      ...report,
      channelId: '999',
      incidentType: { code: 'crime', policeUkCategory: 'violent-crime', qualifiers: ['domestic-abuse'] },
      victim: { name: 'Sam Roe', phone: null },
    });
    expect(incident.incidentType).toEqual({ category: 'crime', code: 'crime', qualifiers: ['domestic-abuse'], policeUkCategory: 'violent-crime' });
    expect(incident.demandTypeId).toBe('violence');
    expect(incident.tags).toEqual(['domestic-abuse', 'vulnerability']);
    expect(incident.victim).toEqual({ personalData: true, name: 'Sam Roe', phone: null });
  });

  it('accepts an earlier call-answered time and refuses one in the future', async () => {
    const { deps, clock } = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES });
    const answered = new Date(clock.now().getTime() - 120_000);
    expect((await createIncident(deps, { ...report, callAnsweredAt: answered })).callAnsweredAt).toEqual(answered);
    const error = await domainError(() => createIncident(deps, { ...report, callAnsweredAt: new Date(clock.now().getTime() + 1) }));
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'callAnsweredAt' });
  });

  it.each([
    ['a channel the model lacks', { channelId: 'walk-in' }, 'channelId'],
    ['a blank description', { description: '   ' }, 'description'],
    ['no recording user', { createdBy: '' }, 'createdBy'],
    ['no caller', { caller: undefined }, 'caller'],
    ['a latitude off the globe', { location: { lat: 91, lon: 0 } }, 'location.lat'],
    ['a longitude that is not a number', { location: { lat: 51, lon: Number.NaN } }, 'location.lon'],
    ['an unknown incident code', { incidentType: { code: 'burglary' } }, 'incidentType.code'],
    ['an unknown qualifier', { incidentType: { code: 'asb-nuisance', qualifiers: ['noise'] } }, 'incidentType.qualifiers'],
    ['a crime without its category', { incidentType: { code: 'crime' } }, 'incidentType.policeUkCategory'],
    ['a crime with a category that is not data.police.uk', { incidentType: { code: 'crime', policeUkCategory: 'fraud' } }, 'incidentType.policeUkCategory'],
    ['a category on a non-crime incident', { incidentType: { code: 'asb-nuisance', policeUkCategory: 'anti-social-behaviour' } }, 'incidentType.policeUkCategory'],
    ['a demand type the model lacks', { demandTypeId: 'burglary' }, 'demandTypeId'],
  ])('refuses %s, naming the field', async (_name, change, field) => {
    const { deps, store } = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES });
    const error = await domainError(() => createIncident(deps, { ...report, ...change } as CreateIncidentInput));
    expect(error).toMatchObject({ code: 'VALIDATION', field });
    expect(store.all()).toHaveLength(0);
  });

  it('accepts the channels each seed model defines (walk-in at Wiltshire, partner at North Yorkshire)', async () => {
    const wiltshire = parseModel(modelText('wiltshire'), 'wiltshire');
    const walkIn = await createIncident(createIncidentTestBed({ model: wiltshire }).deps, { ...report, channelId: 'front-counter', incidentType: { code: 'lost-found-property' } });
    expect(walkIn.channel).toEqual({ id: 'front-counter', name: 'Police station front counters', kind: 'walk-in' });
    expect(walkIn.demandTypeId).toBe('lost-property');
    const northYorkshire = parseModel(modelText('north-yorkshire'), 'north-yorkshire');
    const partner = await createIncident(createIncidentTestBed({ model: northYorkshire }).deps, { ...report, channelId: 'partner' });
    expect(partner.channel.kind).toBe('partner');
  });

  it('keeps stored history safe from callers mutating what they were given', async () => {
    const { deps } = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES });
    const incident = await createIncident(deps, report);
    (incident.timeline as unknown as unknown[]).push({ sequence: 2 });
    (incident.caller as { name: string | null }).name = 'Changed';
    const stored = await getIncident(deps, incident.id);
    expect(stored.timeline).toHaveLength(1);
    expect(stored.caller.name).toBe('Jane Doe');
  });

  it('reports an unknown incident as NOT_FOUND', async () => {
    const { deps } = createIncidentTestBed({ model: synthetic });
    expect(await domainError(() => getIncident(deps, 'incident-404'))).toMatchObject({ code: 'NOT_FOUND', field: 'incidentId' });
  });
});

import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../shared/clock';
import { sequentialIds } from '../shared/id-source';
import { createUnit, type CreateUnitContext, type CreateUnitRequest } from './create-unit';
import { changeUnitStatus } from './change-unit-status';
import { InMemoryUnitRepository } from './testing/in-memory-unit-repository';
import { modelFromText } from './testing/model-from-text';

const read = (name: string) => readFileSync(new URL(`../../../../models/${name}`, import.meta.url), 'utf8');
const synthetic = modelFromText(read('synthetic.yaml'));
const staffordshire = modelFromText(read('staffordshire.yaml'));
const NOW = new Date('2024-03-01T07:05:00Z');

let context: CreateUnitContext;
beforeEach(() => {
  context = { model: synthetic, units: new InMemoryUnitRepository({ pause: async () => {} }), clock: fixedClock(NOW), ids: sequentialIds() };
});

const pcs = (...ids: string[]) => ids.map((officerId) => ({ officerId, role: 'PC' }));
const northResponse = (overrides: Partial<CreateUnitRequest> = {}): CreateUnitRequest => ({ teamId: 'north-response', relief: 2, officers: pcs('pc-1', 'pc-2'), ...overrides });

describe('createUnit (Peelshire, synthetic model)', () => {
  it('books a unit on with a call sign from "N{shift}{n}", the team area, capabilities from the roles, available now', async () => {
    const unit = await createUnit(northResponse({ shiftId: 'early', position: { lat: 52.6, lon: -1.2 } }), context);
    expect(unit).toMatchObject({
      id: 'unit-1',
      callSign: 'N21',
      teamId: 'north-response',
      teamKind: 'response',
      areaId: 'north',
      relief: 2,
      shiftId: 'early',
      status: 'available',
      statusSince: NOW,
      bookedOnAt: NOW,
      position: { lat: 52.6, lon: -1.2, at: NOW },
    });
    expect(unit.capabilities.roles).toEqual(['PC']);
    expect(unit.capabilities.powers).toContain('arrest');
    expect(unit.capabilities.officerCount).toBe(2);
    expect(await context.units.get(unit.id)).toEqual(unit);
  });

  it('numbers units from the lowest call sign not on duty, and re-uses a number once its unit is off duty', async () => {
    const first = await createUnit(northResponse({ officers: pcs('a') }), context);
    const second = await createUnit(northResponse({ officers: pcs('b') }), context);
    expect([first.callSign, second.callSign]).toEqual(['N21', 'N22']);
    await changeUnitStatus({ unitId: first.id, to: 'off-duty' }, context);
    expect((await createUnit(northResponse({ officers: pcs('c') }), context)).callSign).toBe('N21');
    expect((await createUnit(northResponse({ officers: pcs('d'), relief: 3 }), context)).callSign).toBe('N31');
    expect((await createUnit(northResponse({ officers: pcs('e'), n: 9 }), context)).callSign).toBe('N29');
  });

  it('gives two simultaneous bookings different numbers (the loser of the call sign retries)', async () => {
    const units = await Promise.all([createUnit(northResponse({ officers: pcs('a') }), context), createUnit(northResponse({ officers: pcs('b') }), context)]);
    expect(units.map((unit) => unit.callSign).sort()).toEqual(['N21', 'N22']);
  });

  it('uses the default template "{team}-{n}" for a team without one', async () => {
    const unit = await createUnit({ teamId: 'south-response', officers: pcs('s1') }, context);
    expect(unit.callSign).toBe('SOUTHRESPONSE-1');
    expect(unit.areaId).toBe('south');
  });

  it('needs the area for a team covering several; a PCSO crew holds no power of arrest', async () => {
    await expect(createUnit({ teamId: 'neighbourhood', officers: [{ officerId: 'p1', role: 'PCSO' }] }, context)).rejects.toMatchObject({ code: 'VALIDATION', field: 'areaId' });
    const unit = await createUnit({ teamId: 'neighbourhood', areaId: 'south', officers: [{ officerId: 'p1', role: 'PCSO', skills: ['first-aid'] }] }, context);
    expect(unit.capabilities.powers).not.toContain('arrest');
    expect(unit.capabilities.powers).toContain('detain');
    expect(unit.capabilities.skills).toEqual(['first-aid']);
  });

  it('lets a force-wide team ("areas: [all]") post a unit to any area of the model', async () => {
    const unit = await createUnit({ teamId: 'resolution-centre', areaId: 'south', officers: pcs('r1') }, context);
    expect(unit.areaId).toBe('south');
  });

  it.each([
    [{ teamId: 'no-such-team' }, 'teamId', /not a team of model peelshire/],
    [{ areaId: 'south' }, 'areaId', /not an area of team north-response/],
    [{ relief: 6 }, 'relief', /expected 1 to 5/],
    [{ relief: undefined }, 'relief', /needs the relief number for \{shift\}/],
    [{ shiftId: 'day' }, 'shiftId', /not a shift of response-5/],
    [{ officers: [] }, 'officers', /at least one officer/],
    [{ officers: pcs('x', 'x') }, 'officers[1].officerId', /listed twice/],
    [{ officers: [{ officerId: 'x', role: 'DC' }] }, 'officers[0].role', /"DC" is not a role of model peelshire/],
    [{ n: 0 }, 'n', /whole number >= 1/],
    [{ position: { lat: 95, lon: 0 } }, 'position.lat', /latitude/],
    [{ position: { lat: 52, lon: 0, at: new Date(NOW.getTime() + 1000) } }, 'position.at', /not after now/],
  ] as [Partial<CreateUnitRequest>, string, RegExp][])('rejects %o: VALIDATION on %s', async (change, field, message) => {
    const error = await createUnit(northResponse(change), context).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'VALIDATION', field });
    expect((error as Error).message).toMatch(message);
  });

  it('refuses a given call sign or an officer already on duty (CONFLICT)', async () => {
    await createUnit(northResponse({ officers: pcs('a'), n: 1 }), context);
    await expect(createUnit(northResponse({ officers: pcs('b'), n: 1 }), context)).rejects.toMatchObject({ code: 'CONFLICT', field: 'callSign' });
    await expect(createUnit(northResponse({ officers: pcs('a') }), context)).rejects.toMatchObject({ code: 'CONFLICT', field: 'officers' });
  });
});

describe('createUnit (Staffordshire seed model)', () => {
  it('renders the LPT templates: KN{shift}{n} for 24/7 LPOs, KNN{n} for neighbourhood, KN{n} for command', async () => {
    const staffs = { ...context, model: staffordshire };
    const lpo = await createUnit({ teamId: 'stoke-on-trent-north-lpo', relief: 3, officers: [{ officerId: 'lpo-1', role: 'PC' }] }, staffs);
    const pcso = await createUnit({ teamId: 'stoke-on-trent-north-neighbourhood', officers: [{ officerId: 'pcso-1', role: 'PCSO' }] }, staffs);
    const command = await createUnit({ teamId: 'stoke-on-trent-north-command', officers: [{ officerId: 'insp-1', role: 'INSP' }] }, staffs);
    expect([lpo.callSign, pcso.callSign, command.callSign]).toEqual(['KN31', 'KNN1', 'KN1']);
    expect(lpo.areaId).toBe('stoke-on-trent-north');
    expect(pcso.capabilities.powers).not.toContain('arrest');
  });
});

/**
 * The VictimRepository contract as a shared suite (see cases/testing/case-repository.case.ts).
 * Not exported by the package; import it by path from a test.
 */
import { expect, it } from 'vitest';
import { parseIsoDate } from '../../calendar/iso-date';
import type { Victim, VictimDuty } from '../victim';
import type { VictimRepository } from '../victim-repository';

const at = (iso: string) => new Date(iso);

/** A stored-shape victim for the suite. */
export function sampleVictim(overrides: Partial<Victim> = {}): Victim {
  return {
    id: 'v-1',
    caseId: 'case-a',
    name: 'A. Victim',
    enhancedRights: ['vulnerable'],
    restricted: false,
    contract: { everyDays: 28, channel: 'phone', agreedWithVictim: false, optedOut: false, since: at('2024-01-10T09:00:00Z') },
    registeredAt: at('2024-01-10T09:00:00Z'),
    registeredBy: 'pc-1',
    lastContactAt: at('2024-01-10T09:00:00Z'),
    version: 1,
    ...overrides,
  };
}

/** A stored-shape duty for the suite. */
export function sampleDuty(overrides: Partial<VictimDuty> = {}): VictimDuty {
  return {
    id: 'd-1',
    victimId: 'v-1',
    caseId: 'case-a',
    kind: 'event-notification',
    eventId: 'e-1',
    eventKind: 'arrest',
    basis: 'enhanced',
    allowedDays: 1,
    startsAt: at('2024-01-10T10:00:00Z'),
    dueDate: parseIsoDate('2024-01-11'),
    dueBy: at('2024-01-12T00:00:00Z'),
    status: 'open',
    ...overrides,
  };
}

/** Registers the contract's cases; `create` returns an empty repository. */
export function registerVictimRepositoryCases(create: () => VictimRepository | Promise<VictimRepository>): void {
  it('stores victims with optimistic concurrency and lists them by case', async () => {
    const victims = await create();
    await victims.saveVictim(sampleVictim());
    await victims.saveVictim(sampleVictim({ id: 'v-2', caseId: 'case-b', registeredAt: at('2024-01-11T09:00:00Z') }));
    expect(await victims.getVictim('v-1')).toEqual(sampleVictim());
    await victims.saveVictim(sampleVictim({ enhancedRights: [], restricted: true, version: 2 }));
    expect(await victims.getVictim('v-1')).toEqual(sampleVictim({ enhancedRights: [], restricted: true, version: 2 }));
    await expect(victims.saveVictim(sampleVictim({ version: 2 }))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(victims.saveVictim(sampleVictim({ id: 'v-3', version: 2 }))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await victims.listVictims({ caseIds: ['case-b'] })).map((victim) => victim.id)).toEqual(['v-2']);
    expect((await victims.listVictims()).map((victim) => victim.id)).toEqual(['v-1', 'v-2']);
  });

  it('adds duties, lets an open one be closed once, all or nothing', async () => {
    const victims = await create();
    await victims.saveDuties([sampleDuty(), sampleDuty({ id: 'd-2', dueBy: at('2024-01-11T00:00:00Z'), dueDate: parseIsoDate('2024-01-10') })]);
    const met = sampleDuty({ status: 'met', metAt: at('2024-01-10T12:00:00Z'), metByUpdateId: 'u-1', metOnTime: true });
    await victims.saveDuties([met]);
    await expect(victims.saveDuties([sampleDuty({ id: 'd-3' }), sampleDuty({ status: 'withdrawn' })])).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await victims.listDuties()).map((duty) => [duty.id, duty.status])).toEqual([
      ['d-2', 'open'],
      ['d-1', 'met'],
    ]);
    expect(await victims.listDuties({ status: 'met' })).toEqual([met]);
    expect((await victims.listDuties({ caseIds: ['case-x'] })).length).toBe(0);
    expect((await victims.listDuties({ victimId: 'v-1', status: 'open' })).map((duty) => duty.id)).toEqual(['d-2']);
  });

  it('keeps updates, oldest first', async () => {
    const victims = await create();
    const update = { id: 'u-2', victimId: 'v-1', caseId: 'case-a', at: at('2024-01-12T09:00:00Z'), channel: 'email' as const, by: 'pc-1', summary: 's', dutyIds: ['d-1'] };
    await victims.addUpdate(update);
    await victims.addUpdate({ ...update, id: 'u-1', at: at('2024-01-11T09:00:00Z'), dutyIds: [] });
    expect((await victims.listUpdates({ victimId: 'v-1' })).map((entry) => entry.id)).toEqual(['u-1', 'u-2']);
    expect(await victims.listUpdates({ caseId: 'case-b' })).toEqual([]);
    expect((await victims.listUpdates({ caseId: 'case-a' }))[1]).toEqual(update);
  });
}

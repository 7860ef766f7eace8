/**
 * The CaseRepository contract as a shared suite: run it against every implementation (the
 * in-memory one here; `@peel/db`'s on PGlite and PostgreSQL). Not exported by the package
 * (it imports vitest); import it by path from a test.
 */
import { expect, it } from 'vitest';
import { parseIsoDate } from '../../calendar/iso-date';
import type { Case } from '../case';
import type { CaseRepository } from '../case-repository';

/** A stored-shape case for the suite. */
export function sampleCase(overrides: Partial<Case> = {}): Case {
  return {
    id: 'case-a',
    incidentId: 'inc-a',
    offenceType: 'burglary-dwelling',
    area: 'north',
    location: { lat: 51.5, lon: -0.1, wardCode: 'E05000001' },
    committedOn: parseIsoDate('2024-01-09'),
    owner: { officerId: 'pc-1', teamId: 't-1' },
    status: 'allocated',
    openedAt: new Date('2024-01-10T09:00:00Z'),
    openedBy: 'sgt-1',
    handoffs: [],
    statusHistory: [{ from: null, to: 'allocated', at: new Date('2024-01-10T09:00:00Z'), by: 'sgt-1' }],
    suspects: [],
    events: [],
    previousOutcomes: [],
    version: 1,
    ...overrides,
  };
}

/** Registers the contract's cases; `create` returns an empty repository. */
export function registerCaseRepositoryCases(create: () => CaseRepository | Promise<CaseRepository>): void {
  it('stores a new case at version 1 and returns it whole', async () => {
    const cases = await create();
    const subject = sampleCase({
      handoffs: [{ sequence: 1, from: { officerId: 'pc-0' }, to: { officerId: 'pc-1', teamId: 't-1' }, reason: 'shift', at: new Date('2024-01-10T10:00:00Z'), by: 's' }],
      suspects: [{ id: 's-1', name: 'A', dateOfBirth: parseIsoDate('1990-01-01'), status: 'named', addedAt: new Date('2024-01-10T11:00:00Z') }],
      version: 1,
    });
    await cases.save(subject);
    expect(await cases.get('case-a')).toEqual(subject);
    expect(await cases.get('case-missing')).toBeUndefined();
  });

  it('accepts exactly the next version and refuses a stale or skipped one with CONFLICT', async () => {
    const cases = await create();
    await cases.save(sampleCase());
    await cases.save(sampleCase({ owner: { officerId: 'pc-2' }, version: 2 }));
    await expect(cases.save(sampleCase({ owner: { officerId: 'pc-3' }, version: 2 }))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(cases.save(sampleCase({ version: 4 }))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(cases.save(sampleCase({ id: 'case-new', version: 2 }))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(cases.save(sampleCase({ version: 1 }))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await cases.get('case-a'))!.owner.officerId).toBe('pc-2');
  });

  it('lists by owner, area, status, incident and ids, in opening order', async () => {
    const cases = await create();
    await cases.save(sampleCase({ id: 'c-2', openedAt: new Date('2024-01-11T00:00:00Z'), owner: { officerId: 'pc-1' }, area: 'south', incidentId: 'inc-2' }));
    await cases.save(sampleCase({ id: 'c-1', openedAt: new Date('2024-01-10T00:00:00Z'), owner: { officerId: 'pc-1' }, area: 'north' }));
    await cases.save(sampleCase({ id: 'c-3', openedAt: new Date('2024-01-12T00:00:00Z'), owner: { officerId: 'pc-2' }, area: 'north', status: 'finalised' }));
    const ids = async (query: Parameters<CaseRepository['list']>[0]) => (await cases.list(query)).map((subject) => subject.id);
    expect(await ids(undefined)).toEqual(['c-1', 'c-2', 'c-3']);
    expect(await ids({ ownerId: 'pc-1' })).toEqual(['c-1', 'c-2']);
    expect(await ids({ area: 'north' })).toEqual(['c-1', 'c-3']);
    expect(await ids({ statuses: ['allocated', 'investigating'] })).toEqual(['c-1', 'c-2']);
    expect(await ids({ incidentId: 'inc-2' })).toEqual(['c-2']);
    expect(await ids({ ids: ['c-3', 'c-1'], area: 'north' })).toEqual(['c-1', 'c-3']);
  });

  it('hands out copies: changing a returned case changes nothing stored', async () => {
    const cases = await create();
    await cases.save(sampleCase());
    const copy = await cases.get('case-a');
    copy!.handoffs.push({ sequence: 1, from: { officerId: 'x' }, to: { officerId: 'y' }, reason: 'r', at: new Date(0), by: 'b' });
    expect((await cases.get('case-a'))!.handoffs).toEqual([]);
  });
}

/**
 * The suite every UnitRepository must pass (STYLE.md: one shared suite per interface). The
 * in-memory repository runs it in in-memory-unit-repository.test.ts; packages/db runs it on PGlite
 * and PostgreSQL. The tests never assume an empty repository — each uses its own ids, call signs,
 * officers and team — so a backend may hand every test the same repository.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain-error';
import type { Unit } from '../unit';
import type { UnitRepository } from '../unit-repository';
import { makeUnit } from './make-unit';

const AT = new Date('2024-03-01T08:00:00Z');
const minutesAfter = (minutes: number) => new Date(AT.getTime() + minutes * 60_000);

let counter = 0;
/** A unit with ids, call sign, officer and team unique to this run of the suite. */
function freshUnit(overrides: Partial<Unit> = {}): Unit {
  counter += 1;
  const tag = `${Date.now().toString(36)}-${counter}`;
  return makeUnit({ id: `unit-${tag}`, callSign: `CS${tag}`.toUpperCase(), teamId: `team-${tag}`, officers: [{ officerId: `officer-${tag}`, role: 'PC' }], ...overrides });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'resolved';
}

/**
 * Registers the UnitRepository suite.
 * @param name the implementation's name, shown in test titles
 * @param repository returns the repository under test (called once per test; may return the same one)
 * @param options rounds of the concurrent-assignment test (default 20)
 */
export function registerUnitRepositoryCases(name: string, repository: () => UnitRepository | Promise<UnitRepository>, options: { readonly concurrentRounds?: number } = {}): void {
  const rounds = options.concurrentRounds ?? 20;

  describe(`UnitRepository contract: ${name}`, () => {
    it('stores a unit and returns an equal copy (dates included) and a first status event', async () => {
      const repo = await repository();
      const unit = freshUnit({ relief: 2, shiftId: 'late', officers: [{ officerId: `o-${counter}-a`, role: 'PC', skills: ['taser'] }] });
      await repo.create(unit);
      expect(await repo.get(unit.id)).toEqual(unit);
      expect(await repo.get('no-such-unit')).toBeUndefined();
      expect(await repo.listStatusEvents(unit.id)).toEqual([{ unitId: unit.id, to: 'available', at: unit.statusSince }]);
    });

    it('refuses a call sign already on duty (CONFLICT, field callSign) but allows it once that unit is off duty', async () => {
      const repo = await repository();
      const first = freshUnit();
      await repo.create(first);
      const clash = freshUnit({ callSign: first.callSign });
      await expect(repo.create(clash)).rejects.toMatchObject({ code: 'CONFLICT', field: 'callSign' });
      await repo.changeStatus({ unitId: first.id, from: 'available', to: 'off-duty', at: AT });
      await repo.create(clash);
      expect((await repo.get(clash.id))?.callSign).toBe(first.callSign);
    });

    it('refuses an officer already on duty in another unit (CONFLICT, field officers)', async () => {
      const repo = await repository();
      const first = freshUnit();
      await repo.create(first);
      const second = freshUnit({ officers: [{ officerId: 'someone-else', role: 'PC' }, ...first.officers] });
      await expect(repo.create(second)).rejects.toMatchObject({ code: 'CONFLICT', field: 'officers' });
    });

    it('lists the units on duty of a team by call sign, leaving out units off duty', async () => {
      const repo = await repository();
      const teamId = `team-list-${counter}`;
      const b = freshUnit({ teamId, callSign: `LB${counter}` });
      const a = freshUnit({ teamId, callSign: `LA${counter}` });
      const gone = freshUnit({ teamId, callSign: `LC${counter}` });
      for (const unit of [b, a, gone]) await repo.create(unit);
      await repo.changeStatus({ unitId: gone.id, from: 'available', to: 'off-duty', at: AT });
      expect((await repo.listOnDuty({ teamId })).map((unit) => unit.id)).toEqual([a.id, b.id]);
      const all = (await repo.listOnDuty()).map((unit) => unit.id);
      expect(all).toEqual(expect.arrayContaining([a.id, b.id]));
      expect(all).not.toContain(gone.id);
    });

    it('keeps the newer of two position reports, whatever order they arrive in', async () => {
      const repo = await repository();
      const unit = freshUnit();
      await repo.create(unit);
      await repo.updatePosition(unit.id, { lat: 51.6, lon: -0.2, at: minutesAfter(10) });
      await repo.updatePosition(unit.id, { lat: 51.7, lon: -0.3, at: minutesAfter(5) });
      expect((await repo.get(unit.id))?.position).toEqual({ lat: 51.6, lon: -0.2, at: minutesAfter(10) });
      await expect(repo.updatePosition('no-such-unit', { lat: 0, lon: 0, at: AT })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('assigns an available unit: dispatched, holding the incident, with a live assignment and an event', async () => {
      const repo = await repository();
      const unit = freshUnit();
      await repo.create(unit);
      const assignment = await repo.assignUnit(unit.id, 'incident-a', AT);
      expect(assignment).toMatchObject({ unitId: unit.id, incidentId: 'incident-a', dispatchedAt: AT });
      expect(assignment.endedAt).toBeUndefined();
      expect(await repo.get(unit.id)).toMatchObject({ status: 'dispatched', statusSince: AT, incidentId: 'incident-a' });
      expect(await repo.getLiveAssignment(unit.id)).toEqual(assignment);
      expect(await repo.listAssignments('incident-a')).toEqual(expect.arrayContaining([assignment]));
      expect((await repo.listStatusEvents(unit.id)).at(-1)).toEqual({ unitId: unit.id, from: 'available', to: 'dispatched', at: AT, incidentId: 'incident-a' });
    });

    it('refuses to assign a unit that holds an incident, is committed or is off duty (UNIT_UNAVAILABLE), or does not exist (NOT_FOUND)', async () => {
      const repo = await repository();
      const busy = freshUnit();
      const committed = freshUnit({ status: 'committed' });
      const off = freshUnit();
      for (const unit of [busy, committed, off]) await repo.create(unit);
      await repo.assignUnit(busy.id, 'incident-b1', AT);
      await repo.changeStatus({ unitId: off.id, from: 'available', to: 'off-duty', at: AT });
      expect(await codeOf(repo.assignUnit(busy.id, 'incident-b2', AT))).toBe('UNIT_UNAVAILABLE');
      expect(await codeOf(repo.assignUnit(committed.id, 'incident-b2', AT))).toBe('UNIT_UNAVAILABLE');
      expect(await codeOf(repo.assignUnit(off.id, 'incident-b2', AT))).toBe('UNIT_UNAVAILABLE');
      expect(await codeOf(repo.assignUnit('no-such-unit', 'incident-b2', AT))).toBe('NOT_FOUND');
      expect((await repo.get(busy.id))?.incidentId).toBe('incident-b1');
    });

    it(`atomic assignment: 50 concurrent assignUnit calls for one free unit give exactly one success, ${rounds} rounds`, async () => {
      const repo = await repository();
      for (let round = 0; round < rounds; round++) {
        const unit = freshUnit();
        await repo.create(unit);
        const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => repo.assignUnit(unit.id, `incident-race-${round}-${i}`, AT)));
        const won = results.filter((result) => result.status === 'fulfilled');
        const lost = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost.every((result) => result.reason instanceof DomainError && result.reason.code === 'UNIT_UNAVAILABLE')).toBe(true);
        const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<UnitRepository['assignUnit']>>>).value;
        expect((await repo.get(unit.id))?.incidentId).toBe(winner.incidentId);
      }
    });

    it('changes status only from the status the caller read (CONFLICT otherwise), writing the assignment', async () => {
      const repo = await repository();
      const unit = freshUnit();
      await repo.create(unit);
      const assignment = await repo.assignUnit(unit.id, 'incident-c', AT);
      await expect(repo.changeStatus({ unitId: unit.id, from: 'available', to: 'committed', at: minutesAfter(1) })).rejects.toMatchObject({ code: 'CONFLICT' });
      await repo.changeStatus({ unitId: unit.id, from: 'dispatched', to: 'en-route', at: minutesAfter(1), assignment: { ...assignment, enRouteAt: minutesAfter(1) } });
      expect(await repo.get(unit.id)).toMatchObject({ status: 'en-route', statusSince: minutesAfter(1), incidentId: 'incident-c' });
      expect((await repo.getLiveAssignment(unit.id))?.enRouteAt).toEqual(minutesAfter(1));
      await expect(repo.changeStatus({ unitId: 'no-such-unit', from: 'available', to: 'committed', at: AT })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('ends the assignment and frees the unit when it clears: no live assignment, no incident, assignable again', async () => {
      const repo = await repository();
      const unit = freshUnit();
      await repo.create(unit);
      const assignment = await repo.assignUnit(unit.id, 'incident-d', AT);
      await repo.changeStatus({ unitId: unit.id, from: 'dispatched', to: 'on-scene', at: minutesAfter(8), assignment: { ...assignment, arrivedAt: minutesAfter(8) } });
      const ended = { ...assignment, arrivedAt: minutesAfter(8), endedAt: minutesAfter(40), endReason: 'cleared' as const };
      await repo.changeStatus({ unitId: unit.id, from: 'on-scene', to: 'available', at: minutesAfter(40), assignment: ended });
      const stored = await repo.get(unit.id);
      expect(stored?.status).toBe('available');
      expect(stored?.incidentId).toBeUndefined();
      expect(await repo.getLiveAssignment(unit.id)).toBeUndefined();
      expect(await repo.listAssignments('incident-d')).toEqual([ended]);
      expect((await repo.listStatusEvents(unit.id)).map((event) => event.to)).toEqual(['available', 'dispatched', 'on-scene', 'available']);
      await repo.assignUnit(unit.id, 'incident-e', minutesAfter(41));
      expect((await repo.get(unit.id))?.incidentId).toBe('incident-e');
    });
  });
}

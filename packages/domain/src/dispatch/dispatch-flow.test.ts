/** Assignment and the status flow after it: dispatched → en route → on scene → cleared, with every rule. */
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../shared/clock';
import { DomainError } from '../shared/domain-error';
import { assignUnitToIncident } from './assign-unit-to-incident';
import { changeUnitStatus } from './change-unit-status';
import type { DispatchIncident } from './dispatch-incident';
import { reportUnitPosition } from './report-unit-position';
import { InMemoryUnitRepository } from './testing/in-memory-unit-repository';
import { makeUnit } from './testing/make-unit';
import type { UnitRepository } from './unit-repository';

const T0 = new Date('2024-03-01T10:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const incident = (overrides: Partial<DispatchIncident> = {}): DispatchIncident => ({
  id: 'inc-1',
  grade: 1,
  location: { lat: 51.51, lon: -0.1 },
  areaId: 'north',
  urbanRural: 'urban',
  requirements: { powers: ['arrest'] },
  callAnsweredAt: T0,
  gradedAt: at(1),
  ...overrides,
});

const PCSO_CAPABILITIES = { roles: ['PCSO'], powers: ['detain' as const, 'take-statement' as const], skills: [], officerCount: 1 };

async function setUp(): Promise<{ units: UnitRepository; clock: ReturnType<typeof fixedClock> }> {
  const units = new InMemoryUnitRepository();
  await units.create(makeUnit({ id: 'pc', callSign: 'N21' }));
  await units.create(makeUnit({ id: 'pcso', callSign: 'NN1', teamKind: 'neighbourhood', officers: [{ officerId: 'p1', role: 'PCSO' }], capabilities: PCSO_CAPABILITIES }));
  return { units, clock: fixedClock(at(2)) };
}

describe('assignUnitToIncident', () => {
  it('dispatches an available unit that meets the requirements, stamping the dispatch time', async () => {
    const context = await setUp();
    const { assignment, override } = await assignUnitToIncident({ unitId: 'pc', incident: incident() }, context);
    expect(override).toBeUndefined();
    expect(assignment).toMatchObject({ unitId: 'pc', incidentId: 'inc-1', dispatchedAt: at(2) });
    expect(await context.units.get('pc')).toMatchObject({ status: 'dispatched', incidentId: 'inc-1', statusSince: at(2) });
  });

  it('never gives a unit a second live incident (UNIT_UNAVAILABLE naming the unit, its status and incident)', async () => {
    const context = await setUp();
    await assignUnitToIncident({ unitId: 'pc', incident: incident() }, context);
    const error = await assignUnitToIncident({ unitId: 'pc', incident: incident({ id: 'inc-2' }) }, context).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'UNIT_UNAVAILABLE', field: 'unitId', message: "unit N21 is 'dispatched' (incident inc-1), not available" });
  });

  it('refuses a PCSO where arrest is needed (VALIDATION naming the missing power) unless overridden with a reason', async () => {
    const context = await setUp();
    const error = await assignUnitToIncident({ unitId: 'pcso', incident: incident() }, context).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'unitId' });
    expect((error as Error).message).toContain("no officer holds the power 'arrest'");
    await expect(assignUnitToIncident({ unitId: 'pcso', incident: incident(), override: { reason: '  ' } }, context)).rejects.toMatchObject({ code: 'VALIDATION', field: 'override.reason' });
    const sent = await assignUnitToIncident({ unitId: 'pcso', incident: incident(), override: { reason: 'scene guard until response arrives' } }, context);
    expect(sent.override).toEqual({ reason: 'scene guard until response arrives', unmet: [{ kind: 'power', needed: 'arrest', text: "no officer holds the power 'arrest'" }] });
  });

  it('throws NOT_FOUND for an unknown unit', async () => {
    const context = await setUp();
    await expect(assignUnitToIncident({ unitId: 'ghost', incident: incident() }, context)).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
  });

  it('lets the repository decide at commit: a unit taken between the check and the commit gives UNIT_UNAVAILABLE', async () => {
    const context = await setUp();
    // The unit is read as available; another controller's assignment commits before ours does.
    const racing: UnitRepository = Object.create(context.units) as UnitRepository;
    racing.get = async (unitId) => {
      const unit = await context.units.get(unitId);
      await context.units.assignUnit(unitId, 'inc-other', at(2));
      return unit;
    };
    const error = await assignUnitToIncident({ unitId: 'pc', incident: incident() }, { ...context, units: racing }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'UNIT_UNAVAILABLE' });
    expect((await context.units.get('pc'))?.incidentId).toBe('inc-other');
  });

  it('of 50 controllers sending one unit to 50 incidents at once, exactly one succeeds', async () => {
    const context = await setUp();
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => assignUnitToIncident({ unitId: 'pc', incident: incident({ id: `inc-${i}` }) }, context)));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const codes = results.flatMap((result) => (result.status === 'rejected' ? [(result.reason as DomainError).code] : []));
    expect(codes).toEqual(Array.from({ length: 49 }, () => 'UNIT_UNAVAILABLE'));
  });
});

describe('changeUnitStatus', () => {
  it('runs dispatched → en route → on scene → cleared, stamping the assignment and freeing the unit', async () => {
    const context = await setUp();
    const { assignment } = await assignUnitToIncident({ unitId: 'pc', incident: incident() }, context);
    context.clock.set(at(3));
    expect((await changeUnitStatus({ unitId: 'pc', to: 'en-route' }, context)).assignment).toEqual({ ...assignment, enRouteAt: at(3) });
    context.clock.set(at(11));
    expect((await changeUnitStatus({ unitId: 'pc', to: 'on-scene' }, context)).assignment).toEqual({ ...assignment, enRouteAt: at(3), arrivedAt: at(11) });
    context.clock.set(at(50));
    const cleared = await changeUnitStatus({ unitId: 'pc', to: 'available' }, context);
    expect(cleared).toMatchObject({ from: 'on-scene', to: 'available', at: at(50) });
    expect(cleared.assignment).toEqual({ ...assignment, enRouteAt: at(3), arrivedAt: at(11), endedAt: at(50), endReason: 'cleared' });
    const unit = await context.units.get('pc');
    expect(unit?.status).toBe('available');
    expect(unit?.incidentId).toBeUndefined();
    expect((await context.units.listStatusEvents('pc')).map((event) => `${event.from ?? '∅'}→${event.to}@${(event.at.getTime() - T0.getTime()) / 60_000}`)).toEqual([
      '∅→available@-180',
      'available→dispatched@2',
      'dispatched→en-route@3',
      'en-route→on-scene@11',
      'on-scene→available@50',
    ]);
  });

  it('stands a unit down before arrival (ended as stood-down, no arrival time)', async () => {
    const context = await setUp();
    await assignUnitToIncident({ unitId: 'pc', incident: incident() }, context);
    await changeUnitStatus({ unitId: 'pc', to: 'en-route' }, context);
    const stoodDown = await changeUnitStatus({ unitId: 'pc', to: 'available' }, context);
    expect(stoodDown.assignment).toMatchObject({ endReason: 'stood-down', endedAt: at(2) });
    expect(stoodDown.assignment?.arrivedAt).toBeUndefined();
  });

  it('throws INVALID_TRANSITION naming both states for a move the table forbids', async () => {
    const context = await setUp();
    await expect(changeUnitStatus({ unitId: 'pc', to: 'on-scene' }, context)).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
      message: "unit N21 cannot go from 'available' to 'on-scene' (from 'available' it may go to 'dispatched', 'committed', 'off-duty')",
    });
    await changeUnitStatus({ unitId: 'pc', to: 'off-duty' }, context);
    await expect(changeUnitStatus({ unitId: 'pc', to: 'available' }, context)).rejects.toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining("from 'off-duty' to 'available'") });
  });

  it("refuses 'dispatched' (only an assignment dispatches) and unknown units", async () => {
    const context = await setUp();
    await expect(changeUnitStatus({ unitId: 'pc', to: 'dispatched' as 'available' }, context)).rejects.toMatchObject({ code: 'VALIDATION', field: 'to' });
    await expect(changeUnitStatus({ unitId: 'ghost', to: 'committed' }, context)).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
  });

  it('commits a unit (refreshments) and back, with no assignment touched; a committed unit cannot be assigned', async () => {
    const context = await setUp();
    const committed = await changeUnitStatus({ unitId: 'pc', to: 'committed' }, context);
    expect(committed.assignment).toBeUndefined();
    await expect(assignUnitToIncident({ unitId: 'pc', incident: incident() }, context)).rejects.toMatchObject({ code: 'UNIT_UNAVAILABLE' });
    await changeUnitStatus({ unitId: 'pc', to: 'available' }, context);
    await assignUnitToIncident({ unitId: 'pc', incident: incident() }, context);
  });
});

describe('reportUnitPosition', () => {
  it('records a position at now, keeps the newest, and refuses bad coordinates, future times and units off duty', async () => {
    const context = await setUp();
    expect(await reportUnitPosition({ unitId: 'pc', position: { lat: 51.52, lon: -0.11 } }, context)).toEqual({ lat: 51.52, lon: -0.11, at: at(2) });
    await reportUnitPosition({ unitId: 'pc', position: { lat: 51.6, lon: -0.2, at: at(1) } }, context);
    expect((await context.units.get('pc'))?.position).toEqual({ lat: 51.52, lon: -0.11, at: at(2) });
    await expect(reportUnitPosition({ unitId: 'pc', position: { lat: 51.5, lon: 200 } }, context)).rejects.toMatchObject({ code: 'VALIDATION', field: 'position.lon' });
    await expect(reportUnitPosition({ unitId: 'pc', position: { lat: 51.5, lon: 0, at: at(3) } }, context)).rejects.toMatchObject({ code: 'VALIDATION', field: 'position.at' });
    await expect(reportUnitPosition({ unitId: 'ghost', position: { lat: 51.5, lon: 0 } }, context)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await changeUnitStatus({ unitId: 'pc', to: 'off-duty' }, context);
    await expect(reportUnitPosition({ unitId: 'pc', position: { lat: 51.5, lon: 0 } }, context)).rejects.toMatchObject({ code: 'VALIDATION', field: 'unitId' });
  });
});

import { describe, expect, it } from 'vitest';
import { handOffCase } from './hand-off-case';
import { finaliseCase } from './finalise-case';
import { openCase } from './open-case';
import { handoffCount } from './case';
import { burglaryIncident, caseTestDependencies } from './testing/case-fixtures';

async function opened() {
  const deps = caseTestDependencies();
  const subject = await openCase(deps, { incident: burglaryIncident(), owner: { officerId: 'pc-101', teamId: 'response-1' }, by: 'controller-1' });
  return { deps, subject };
}

describe('handOffCase', () => {
  it('changes the one owner and records reason, from, to, time and who', async () => {
    const { deps, subject } = await opened();
    deps.clock.advanceMinutes(90);
    const next = await handOffCase(deps, { caseId: subject.id, to: { officerId: 'dc-7', teamId: 'cid' }, reason: 'end of shift: passed to CID', by: 'sgt-1' });
    expect(next.owner).toEqual({ officerId: 'dc-7', teamId: 'cid' });
    expect(next.handoffs).toEqual([
      { sequence: 1, from: { officerId: 'pc-101', teamId: 'response-1' }, to: { officerId: 'dc-7', teamId: 'cid' }, reason: 'end of shift: passed to CID', at: new Date('2024-01-10T10:30:00Z'), by: 'sgt-1' },
    ]);
    expect(next.version).toBe(2);
    expect(handoffCount(next)).toBe(1);
  });

  it('counts every handoff and chains them: each starts with the owner the last one ended with', async () => {
    const { deps, subject } = await opened();
    const officers = ['dc-7', 'pc-220', 'dc-7', 'pcso-3', 'pc-101'];
    for (const officerId of officers) {
      deps.clock.advanceMinutes(60);
      await handOffCase(deps, { caseId: subject.id, to: { officerId }, reason: `to ${officerId}`, by: 'sgt-1' });
    }
    const stored = await deps.cases.get(subject.id);
    expect(handoffCount(stored!)).toBe(5);
    expect(stored!.handoffs.map((handoff) => handoff.sequence)).toEqual([1, 2, 3, 4, 5]);
    for (let index = 1; index < stored!.handoffs.length; index += 1) {
      expect(stored!.handoffs[index]!.from).toEqual(stored!.handoffs[index - 1]!.to);
    }
    expect(stored!.owner).toEqual(stored!.handoffs.at(-1)!.to);
  });

  it('requires a reason and a different owner', async () => {
    const { deps, subject } = await opened();
    await expect(handOffCase(deps, { caseId: subject.id, to: { officerId: 'dc-7' }, reason: '  ', by: 'sgt-1' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'reason' });
    await expect(handOffCase(deps, { caseId: subject.id, to: { officerId: 'pc-101', teamId: 'response-1' }, reason: 'x', by: 'sgt-1' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'to.officerId' });
    await expect(handOffCase(deps, { caseId: 'case-404', to: { officerId: 'dc-7' }, reason: 'x', by: 'sgt-1' })).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'caseId' });
  });

  it('refuses to hand on a finalised case', async () => {
    const { deps, subject } = await opened();
    await finaliseCase(deps, { caseId: subject.id, claim: { type: 18 }, by: 'pc-101' });
    await expect(handOffCase(deps, { caseId: subject.id, to: { officerId: 'dc-7' }, reason: 'review', by: 'sgt-1' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('loses no handoff when two are made from the same stale version: the second gets CONFLICT', async () => {
    const { deps, subject } = await opened();
    const stale = await deps.cases.get(subject.id);
    await handOffCase(deps, { caseId: subject.id, to: { officerId: 'dc-7' }, reason: 'first', by: 'sgt-1' });
    await expect(deps.cases.save({ ...stale!, owner: { officerId: 'pc-999' }, version: stale!.version + 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await deps.cases.get(subject.id))!.owner.officerId).toBe('dc-7');
  });
});

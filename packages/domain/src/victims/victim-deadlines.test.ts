import { describe, expect, it } from 'vitest';
import { finaliseCase } from '../cases/finalise-case';
import { handOffCase } from '../cases/hand-off-case';
import { openCase } from '../cases/open-case';
import { addSuspect } from '../cases/suspects';
import { burglaryIncident } from '../cases/testing/case-fixtures';
import { recordInvestigationEvent } from './record-investigation-event';
import { recordVictimUpdate } from './record-victim-update';
import { registerVictim } from './register-victim';
import { listVictimDeadlines } from './victim-deadlines';
import { victimTestSetup } from './testing/victim-fixtures';

describe('listVictimDeadlines', () => {
  it('lists a duty as due until the end of its London due date, then overdue, counting working days late', async () => {
    const { deps, caseId, suspectId } = await victimTestSetup(new Date('2023-05-04T09:00:00Z'));
    const { victim } = await registerVictim(deps, { caseId, name: 'V', channel: 'phone', by: 'pc-101' });
    await recordInvestigationEvent(deps, { caseId, kind: 'arrest', suspectId, by: 'pc-101' }); // due Fri 12 May 2023

    deps.clock.set(new Date('2023-05-12T22:59:59Z')); // 23:59:59 BST on the due date
    let list = await listVictimDeadlines(deps, { ownerId: 'pc-101' });
    expect(list.overdue).toEqual([]);
    expect(list.due.map((item) => [item.duty.kind, item.duty.dueDate, item.state])).toEqual([
      ['event-notification', '2023-05-12', 'due'],
      ['periodic-update', '2023-06-01', 'due'],
    ]);

    deps.clock.set(new Date('2023-05-12T23:00:00Z')); // midnight BST: Sat 13 May
    list = await listVictimDeadlines(deps, { ownerId: 'pc-101' });
    expect(list.overdue.map((item) => [item.duty.eventKind, item.workingDaysOverdue, item.ownerId, item.area])).toEqual([['arrest', 0, 'pc-101', 'sevenoaks']]);

    deps.clock.set(new Date('2023-05-16T10:00:00Z')); // Tue 16 May: Mon 15 (1), Tue 16 (2)
    list = await listVictimDeadlines(deps, {});
    expect(list.overdue[0]?.workingDaysOverdue).toBe(2);
    expect(list.byOwner).toEqual([{ key: 'pc-101', due: 1, overdue: 1 }]);

    await recordVictimUpdate(deps, { victimId: victim.id, summary: 'arrest and RUI', by: 'pc-101' });
    list = await listVictimDeadlines(deps, {});
    expect(list.overdue).toEqual([]);
    expect(list.due.map((item) => item.duty.dueDate)).toEqual(['2023-06-13']);
  });

  it('moves outstanding duties with the case when it is handed on', async () => {
    const { deps, caseId, suspectId } = await victimTestSetup(new Date('2023-05-04T09:00:00Z'));
    await registerVictim(deps, { caseId, name: 'V', channel: 'phone', by: 'pc-101' });
    await recordInvestigationEvent(deps, { caseId, kind: 'arrest', suspectId, by: 'pc-101' });
    await handOffCase(deps, { caseId, to: { officerId: 'dc-7', teamId: 'cid' }, reason: 'to CID', by: 'sgt-1' });
    expect((await listVictimDeadlines(deps, { ownerId: 'pc-101' })).due).toEqual([]);
    const dc7 = await listVictimDeadlines(deps, { ownerId: 'dc-7' });
    expect(dc7.due.map((item) => [item.ownerId, item.teamId])).toEqual([
      ['dc-7', 'cid'],
      ['dc-7', 'cid'],
    ]);
  });

  it('groups by owner and area, worst first, and filters by area', async () => {
    const { deps, caseId, suspectId } = await victimTestSetup(new Date('2023-05-04T09:00:00Z'));
    const other = await openCase(deps, { incident: burglaryIncident({ id: 'inc-2', area: 'tonbridge' }), owner: { officerId: 'pc-202' }, by: 'sgt-1' });
    const { suspect } = await addSuspect(deps, { caseId: other.id, name: 'K', by: 'pc-202' });
    await registerVictim(deps, { caseId, name: 'V1', channel: 'phone', by: 'pc-101' });
    await registerVictim(deps, { caseId: other.id, name: 'V2', channel: 'phone', enhancedRights: ['most-serious-crime'], by: 'pc-202' });
    await recordInvestigationEvent(deps, { caseId, kind: 'arrest', suspectId, by: 'pc-101' });
    await recordInvestigationEvent(deps, { caseId: other.id, kind: 'arrest', suspectId: suspect.id, by: 'pc-202' });
    deps.clock.set(new Date('2023-05-09T09:00:00Z')); // the enhanced victim's Fri 5 May deadline has passed
    const all = await listVictimDeadlines(deps, {});
    expect(all.byOwner).toEqual([
      { key: 'pc-202', due: 1, overdue: 1 },
      { key: 'pc-101', due: 2, overdue: 0 },
    ]);
    expect(all.byArea.map((count) => count.key)).toEqual(['tonbridge', 'sevenoaks']);
    const tonbridge = await listVictimDeadlines(deps, { area: 'tonbridge' });
    expect([...tonbridge.due, ...tonbridge.overdue].every((item) => item.area === 'tonbridge')).toBe(true);
    // Tue 9 May: the Fri 5 May deadline passed; Mon 8 was the Coronation, so 1 working day late.
    expect(tonbridge.overdue[0]?.workingDaysOverdue).toBe(1);
  });

  it('drops periodic updates of a finalised case but keeps what the victim is still owed', async () => {
    const { deps, caseId, suspectId } = await victimTestSetup(new Date('2023-05-04T09:00:00Z'));
    await registerVictim(deps, { caseId, name: 'V', channel: 'phone', by: 'pc-101' });
    await recordInvestigationEvent(deps, { caseId, kind: 'released-without-charge', suspectId, by: 'pc-101' });
    await finaliseCase(deps, { caseId, claim: { type: 16, suspectId, victimSupportsAction: false }, by: 'pc-101' });
    const list = await listVictimDeadlines(deps, {});
    expect(list.due.map((item) => item.duty.kind)).toEqual(['event-notification']);
  });

  it('leaves out the duties of restricted victims (flagged, or vulnerable) for a reader without restricted access', async () => {
    const { deps, caseId, suspectId } = await victimTestSetup(new Date('2023-05-04T09:00:00Z'));
    const open = await registerVictim(deps, { caseId, name: 'V1', channel: 'phone', by: 'pc-101' });
    const flagged = await registerVictim(deps, { caseId, name: 'V2', channel: 'phone', restricted: true, by: 'pc-101' });
    const vulnerable = await registerVictim(deps, { caseId, name: 'V3', channel: 'phone', enhancedRights: ['vulnerable'], by: 'pc-101' });
    await recordInvestigationEvent(deps, { caseId, kind: 'arrest', suspectId, by: 'pc-101' });
    const victimsOf = (list: Awaited<ReturnType<typeof listVictimDeadlines>>) => new Set([...list.due, ...list.overdue].map((item) => item.duty.victimId));
    expect(victimsOf(await listVictimDeadlines(deps, {}))).toEqual(new Set([open.victim.id, flagged.victim.id, vulnerable.victim.id]));
    const limited = await listVictimDeadlines(deps, { includeRestricted: false });
    expect(victimsOf(limited)).toEqual(new Set([open.victim.id]));
    expect(limited.byOwner).toEqual([{ key: 'pc-101', due: 2, overdue: 0 }]);
  });
});

import { describe, expect, it } from 'vitest';
import { agreeUpdateContract, setEnhancedRights } from './agree-update-contract';
import { recordInvestigationEvent } from './record-investigation-event';
import { recordVictimUpdate } from './record-victim-update';
import { registerVictim } from './register-victim';
import { victimTestSetup } from './testing/victim-fixtures';

describe('the update contract', () => {
  it('defaults to the model’s defaultUpdateEveryDays and schedules the first periodic update', async () => {
    const { deps, caseId } = await victimTestSetup(new Date('2024-01-10T09:00:00Z'));
    const { victim, duty } = await registerVictim(deps, { caseId, name: 'V', channel: 'phone', by: 'pc-101' });
    expect(victim.contract).toMatchObject({ everyDays: 28, channel: 'phone', agreedWithVictim: false, optedOut: false });
    // 10 Jan + 28 calendar days = 7 Feb (GMT: the day ends at midnight UTC).
    expect(duty).toMatchObject({ kind: 'periodic-update', basis: 'default-frequency', allowedDays: 28, dueDate: '2024-02-07', dueBy: new Date('2024-02-08T00:00:00Z') });
  });

  it('replaces the periodic duty when a frequency is agreed, counting from the last contact', async () => {
    const { deps, caseId } = await victimTestSetup(new Date('2024-01-10T09:00:00Z'));
    const { victim, duty: first } = await registerVictim(deps, { caseId, name: 'V', channel: 'phone', by: 'pc-101' });
    deps.clock.advanceMinutes(24 * 60);
    const agreed = await agreeUpdateContract(deps, { victimId: victim.id, everyDays: 14, channel: 'email', by: 'pc-101' });
    expect(agreed.victim.contract).toMatchObject({ everyDays: 14, channel: 'email', agreedWithVictim: true });
    expect(agreed.duty).toMatchObject({ basis: 'agreed-frequency', dueDate: '2024-01-24' });
    const duties = await deps.victims.listDuties({ victimId: victim.id });
    expect(duties.find((duty) => duty.id === first!.id)).toMatchObject({ status: 'withdrawn', withdrawnReason: 'update contract changed' });
    expect(duties.filter((duty) => duty.status === 'open')).toHaveLength(1);
  });

  it('stops periodic duties when the victim opts out', async () => {
    const { deps, caseId } = await victimTestSetup(new Date('2024-01-10T09:00:00Z'));
    const { victim } = await registerVictim(deps, { caseId, name: 'V', channel: 'phone', by: 'pc-101' });
    const result = await agreeUpdateContract(deps, { victimId: victim.id, optedOut: true, by: 'pc-101' });
    expect(result.duty).toBeUndefined();
    expect(await deps.victims.listDuties({ victimId: victim.id, status: 'open' })).toEqual([]);
  });

  it('rejects bad contracts naming the field', async () => {
    const { deps, caseId } = await victimTestSetup(new Date('2024-01-10T09:00:00Z'));
    await expect(registerVictim(deps, { caseId, name: 'V', channel: 'pigeon' as never, by: 'pc-101' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'channel' });
    await expect(registerVictim(deps, { caseId, name: 'V', channel: 'phone', everyDays: 0, by: 'pc-101' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'everyDays' });
    await expect(registerVictim(deps, { caseId, name: 'V', channel: 'phone', enhancedRights: ['famous'], by: 'pc-101' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'enhancedRights' });
    await expect(registerVictim(deps, { caseId: 'case-404', name: 'V', channel: 'phone', by: 'pc-101' })).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'caseId' });
  });

  it('applies enhanced rights set later to later events only', async () => {
    const { deps, caseId, suspectId } = await victimTestSetup(new Date('2023-05-04T09:00:00Z'));
    const { victim } = await registerVictim(deps, { caseId, name: 'V', channel: 'phone', by: 'pc-101' });
    const before = await recordInvestigationEvent(deps, { caseId, kind: 'arrest', suspectId, by: 'pc-101' });
    await setEnhancedRights(deps, { victimId: victim.id, enhancedRights: ['intimidated'], by: 'pc-101' });
    const after = await recordInvestigationEvent(deps, { caseId, kind: 'interview-under-caution', suspectId, by: 'pc-101' });
    expect(before.duties[0]).toMatchObject({ basis: 'standard', dueDate: '2023-05-12' });
    expect(after.duties[0]).toMatchObject({ basis: 'enhanced', dueDate: '2023-05-05' });
  });
});

describe('recordVictimUpdate', () => {
  it('meets the outstanding duties, on time or late, and restarts the periodic clock', async () => {
    const { deps, caseId, suspectId } = await victimTestSetup(new Date('2023-05-04T09:00:00Z'));
    const { victim } = await registerVictim(deps, { caseId, name: 'V', channel: 'phone', enhancedRights: ['vulnerable'], by: 'pc-101' });
    await recordInvestigationEvent(deps, { caseId, kind: 'arrest', suspectId, by: 'pc-101' }); // due by end of Fri 5 May
    deps.clock.set(new Date('2023-05-09T08:00:00Z')); // Tue 9 May: a day late
    const { update, met, next } = await recordVictimUpdate(deps, { victimId: victim.id, summary: 'told of the arrest and bail', by: 'pc-101' });
    expect(update).toMatchObject({ channel: 'phone', at: new Date('2023-05-09T08:00:00Z') });
    expect(met.map((duty) => [duty.kind, duty.status, duty.metOnTime])).toEqual([
      ['event-notification', 'met', false],
      ['periodic-update', 'met', true],
    ]);
    // 9 May + 28 days = 6 June (BST: the day ends at 23:00 UTC).
    expect(next).toMatchObject({ kind: 'periodic-update', dueDate: '2023-06-06', dueBy: new Date('2023-06-06T23:00:00Z') });
    expect((await deps.victims.getVictim(victim.id))!.lastContactAt).toEqual(new Date('2023-05-09T08:00:00Z'));
  });

  it('meets only the named duties when told which, and refuses one that is not open', async () => {
    const { deps, caseId, suspectId } = await victimTestSetup(new Date('2023-05-04T09:00:00Z'));
    const { victim } = await registerVictim(deps, { caseId, name: 'V', channel: 'phone', by: 'pc-101' });
    const arrest = await recordInvestigationEvent(deps, { caseId, kind: 'arrest', suspectId, by: 'pc-101' });
    const interview = await recordInvestigationEvent(deps, { caseId, kind: 'interview-under-caution', suspectId, by: 'pc-101' });
    const result = await recordVictimUpdate(deps, { victimId: victim.id, summary: 'arrest', dutyIds: [arrest.duties[0]!.id], by: 'pc-101' });
    expect(result.met.map((duty) => duty.eventKind ?? duty.kind)).toEqual(['arrest', 'periodic-update']);
    const open = await deps.victims.listDuties({ victimId: victim.id, status: 'open' });
    expect(open.map((duty) => duty.id)).toContain(interview.duties[0]!.id);
    await expect(recordVictimUpdate(deps, { victimId: victim.id, summary: 'again', dutyIds: [arrest.duties[0]!.id], by: 'pc-101' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'dutyIds' });
  });

  it('does not let two people meet the same duty: the second save gets CONFLICT', async () => {
    const { deps, caseId } = await victimTestSetup(new Date('2023-05-04T09:00:00Z'));
    const { duty } = await registerVictim(deps, { caseId, name: 'V', channel: 'phone', by: 'pc-101' });
    const met = { ...duty!, status: 'met' as const, metAt: new Date('2023-05-04T10:00:00Z') };
    await deps.victims.saveDuties([met]);
    await expect(deps.victims.saveDuties([met])).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('rejects an update in the future or without a summary', async () => {
    const { deps, caseId } = await victimTestSetup(new Date('2023-05-04T09:00:00Z'));
    const { victim } = await registerVictim(deps, { caseId, name: 'V', channel: 'phone', by: 'pc-101' });
    await expect(recordVictimUpdate(deps, { victimId: victim.id, summary: 'x', at: new Date('2023-05-05T00:00:00Z'), by: 'pc-101' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'at' });
    await expect(recordVictimUpdate(deps, { victimId: victim.id, summary: ' ', by: 'pc-101' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'summary' });
  });
});

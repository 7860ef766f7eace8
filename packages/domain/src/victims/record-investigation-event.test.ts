import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadModel } from '@peel/model';
import { recordInvestigationEvent } from './record-investigation-event';
import { registerVictim } from './register-victim';
import { victimTestSetup } from './testing/victim-fixtures';

describe('recordInvestigationEvent: Victims’ Code right 6 deadlines', () => {
  it('gives a standard victim 5 working days and an enhanced one 1: Thu 4 May 2023 → Fri 12 May (Coronation Mon 8) and Fri 5 May', async () => {
    const { deps, caseId, suspectId } = await victimTestSetup(new Date('2023-05-04T09:00:00Z'));
    const standard = await registerVictim(deps, { caseId, name: 'A. Victim', channel: 'phone', by: 'pc-101' });
    const enhanced = await registerVictim(deps, { caseId, name: 'B. Victim', channel: 'email', enhancedRights: ['vulnerable'], by: 'pc-101' });
    deps.clock.advanceMinutes(60);
    const { event, duties } = await recordInvestigationEvent(deps, { caseId, kind: 'arrest', suspectId, by: 'pc-101' });
    expect(event).toMatchObject({ kind: 'arrest', suspectId, occurredAt: new Date('2023-05-04T10:00:00Z') });
    expect(duties.map((duty) => [duty.victimId, duty.basis, duty.allowedDays, duty.dueDate, duty.dueBy.toISOString()])).toEqual([
      [standard.victim.id, 'standard', 5, '2023-05-12', '2023-05-12T23:00:00.000Z'],
      [enhanced.victim.id, 'enhanced', 1, '2023-05-05', '2023-05-05T23:00:00.000Z'],
    ]);
    expect(duties.every((duty) => duty.kind === 'event-notification' && duty.eventId === event.id && duty.status === 'open')).toBe(true);
    expect((await deps.cases.get(caseId))!.events.map((entry) => entry.kind)).toEqual(['arrest']);
  });

  it.each([
    // Enhanced, Fri 5 May 2023 (London): Mon 8 is the Coronation holiday, so Tue 9.
    ['2023-05-05T15:00:00Z', true, '2023-05-09'],
    // Standard, Thu 23 Dec 2021: Fri 24 (1), 27–28 substitutes, 29 (2), 30 (3), 31 (4), 3 Jan substitute, Tue 4 Jan (5).
    ['2021-12-23T12:00:00Z', false, '2022-01-04'],
    // Enhanced, Thu 28 Mar 2024: Good Friday and Easter Monday, so Tue 2 Apr.
    ['2024-03-28T12:00:00Z', true, '2024-04-02'],
    // Enhanced, Fri 16 Sep 2022: Mon 19 was the State Funeral, so Tue 20.
    ['2022-09-16T12:00:00Z', true, '2022-09-20'],
    // Standard, Wed 1 Jun 2022: Thu 2 and Fri 3 holidays; Mon 6 (1) … Fri 10 (5).
    ['2022-06-01T12:00:00Z', false, '2022-06-10'],
    // Enhanced, Sat 2 Mar 2024 (a weekend event): Mon 4.
    ['2024-03-02T12:00:00Z', true, '2024-03-04'],
  ])('an event at %s (enhanced %s) is due on %s', async (at, enhanced, dueDate) => {
    const { deps, caseId } = await victimTestSetup(new Date(at));
    await registerVictim(deps, { caseId, name: 'V', channel: 'phone', enhancedRights: enhanced ? ['persistently-targeted'] : [], by: 'pc-101' });
    const { duties } = await recordInvestigationEvent(deps, { caseId, kind: 'decision-not-to-investigate', by: 'pc-101' });
    expect(duties[0]?.dueDate).toBe(dueDate);
  });

  it('runs the deadline from when the event happened, not when it was recorded', async () => {
    const { deps, caseId, suspectId } = await victimTestSetup(new Date('2023-05-09T09:00:00Z'));
    await registerVictim(deps, { caseId, name: 'V', channel: 'phone', by: 'pc-101' });
    const { duties } = await recordInvestigationEvent(deps, { caseId, kind: 'released-under-investigation', suspectId, occurredAt: new Date('2023-05-04T18:00:00Z'), by: 'pc-101' });
    expect(duties[0]?.dueDate).toBe('2023-05-12');
  });

  it('creates no duty for a victim who opted out of updates', async () => {
    const { deps, caseId } = await victimTestSetup(new Date('2023-05-04T09:00:00Z'));
    await registerVictim(deps, { caseId, name: 'V', channel: 'letter', optedOut: true, by: 'pc-101' });
    const { duties } = await recordInvestigationEvent(deps, { caseId, kind: 'decision-not-to-investigate', by: 'pc-101' });
    expect(duties).toEqual([]);
  });

  it('needs a suspect of the case for suspect events, a past time, and an open case', async () => {
    const { deps, caseId, suspectId } = await victimTestSetup(new Date('2023-05-04T09:00:00Z'));
    await expect(recordInvestigationEvent(deps, { caseId, kind: 'arrest', by: 'pc-101' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'suspectId' });
    await expect(recordInvestigationEvent(deps, { caseId, kind: 'released-on-bail', suspectId: 'suspect-99', by: 'pc-101' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'suspectId' });
    await expect(recordInvestigationEvent(deps, { caseId, kind: 'arrest', suspectId, occurredAt: new Date('2023-05-04T09:00:01Z'), by: 'pc-101' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'occurredAt' });
    await expect(recordInvestigationEvent(deps, { caseId, kind: 'shouted' as never, by: 'pc-101' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'kind' });
    await expect(recordInvestigationEvent(deps, { caseId: 'case-404', kind: 'arrest', suspectId, by: 'pc-101' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('recordInvestigationEvent with the levels of a real model', () => {
  it('takes its working days from serviceLevels.victimUpdates (models/synthetic.yaml)', async () => {
    const text = readFileSync(fileURLToPath(new URL('../../../../models/synthetic.yaml', import.meta.url)), 'utf8');
    const loaded = loadModel(text);
    if (!loaded.valid) throw new Error('models/synthetic.yaml does not load');
    const { deps, caseId, suspectId } = await victimTestSetup(new Date('2023-05-04T09:00:00Z'));
    const tripled = { ...loaded.model.serviceLevels.victimUpdates, standardWorkingDays: loaded.model.serviceLevels.victimUpdates.standardWorkingDays * 3 };
    const { victim } = await registerVictim({ ...deps, levels: loaded.model.serviceLevels.victimUpdates }, { caseId, name: 'V', channel: 'phone', by: 'pc-101' });
    expect(victim.contract.everyDays).toBe(loaded.model.serviceLevels.victimUpdates.defaultUpdateEveryDays);
    const { duties } = await recordInvestigationEvent({ ...deps, levels: tripled }, { caseId, kind: 'arrest', suspectId, by: 'pc-101' });
    // 15 working days from Thu 4 May 2023: 5 (1), [8 Coronation], 9–12 (2–5), 15–19 (6–10), 22–26 (11–15).
    expect(duties[0]).toMatchObject({ allowedDays: 15, dueDate: '2023-05-26' });
  });
});

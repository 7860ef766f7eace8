import { describe, expect, it } from 'vitest';
import { finaliseCase } from './finalise-case';
import { openCase } from './open-case';
import { addSuspect, eliminateSuspect } from './suspects';
import { burglaryIncident, caseTestDependencies } from './testing/case-fixtures';

describe('finaliseCase', () => {
  it('records a valid outcome and finalises the case', async () => {
    const deps = caseTestDependencies(new Date('2024-01-10T09:00:00Z'));
    const subject = await openCase(deps, { incident: burglaryIncident(), owner: { officerId: 'pc-101' }, by: 'sgt-1' });
    const { suspect } = await addSuspect(deps, { caseId: subject.id, name: 'J. Smith', dateOfBirth: '1990-02-01', by: 'pc-101' });
    const closed = await finaliseCase(deps, { caseId: subject.id, claim: { type: 8, suspectId: suspect.id, admission: true, victimViewsSought: true }, by: 'pc-101' });
    expect(closed).toMatchObject({ status: 'finalised', outcome: { type: 8, recordedBy: 'pc-101', recordedAt: new Date('2024-01-10T09:00:00Z') } });
    expect(closed.statusHistory.at(-1)).toMatchObject({ from: 'allocated', to: 'finalised', reason: 'outcome 8' });
  });

  it('refuses an invalid outcome with OUTCOME_RULE naming the missing element, and leaves the case open', async () => {
    const deps = caseTestDependencies();
    const subject = await openCase(deps, { incident: burglaryIncident(), owner: { officerId: 'pc-101' }, by: 'sgt-1' });
    const { suspect } = await addSuspect(deps, { caseId: subject.id, name: 'J. Smith', by: 'pc-101' });
    await expect(finaliseCase(deps, { caseId: subject.id, claim: { type: 8, suspectId: suspect.id, victimViewsSought: true }, by: 'pc-101' })).rejects.toMatchObject({ code: 'OUTCOME_RULE', field: 'admission' });
    await expect(finaliseCase(deps, { caseId: subject.id, claim: { type: 21, suspectId: suspect.id, rationale: 'disproportionate' }, by: 'pc-101' })).rejects.toMatchObject({ code: 'OUTCOME_RULE', field: 'victimInformed' });
    await expect(finaliseCase(deps, { caseId: subject.id, claim: { type: 18 }, by: 'pc-101' })).rejects.toMatchObject({ code: 'OUTCOME_RULE', field: 'suspectId' });
    expect((await deps.cases.get(subject.id))!.status).toBe('allocated');
    await eliminateSuspect(deps, { caseId: subject.id, suspectId: suspect.id, reason: 'alibi confirmed', by: 'pc-101' });
    await expect(finaliseCase(deps, { caseId: subject.id, claim: { type: 18 }, by: 'pc-101' })).resolves.toMatchObject({ status: 'finalised' });
  });

  it('takes the suspect’s age on the London date of the decision (youth caution the day before 18, adult caution on the day)', async () => {
    // 23:30 UTC on 9 July 2024 is 00:30 BST on 10 July in London: the suspect born 2006-07-10 is 18.
    const deps = caseTestDependencies(new Date('2024-07-09T23:30:00Z'));
    const subject = await openCase(deps, { incident: burglaryIncident(), owner: { officerId: 'pc-101' }, by: 'sgt-1' });
    const { suspect } = await addSuspect(deps, { caseId: subject.id, name: 'T. Young', dateOfBirth: '2006-07-10', by: 'pc-101' });
    await expect(finaliseCase(deps, { caseId: subject.id, claim: { type: 2, suspectId: suspect.id, admission: true }, by: 'pc-101' })).rejects.toMatchObject({ code: 'OUTCOME_RULE', field: 'suspect.dateOfBirth' });
    await expect(finaliseCase(deps, { caseId: subject.id, claim: { type: 3, suspectId: suspect.id, admission: true }, by: 'pc-101' })).resolves.toMatchObject({ outcome: { type: 3 } });
  });

  it('uses the case’s offence date for outcome 11', async () => {
    const deps = caseTestDependencies(new Date('2024-07-01T09:00:00Z'));
    const subject = await openCase(deps, { incident: burglaryIncident(), owner: { officerId: 'pc-101' }, committedOn: '2024-06-30', by: 'sgt-1' });
    const { suspect } = await addSuspect(deps, { caseId: subject.id, name: 'C', dateOfBirth: '2014-07-01', by: 'pc-101' }); // 9 on 30 June, 10 on 1 July
    await expect(finaliseCase(deps, { caseId: subject.id, claim: { type: 11, suspectId: suspect.id }, by: 'pc-101' })).resolves.toMatchObject({ status: 'finalised' });
  });

  it('validates the suspect input', async () => {
    const deps = caseTestDependencies();
    const subject = await openCase(deps, { incident: burglaryIncident(), owner: { officerId: 'pc-101' }, by: 'sgt-1' });
    await expect(addSuspect(deps, { caseId: subject.id, name: 'X', dateOfBirth: '2030-01-01', by: 'pc-101' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'dateOfBirth' });
    await expect(addSuspect(deps, { caseId: subject.id, name: ' ', by: 'pc-101' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'name' });
    await expect(eliminateSuspect(deps, { caseId: subject.id, suspectId: 'suspect-9', reason: 'r', by: 'pc-101' })).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'suspectId' });
  });
});

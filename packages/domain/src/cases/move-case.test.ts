import { describe, expect, it } from 'vitest';
import { canMoveCase, CASE_STATUSES } from './case-status';
import { finaliseCase, reopenCase } from './finalise-case';
import { moveCase } from './move-case';
import { openCase } from './open-case';
import { burglaryIncident, caseTestDependencies } from './testing/case-fixtures';

describe('case status flow', () => {
  it('allows exactly the documented moves', () => {
    const allowed = CASE_STATUSES.flatMap((from) => CASE_STATUSES.filter((to) => canMoveCase(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual([
      'allocated→investigating',
      'allocated→awaiting-decision',
      'allocated→finalised',
      'investigating→awaiting-decision',
      'investigating→finalised',
      'awaiting-decision→investigating',
      'awaiting-decision→finalised',
      'finalised→investigating',
    ]);
  });

  it('moves a case along the flow and keeps the history', async () => {
    const deps = caseTestDependencies();
    const subject = await openCase(deps, { incident: burglaryIncident(), owner: { officerId: 'pc-101' }, by: 'sgt-1' });
    await moveCase(deps, { caseId: subject.id, to: 'investigating', by: 'pc-101' });
    await moveCase(deps, { caseId: subject.id, to: 'awaiting-decision', by: 'pc-101', reason: 'file to CPS' });
    const back = await moveCase(deps, { caseId: subject.id, to: 'investigating', by: 'pc-101', reason: 'CPS action plan' });
    expect(back.statusHistory.map((change) => change.to)).toEqual(['allocated', 'investigating', 'awaiting-decision', 'investigating']);
    expect(back.statusHistory[2]).toMatchObject({ from: 'investigating', to: 'awaiting-decision', reason: 'file to CPS' });
  });

  it('refuses moves outside the flow, and finalising without an outcome', async () => {
    const deps = caseTestDependencies();
    const subject = await openCase(deps, { incident: burglaryIncident(), owner: { officerId: 'pc-101' }, by: 'sgt-1' });
    await moveCase(deps, { caseId: subject.id, to: 'investigating', by: 'pc-101' });
    await expect(moveCase(deps, { caseId: subject.id, to: 'allocated', by: 'pc-101' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION', field: 'status' });
    await expect(moveCase(deps, { caseId: subject.id, to: 'finalised' as never, by: 'pc-101' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(moveCase(deps, { caseId: subject.id, to: 'investigating', by: 'pc-101' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('leaves finalised only by reopening with a reason, keeping the earlier outcome', async () => {
    const deps = caseTestDependencies();
    const subject = await openCase(deps, { incident: burglaryIncident(), owner: { officerId: 'pc-101' }, by: 'sgt-1' });
    await finaliseCase(deps, { caseId: subject.id, claim: { type: 18 }, by: 'pc-101' });
    await expect(moveCase(deps, { caseId: subject.id, to: 'investigating', by: 'pc-101' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(reopenCase(deps, { caseId: subject.id, reason: '', by: 'sgt-1' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'reason' });
    const reopened = await reopenCase(deps, { caseId: subject.id, reason: 'fingerprint match', by: 'sgt-1' });
    expect(reopened.status).toBe('investigating');
    expect(reopened.outcome).toBeUndefined();
    expect(reopened.previousOutcomes.map((outcome) => outcome.type)).toEqual([18]);
    await expect(reopenCase(deps, { caseId: subject.id, reason: 'again', by: 'sgt-1' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });
});

/** Moving a case along its status flow (case-status.ts), other than finalising and reopening. */
import { DomainError } from '../shared/domain-error';
import type { Case, CaseStatus } from './case';
import { loadCase, type CaseDependencies } from './case-repository';
import { assertCaseTransition } from './case-status';
import { requireText } from './input';

/** What a status change needs. */
export interface MoveCaseInput {
  caseId: string;
  to: Exclude<CaseStatus, 'finalised'>;
  by: string;
  reason?: string;
}

/**
 * Changes the status of a case. Finalising needs an outcome (finaliseCase) and leaving
 * 'finalised' needs a reason (reopenCase), so both are refused here with INVALID_TRANSITION.
 */
export async function moveCase(deps: CaseDependencies, input: MoveCaseInput): Promise<Case> {
  const by = requireText(input.by, 'by');
  const current = await loadCase(deps.cases, input.caseId);
  if ((input.to as CaseStatus) === 'finalised') throw new DomainError('INVALID_TRANSITION', 'a case is finalised only with an outcome (finaliseCase)', 'status');
  if (current.status === 'finalised') throw new DomainError('INVALID_TRANSITION', `case ${current.id} is finalised: reopen it with a reason (reopenCase)`, 'status');
  if (current.status === input.to) throw new DomainError('VALIDATION', `case ${current.id} is already '${input.to}'`, 'status');
  assertCaseTransition(current.status, input.to);
  const reason = input.reason?.trim();
  const next: Case = {
    ...current,
    status: input.to,
    statusHistory: [...current.statusHistory, { from: current.status, to: input.to, at: deps.clock.now(), by, ...(reason ? { reason } : {}) }],
    version: current.version + 1,
  };
  await deps.cases.save(next);
  return next;
}

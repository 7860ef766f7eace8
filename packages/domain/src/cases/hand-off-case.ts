/** The only way a case changes owner: a handoff, recorded with its reason and counted. */
import { DomainError } from '../shared/domain-error';
import type { Case, CaseOwner } from './case';
import { loadCase, type CaseDependencies } from './case-repository';
import { requireText } from './input';
import { checkOwner } from './open-case';

/** What a handoff needs. */
export interface HandOffCaseInput {
  caseId: string;
  to: CaseOwner;
  reason: string;
  by: string;
}

/**
 * Moves the case to a new owner and appends the handoff (from the current owner, to the new one,
 * with reason and time). A finalised case has no work left to hand on (INVALID_TRANSITION: reopen
 * it first); handing a case to the officer who already owns it is not a handoff (VALIDATION).
 */
export async function handOffCase(deps: CaseDependencies, input: HandOffCaseInput): Promise<Case> {
  const reason = requireText(input.reason, 'reason');
  const by = requireText(input.by, 'by');
  const to = checkOwner(input.to, 'to');
  const current = await loadCase(deps.cases, input.caseId);
  if (current.status === 'finalised') throw new DomainError('INVALID_TRANSITION', `case ${current.id} is finalised: reopen it before handing it on`, 'caseId');
  if (to.officerId === current.owner.officerId && to.teamId === current.owner.teamId) {
    throw new DomainError('VALIDATION', `case ${current.id} is already owned by ${to.officerId}`, 'to.officerId');
  }
  const next: Case = {
    ...current,
    owner: to,
    handoffs: [...current.handoffs, { sequence: current.handoffs.length + 1, from: current.owner, to, reason, at: deps.clock.now(), by }],
    version: current.version + 1,
  };
  await deps.cases.save(next);
  return next;
}

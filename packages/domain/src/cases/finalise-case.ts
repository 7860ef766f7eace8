/** Closing a case with a Home Office outcome, and reopening it. */
import { londonDateOf } from '../calendar/london-time';
import { DomainError } from '../shared/domain-error';
import type { Case } from './case';
import { loadCase, type CaseDependencies } from './case-repository';
import { assertCaseTransition } from './case-status';
import { requireText } from './input';
import type { OutcomeClaim } from './outcomes/outcome-types';
import { assertOutcomeValid } from './outcomes/validate-outcome';

/** What finalising needs. */
export interface FinaliseCaseInput {
  caseId: string;
  claim: OutcomeClaim;
  by: string;
}

/**
 * Records the outcome and finalises the case. The claim must satisfy its outcome's rules
 * (outcome-rules.ts) against the case's suspects and offence date, with ages taken on today's
 * London date: OUTCOME_RULE naming the missing element otherwise.
 */
export async function finaliseCase(deps: CaseDependencies, input: FinaliseCaseInput): Promise<Case> {
  const by = requireText(input.by, 'by');
  if (!input.claim || typeof input.claim !== 'object') throw new DomainError('VALIDATION', 'claim is required', 'claim');
  const current = await loadCase(deps.cases, input.caseId);
  assertCaseTransition(current.status, 'finalised');
  const now = deps.clock.now();
  assertOutcomeValid(input.claim, { suspects: current.suspects, ...(current.committedOn ? { committedOn: current.committedOn } : {}), decidedOn: londonDateOf(now) });
  const next: Case = {
    ...current,
    status: 'finalised',
    outcome: { type: input.claim.type, claim: { ...input.claim }, recordedAt: now, recordedBy: by },
    statusHistory: [...current.statusHistory, { from: current.status, to: 'finalised', at: now, by, reason: `outcome ${input.claim.type}` }],
    version: current.version + 1,
  };
  await deps.cases.save(next);
  return next;
}

/** What reopening needs. */
export interface ReopenCaseInput {
  caseId: string;
  reason: string;
  by: string;
}

/**
 * Reopens a finalised case for further investigation (new evidence, a review). The outcome moves
 * to `previousOutcomes`; the owner stays until someone hands the case on.
 */
export async function reopenCase(deps: CaseDependencies, input: ReopenCaseInput): Promise<Case> {
  const reason = requireText(input.reason, 'reason');
  const by = requireText(input.by, 'by');
  const current = await loadCase(deps.cases, input.caseId);
  if (current.status !== 'finalised' || !current.outcome) throw new DomainError('INVALID_TRANSITION', `case ${current.id} is '${current.status}', not finalised`, 'status');
  const { outcome, ...rest } = current;
  const next: Case = {
    ...rest,
    status: 'investigating',
    previousOutcomes: [...current.previousOutcomes, outcome],
    statusHistory: [...current.statusHistory, { from: 'finalised', to: 'investigating', at: deps.clock.now(), by, reason }],
    version: current.version + 1,
  };
  await deps.cases.save(next);
  return next;
}

/**
 * Case status flow.
 *
 *   allocated ──► investigating ──► awaiting-decision ──► finalised
 *       │               ▲   │               │                  │
 *       │               │   └───────────────┼──────► finalised  │
 *       └───────────────┼───────────────────┴──────► finalised  │
 *                       └──────────── reopen (with a reason) ◄──┘
 *
 * 'awaiting-decision' is a file with a decision-maker (CPS charging, a supervisor's review) and
 * can go back to 'investigating' for more work. A case reaches 'finalised' only through
 * finaliseCase with a valid Home Office outcome, and leaves it only through reopenCase.
 */
import { DomainError } from '../shared/domain-error';
import type { CaseStatus } from './case';

/** Every status, in the order of the flow. */
export const CASE_STATUSES: readonly CaseStatus[] = ['allocated', 'investigating', 'awaiting-decision', 'finalised'];

const ALLOWED: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  allocated: ['investigating', 'awaiting-decision', 'finalised'],
  investigating: ['awaiting-decision', 'finalised'],
  'awaiting-decision': ['investigating', 'finalised'],
  finalised: ['investigating'],
};

/** True when the flow allows `from` → `to`. */
export function canMoveCase(from: CaseStatus, to: CaseStatus): boolean {
  return ALLOWED[from].includes(to);
}

/** Throws INVALID_TRANSITION naming both statuses when the flow does not allow `from` → `to`. */
export function assertCaseTransition(from: CaseStatus, to: CaseStatus): void {
  if (!canMoveCase(from, to)) {
    throw new DomainError('INVALID_TRANSITION', `a case cannot move from '${from}' to '${to}' (allowed: ${ALLOWED[from].join(', ') || 'none'})`, 'status');
  }
}

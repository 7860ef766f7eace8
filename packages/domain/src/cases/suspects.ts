/** Naming and eliminating suspects. Outcome rules depend on whether a named suspect exists. */
import { isIsoDate } from '../calendar/iso-date';
import { londonDateOf } from '../calendar/london-time';
import { DomainError } from '../shared/domain-error';
import type { Case, CaseSuspect } from './case';
import { loadCase, type CaseDependencies } from './case-repository';
import { requireText } from './input';

/** What naming a suspect needs. */
export interface AddSuspectInput {
  caseId: string;
  name: string;
  /** `YYYY-MM-DD`, needed for the age-dependent outcomes. */
  dateOfBirth?: string;
  by: string;
}

/** Names a suspect on an open case; returns the case and the new suspect. */
export async function addSuspect(deps: CaseDependencies, input: AddSuspectInput): Promise<{ case: Case; suspect: CaseSuspect }> {
  const name = requireText(input.name, 'name');
  requireText(input.by, 'by');
  if (input.dateOfBirth !== undefined && !isIsoDate(input.dateOfBirth)) {
    throw new DomainError('VALIDATION', `dateOfBirth must be a date written YYYY-MM-DD, got '${input.dateOfBirth}'`, 'dateOfBirth');
  }
  const current = await loadCase(deps.cases, input.caseId);
  if (current.status === 'finalised') throw new DomainError('INVALID_TRANSITION', `case ${current.id} is finalised: reopen it to add a suspect`, 'caseId');
  const now = deps.clock.now();
  if (input.dateOfBirth !== undefined && input.dateOfBirth > londonDateOf(now)) {
    throw new DomainError('VALIDATION', `dateOfBirth ${input.dateOfBirth} is in the future`, 'dateOfBirth');
  }
  const suspect: CaseSuspect = {
    id: deps.ids.next('suspect'),
    name,
    ...(input.dateOfBirth !== undefined && isIsoDate(input.dateOfBirth) ? { dateOfBirth: input.dateOfBirth } : {}),
    status: 'named',
    addedAt: now,
  };
  const next: Case = { ...current, suspects: [...current.suspects, suspect], version: current.version + 1 };
  await deps.cases.save(next);
  return { case: next, suspect };
}

/** What eliminating a suspect needs. */
export interface EliminateSuspectInput {
  caseId: string;
  suspectId: string;
  reason: string;
  by: string;
}

/** Rules a named suspect out (kept on the case with the reason). */
export async function eliminateSuspect(deps: CaseDependencies, input: EliminateSuspectInput): Promise<Case> {
  const reason = requireText(input.reason, 'reason');
  requireText(input.by, 'by');
  const current = await loadCase(deps.cases, input.caseId);
  if (current.status === 'finalised') throw new DomainError('INVALID_TRANSITION', `case ${current.id} is finalised: reopen it to change its suspects`, 'caseId');
  const suspect = current.suspects.find((entry) => entry.id === input.suspectId);
  if (!suspect) throw new DomainError('NOT_FOUND', `suspect ${input.suspectId} is not on case ${current.id}`, 'suspectId');
  if (suspect.status === 'eliminated') throw new DomainError('CONFLICT', `suspect ${input.suspectId} is already eliminated`, 'suspectId');
  const now = deps.clock.now();
  const next: Case = {
    ...current,
    suspects: current.suspects.map((entry) => (entry.id === suspect.id ? { ...entry, status: 'eliminated' as const, eliminatedAt: now, eliminationReason: reason } : entry)),
    version: current.version + 1,
  };
  await deps.cases.save(next);
  return next;
}

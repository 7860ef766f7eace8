/** Recording investigation events on a case (pure: victims/record-investigation-event.ts stores them). */
import { DomainError } from '../shared/domain-error';
import { SUSPECT_EVENT_KINDS, INVESTIGATION_EVENT_KINDS, type Case, type InvestigationEvent, type InvestigationEventKind } from './case';

/**
 * The case with `event` appended. A finalised case takes no events (INVALID_TRANSITION); an event
 * about a suspect (arrest, interview, release, bail, charge) must name a suspect of the case
 * (VALIDATION naming 'suspectId'); a decision not to investigate comes before anyone is named.
 */
export function withInvestigationEvent(subject: Case, event: InvestigationEvent): Case {
  if (!(INVESTIGATION_EVENT_KINDS as readonly string[]).includes(event.kind)) {
    throw new DomainError('VALIDATION', `kind must be one of ${INVESTIGATION_EVENT_KINDS.join(', ')}, got '${event.kind as string}'`, 'kind');
  }
  if (subject.status === 'finalised') throw new DomainError('INVALID_TRANSITION', `case ${subject.id} is finalised: reopen it to record '${event.kind}'`, 'caseId');
  if (isSuspectEvent(event.kind)) {
    if (event.suspectId === undefined) throw new DomainError('VALIDATION', `'${event.kind}' is about a suspect: suspectId is required`, 'suspectId');
    const suspect = subject.suspects.find((entry) => entry.id === event.suspectId);
    if (!suspect) throw new DomainError('VALIDATION', `suspect ${event.suspectId} is not on case ${subject.id}`, 'suspectId');
  }
  return { ...subject, events: [...subject.events, event], version: subject.version + 1 };
}

/** True for the events that are about a particular suspect. */
export function isSuspectEvent(kind: InvestigationEventKind): boolean {
  return SUSPECT_EVENT_KINDS.includes(kind);
}

/**
 * The investigation events that start a Victims' Code right 6 deadline, and the duty each
 * creates. Source: Code of Practice for Victims of Crime in England and Wales (2020), right 6
 * ("To be provided with information about the investigation and prosecution"): the police inform
 * the victim of these within 5 working days, or 1 working day for victims entitled to enhanced
 * rights. The working days themselves come from the model (serviceLevels.victimUpdates).
 */
import type { InvestigationEventKind } from '../cases/case';

/** What the victim must be told, per event kind. */
export const VICTIM_NOTIFICATION_DUTIES: Readonly<Record<InvestigationEventKind, string>> = {
  'decision-not-to-investigate': 'a decision not to investigate the crime, with the reasons',
  arrest: 'the arrest of a suspect',
  'interview-under-caution': 'the interview of a suspect under caution',
  'released-without-charge': 'the release of a suspect without charge (no further action)',
  'released-on-bail': 'the release of a suspect on police bail, with any bail conditions relevant to the victim',
  'bail-conditions-changed': 'a change to, or cancellation of, a suspect’s bail conditions',
  'released-under-investigation': 'the release of a suspect under investigation (without bail)',
  charged: 'a decision to charge a suspect',
  'investigation-ended': 'a decision to end the investigation, with the reasons',
};

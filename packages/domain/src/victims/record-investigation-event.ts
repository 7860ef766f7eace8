/** An investigation event on a case, and the Victims' Code deadlines it starts. */
import type { Case, InvestigationEvent, InvestigationEventKind } from '../cases/case';
import { loadCase } from '../cases/case-repository';
import { requireInstant, requirePast, requireText } from '../cases/input';
import { withInvestigationEvent } from '../cases/investigation-events';
import type { VictimDuty } from './victim';
import { eventNotificationDuty } from './victim-duties';
import type { VictimDependencies } from './victim-repository';

/** What recording an event needs. */
export interface RecordInvestigationEventInput {
  caseId: string;
  kind: InvestigationEventKind;
  /** When it happened; now when absent. Not in the future. */
  occurredAt?: Date;
  suspectId?: string;
  note?: string;
  by: string;
}

/**
 * Appends the event to the case and creates, for every victim of the case who has not opted out,
 * the duty to tell them: due within the model's standardWorkingDays (enhancedWorkingDays for a
 * victim with enhanced rights) working days of the event (victims/notification-events.ts).
 */
export async function recordInvestigationEvent(deps: VictimDependencies, input: RecordInvestigationEventInput): Promise<{ case: Case; event: InvestigationEvent; duties: VictimDuty[] }> {
  const by = requireText(input.by, 'by');
  const now = deps.clock.now();
  const occurredAt = input.occurredAt === undefined ? now : requirePast(requireInstant(input.occurredAt, 'occurredAt'), now, 'occurredAt');
  const current = await loadCase(deps.cases, input.caseId);
  const note = input.note?.trim();
  const event: InvestigationEvent = {
    id: deps.ids.next('case-event'),
    kind: input.kind,
    occurredAt,
    recordedAt: now,
    by,
    ...(input.suspectId !== undefined ? { suspectId: input.suspectId } : {}),
    ...(note ? { note } : {}),
  };
  const next = withInvestigationEvent(current, event);
  await deps.cases.save(next);
  const victims = await deps.victims.listVictims({ caseIds: [current.id] });
  const duties = victims
    .filter((victim) => !victim.contract.optedOut)
    .map((victim) => eventNotificationDuty({ id: deps.ids.next('victim-duty'), victim, event, levels: deps.levels, calendar: deps.calendar }));
  if (duties.length > 0) await deps.victims.saveDuties(duties);
  return { case: next, event, duties };
}

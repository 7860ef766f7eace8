/** Making the duties: pure functions from an event or a contract to a deadline. */
import { calendarDayDeadline, workingDayDeadline } from '../calendar/deadline';
import type { WorkingDayCalendar } from '../calendar/working-days';
import type { InvestigationEvent } from '../cases/case';
import { hasEnhancedRights, type Victim, type VictimDuty, type VictimUpdateLevels } from './victim';

/**
 * The duty to tell `victim` about `event`: due `enhancedWorkingDays` working days after the
 * event's London day for a victim with enhanced rights, `standardWorkingDays` otherwise.
 */
export function eventNotificationDuty(options: { id: string; victim: Victim; event: InvestigationEvent; levels: VictimUpdateLevels; calendar: WorkingDayCalendar }): VictimDuty {
  const { victim, event, levels } = options;
  const enhanced = hasEnhancedRights(victim);
  const allowedDays = enhanced ? levels.enhancedWorkingDays : levels.standardWorkingDays;
  const deadline = workingDayDeadline({ from: event.occurredAt, workingDays: allowedDays, calendar: options.calendar });
  return {
    id: options.id,
    victimId: victim.id,
    caseId: victim.caseId,
    kind: 'event-notification',
    eventId: event.id,
    eventKind: event.kind,
    basis: enhanced ? 'enhanced' : 'standard',
    allowedDays,
    startsAt: event.occurredAt,
    ...deadline,
    status: 'open',
  };
}

/** The next periodic update: `contract.everyDays` calendar days after the London day of `from`. */
export function periodicUpdateDuty(options: { id: string; victim: Victim; from: Date }): VictimDuty {
  const { victim } = options;
  return {
    id: options.id,
    victimId: victim.id,
    caseId: victim.caseId,
    kind: 'periodic-update',
    basis: victim.contract.agreedWithVictim ? 'agreed-frequency' : 'default-frequency',
    allowedDays: victim.contract.everyDays,
    startsAt: options.from,
    ...calendarDayDeadline({ from: options.from, days: victim.contract.everyDays }),
    status: 'open',
  };
}

/** The duty marked met by an update at `at`. */
export function meetDuty(duty: VictimDuty, update: { id: string; at: Date }): VictimDuty {
  return { ...duty, status: 'met', metAt: update.at, metByUpdateId: update.id, metOnTime: update.at.getTime() < duty.dueBy.getTime() };
}

/** The duty withdrawn (superseded or no longer owed) with a reason. */
export function withdrawDuty(duty: VictimDuty, at: Date, reason: string): VictimDuty {
  return { ...duty, status: 'withdrawn', withdrawnAt: at, withdrawnReason: reason };
}

/**
 * Victims' Code compliance (2020 Code, right 6): of the duties to update a victim that fell due in
 * the period, the share met on time. A duty met late, or still open after its deadline, is a miss;
 * one still open before its deadline is pending; a withdrawn duty (superseded, no longer owed) is
 * not counted. Event notifications (arrest, interview, bail …; 5 working days, 1 for enhanced
 * rights) and periodic updates (the agreed frequency) are also given apart.
 */
import type { PolicingModel } from '@peel/model';
import type { VictimDutyRecord } from './performance-records';
import { wilsonProportion, type Proportion } from './proportion';

/** Victim-update compliance. */
export interface VictimUpdateMeasure {
  readonly compliance: Proportion;
  readonly pending: number;
  readonly withdrawn: number;
  readonly eventNotifications: Proportion;
  readonly periodicUpdates: Proportion;
  readonly targetPercent: number | null;
}

/** Compliance over `duties` at instant `now`. */
export function measureVictimUpdates(duties: readonly VictimDutyRecord[], context: { readonly model: PolicingModel; readonly now: Date }): VictimUpdateMeasure {
  const tally = { 'event-notification': { met: 0, total: 0 }, 'periodic-update': { met: 0, total: 0 } };
  let pending = 0;
  let withdrawn = 0;
  for (const duty of duties) {
    if (duty.status === 'withdrawn') {
      withdrawn += 1;
      continue;
    }
    if (duty.status === 'open' && duty.dueBy.getTime() > context.now.getTime()) {
      pending += 1;
      continue;
    }
    const kind = tally[duty.kind];
    kind.total += 1;
    if (duty.status === 'met' && duty.metOnTime === true) kind.met += 1;
  }
  const events = tally['event-notification'];
  const periodic = tally['periodic-update'];
  return {
    compliance: wilsonProportion(events.met + periodic.met, events.total + periodic.total),
    pending,
    withdrawn,
    eventNotifications: wilsonProportion(events.met, events.total),
    periodicUpdates: wilsonProportion(periodic.met, periodic.total),
    targetPercent: context.model.serviceLevels.victimUpdates.compliancePercentTarget ?? null,
  };
}

/**
 * The Resolution Centre's two figures (Sussex: 73 % of cases resolved within the centre; 98 % of
 * respondents contacted within 48 hours of their first interaction with it).
 *
 * - **Resolved within the centre**: an incident routed to the centre that stayed there — its latest
 *   routing is still the centre, no unit was ever sent, and no case opened from it was ever owned by
 *   another team. It is *passed on* otherwise, and *pending* while a case the centre owns is open.
 *   Rate = resolved ÷ (resolved + passed on).
 * - **Contact within N hours** (N = the model's `contactWithinHours`): of the incidents with a
 *   victim registered on a case, the share whose first victim update came within N hours of the
 *   first routing to the centre. No update by the deadline is a miss; none yet, inside the
 *   deadline, is pending. Peel records contact as victim updates, so incidents with no registered
 *   victim are counted apart (`withoutVictim`), not assumed contacted or not.
 */
import type { PolicingModel } from '@peel/model';
import type { ResolutionCentreRecord } from './performance-records';
import { wilsonProportion, type Proportion } from './proportion';

/** The Resolution Centre's resolution and contact figures. */
export interface ResolutionCentreMeasure {
  readonly routed: number;
  readonly resolution: Proportion;
  readonly passedOn: number;
  readonly resolutionPending: number;
  readonly resolutionTargetPercent: number | null;
  readonly contactWithinHours: number;
  readonly contact: Proportion;
  readonly contactPending: number;
  readonly withoutVictim: number;
  readonly contactTargetPercent: number | null;
}

/** The contact window when the model sets none: Sussex's 48 hours. */
export const DEFAULT_CONTACT_WITHIN_HOURS = 48;

/** Whether a Resolution Centre incident was resolved there, passed on, or is still pending. */
export function resolutionCentreOutcome(record: ResolutionCentreRecord): 'resolved' | 'passed-on' | 'pending' {
  if (record.finalRoute !== 'resolution-centre' || record.deployed || record.casesLeftCentre > 0) return 'passed-on';
  if (record.casesOpenInCentre > 0) return 'pending';
  return 'resolved';
}

/** The two figures over `records`, at instant `now`. */
export function measureResolutionCentre(records: readonly ResolutionCentreRecord[], context: { readonly model: PolicingModel; readonly now: Date }): ResolutionCentreMeasure {
  const levels = context.model.serviceLevels.resolutionCentre;
  const contactWithinHours = levels?.contactWithinHours ?? DEFAULT_CONTACT_WITHIN_HOURS;
  const counts = { resolved: 0, 'passed-on': 0, pending: 0 };
  let contacted = 0;
  let missed = 0;
  let contactPending = 0;
  let withoutVictim = 0;
  for (const record of records) {
    counts[resolutionCentreOutcome(record)] += 1;
    if (record.victimCount === 0) {
      withoutVictim += 1;
      continue;
    }
    const deadline = record.routedAt.getTime() + contactWithinHours * 3_600_000;
    const first = record.firstVictimUpdateAt?.getTime();
    if (first !== undefined && first <= deadline) contacted += 1;
    else if (first === undefined && context.now.getTime() <= deadline) contactPending += 1;
    else missed += 1;
  }
  return {
    routed: records.length,
    resolution: wilsonProportion(counts.resolved, counts.resolved + counts['passed-on']),
    passedOn: counts['passed-on'],
    resolutionPending: counts.pending,
    resolutionTargetPercent: levels?.resolutionTargetPercent ?? null,
    contactWithinHours,
    contact: wilsonProportion(contacted, contacted + missed),
    contactPending,
    withoutVictim,
    contactTargetPercent: levels?.contactTargetPercent ?? null,
  };
}

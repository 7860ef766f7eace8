/**
 * What the victim use cases need beyond the repositories: the England and Wales working-day
 * calendar (bank holidays computed, so it never goes stale) and the Victims' Code levels of the
 * active policing model (503 UNAVAILABLE until a model is stored).
 */
import { englandAndWalesCalendar, type VictimDependencies } from '@peel/domain';
import type { PeelServer } from '../peel-server';
import type { CaseChangeDeps } from '../cases/change-case';
import { operationsSetup } from '../operations/operations-setup';

const CALENDAR = englandAndWalesCalendar();

/** A function from a change's repositories to the victim use cases' dependencies (loads the model first). */
export async function victimDepsFor(app: PeelServer): Promise<(deps: CaseChangeDeps) => VictimDependencies> {
  const levels = (await operationsSetup(app)).model.serviceLevels.victimUpdates;
  return ({ cases, victims, clock, ids }) => ({ cases, victims, clock, ids, calendar: CALENDAR, levels });
}

/** The calendar, for reads that need no model. */
export const WORKING_DAYS = CALENDAR;

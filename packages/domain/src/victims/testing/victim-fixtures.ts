/** Shared set-up for the victim tests (not exported by the package). */
import { englandAndWalesCalendar } from '../../calendar/working-days';
import { addSuspect } from '../../cases/suspects';
import { openCase } from '../../cases/open-case';
import { burglaryIncident, caseTestDependencies } from '../../cases/testing/case-fixtures';
import type { VictimUpdateLevels } from '../victim';
import type { VictimDependencies } from '../victim-repository';
import { createInMemoryVictimRepository } from './in-memory-victim-repository';

/** The Victims' Code levels as models/synthetic.yaml states them (5 and 1 working days; every 28 days). */
export const CODE_LEVELS: VictimUpdateLevels = { standardWorkingDays: 5, enhancedWorkingDays: 1, defaultUpdateEveryDays: 28 };

/** Dependencies at `start`, with an open case (owner pc-101, area sevenoaks) and one named suspect. */
export async function victimTestSetup(start: Date) {
  const base = caseTestDependencies(start);
  const deps: VictimDependencies & { clock: typeof base.clock } = { ...base, victims: createInMemoryVictimRepository(), calendar: englandAndWalesCalendar(), levels: CODE_LEVELS };
  const subject = await openCase(deps, { incident: burglaryIncident(), owner: { officerId: 'pc-101', teamId: 'cpt-a' }, by: 'sgt-1' });
  const { suspect } = await addSuspect(deps, { caseId: subject.id, name: 'J. Smith', dateOfBirth: '1990-02-01', by: 'pc-101' });
  return { deps, caseId: subject.id, suspectId: suspect.id };
}

/** Shared set-up for the case, victim and problem tests (not exported by the package). */
import { fixedClock } from '../../shared/clock';
import { sequentialIds } from '../../shared/id-source';
import type { CaseIncident } from '../case';
import type { CaseDependencies } from '../case-repository';
import { createInMemoryCaseRepository } from './in-memory-case-repository';

/** A fixed clock, sequential ids and an empty in-memory case store. */
export function caseTestDependencies(start = new Date('2024-01-10T09:00:00Z')): CaseDependencies & { clock: ReturnType<typeof fixedClock> } {
  return { cases: createInMemoryCaseRepository(), clock: fixedClock(start), ids: sequentialIds() };
}

/** A burglary in a Peelshire ward. */
export function burglaryIncident(overrides: Partial<CaseIncident> = {}): CaseIncident {
  return { id: 'inc-1', type: 'burglary-dwelling', location: { lat: 51.27, lon: 0.19, wardCode: 'E05009958' }, area: 'sevenoaks', ...overrides };
}

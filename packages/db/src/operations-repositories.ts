/**
 * Every operations port (issue 7) over one database or one transaction. A use case that writes
 * several ports (recordInvestigationEvent writes the case and the victims' duties) runs them in
 * one transaction by taking the repositories of that transaction:
 * `db.transaction((tx) => recordInvestigationEvent({ ...deps, ...createOperationsRepositories(tx) }, input))`
 * — each repository's own transaction then becomes a savepoint of it.
 */
import type { CaseRepository, IncidentHistory, IncidentRepository, ProblemRepository, UnitRepository, VictimRepository } from '@peel/domain';
import { createCaseRepository } from './case-repository';
import type { Database } from './database';
import { createIncidentHistory } from './incident-history';
import { createIncidentRepository } from './incident-repository';
import { createProblemRepository } from './problem-repository';
import { createUnitRepository, type UnitRepositoryOptions } from './unit-repository';
import { createVictimRepository } from './victim-repository';

/** The operations repositories, named as the domain's dependency objects name them. */
export interface OperationsRepositories {
  readonly incidents: IncidentRepository;
  readonly history: IncidentHistory;
  readonly units: UnitRepository;
  readonly cases: CaseRepository;
  readonly victims: VictimRepository;
  readonly problems: ProblemRepository;
}

/** All the operations repositories on `db` (an open, migrated database or a transaction). */
export function createOperationsRepositories(db: Database, options: UnitRepositoryOptions = {}): OperationsRepositories {
  return {
    incidents: createIncidentRepository(db),
    history: createIncidentHistory(db),
    units: createUnitRepository(db, options),
    cases: createCaseRepository(db),
    victims: createVictimRepository(db),
    problems: createProblemRepository(db),
  };
}

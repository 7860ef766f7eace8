/** The {@link DemandQueries} port over drizzle. */
import type { DemandQueries } from '@peel/domain';
import type { Database } from './database';
import { callsDateRange, countCallsByGrade, countCrimesByArea, countCrimesByUnit, listBoundaryAreas, listCrimePoints } from './demand-profile-queries';

/** Creates the demand-profile queries on an open, migrated database. */
export function createDemandQueries(db: Database): DemandQueries {
  return {
    countCrimesByArea: (scope) => countCrimesByArea(db, scope),
    countCrimesByUnit: (level, scope) => countCrimesByUnit(db, level, scope),
    listCrimePoints: (scope) => listCrimePoints(db, scope),
    countCallsByGrade: () => countCallsByGrade(db),
    callsDateRange: (timeZone) => callsDateRange(db, timeZone),
    listBoundaryAreas: (level, codes) => listBoundaryAreas(db, level, codes),
  };
}

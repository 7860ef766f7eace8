/** `PerformanceQueries` over records held in memory: the window and area applied as the database applies them. */
import { filterRecords } from '../compute-measures';
import type { PerformanceQueries, PerformanceRecords } from '../performance-records';

/** Queries answering from `records`. */
export function createInMemoryPerformanceQueries(records: PerformanceRecords): PerformanceQueries {
  return {
    loadRecords: async (window) =>
      filterRecords(records, (at, areaId) => at.getTime() >= window.from.getTime() && at.getTime() < window.to.getTime() && (window.areaId === undefined || areaId === window.areaId)),
  };
}

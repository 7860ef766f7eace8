/**
 * The planning studio's choices live in the URL, so a view can be bookmarked and shared:
 * `/planning/<tab>?model&scenario&method` on every tab, plus `level&area` (demand) and `base&other`
 * (compare). Malformed values are dropped.
 */
import type { Level, PlanMethod } from './types';

/** The studio's search parameters. */
export interface PlanningSearch {
  model?: string;
  scenario?: string;
  method?: PlanMethod;
  level?: Level;
  area?: string;
  base?: string;
  other?: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:,-]{0,99}$/;

/** Keeps the well-formed parameters. */
export function validatePlanningSearch(search: Record<string, unknown>): PlanningSearch {
  const result: PlanningSearch = {};
  for (const key of ['model', 'scenario', 'area', 'base', 'other'] as const) {
    const value = search[key];
    if (typeof value === 'string' && ID.test(value)) result[key] = value;
  }
  if (search.method === 'queueing' || search.method === 'workload') result.method = search.method;
  if (search.level === 'lsoa' || search.level === 'ward') result.level = search.level;
  return result;
}

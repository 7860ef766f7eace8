/**
 * The dashboard's choices live in the URL (`/dashboard?from&to&area&before`), so a view can be
 * bookmarked and shared; the same four go to the measures and the report endpoints.
 */

/** The search parameters (all optional: the server defaults to the last 28 days, the user's area). */
export interface DashboardSearch {
  from?: string;
  to?: string;
  area?: string;
  before?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Keeps the well-formed parameters (dates YYYY-MM-DD, a non-empty area) and drops the rest. */
export function validateDashboardSearch(search: Record<string, unknown>): DashboardSearch {
  const result: DashboardSearch = {};
  for (const key of ['from', 'to', 'before'] as const) {
    const value = search[key];
    if (typeof value === 'string' && DATE.test(value)) result[key] = value;
  }
  if (typeof search.area === 'string' && search.area.trim() !== '') result.area = search.area.trim();
  return result;
}

/** The query string values for the API (undefined ones are left out by the client). */
export function performanceQuery(search: DashboardSearch): Record<string, string | undefined> {
  return { from: search.from, to: search.to, area: search.area, before: search.before };
}

/** The filters form's fields → search parameters (blank fields dropped). */
export function searchFromForm(fields: { from: string; to: string; area: string; before: string }): DashboardSearch {
  return validateDashboardSearch(fields);
}

/** The studio's shared state: the models stored, and the model, scenario and method the URL chose. */
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useApi } from '../../api/api-context';
import { planningRoute } from './planning-routes';
import type { PlanningSearch } from './planning-search';
import { isKnownScenario } from './scenarios';
import type { PlanMethod, PlanningModelSummary } from './types';

/** Query key of GET /api/planning/models. */
export const MODELS_QUERY_KEY = ['planning', 'models'] as const;

/** What every tab reads. */
export interface PlanningSelection {
  models: ReturnType<typeof useQuery<{ models: PlanningModelSummary[] }>>;
  /** The chosen model (the URL's, else the active one); undefined while loading or when none is stored. */
  model: PlanningModelSummary | undefined;
  scenario: string | null;
  method: PlanMethod;
  search: PlanningSearch;
  /** Changes search parameters (others kept). */
  setSearch: (change: Partial<PlanningSearch>) => void;
}

/** The selection (see the file comment). */
export function usePlanning(): PlanningSelection {
  const api = useApi();
  const search = planningRoute.useSearch();
  const navigate = useNavigate();
  const models = useQuery({ queryKey: MODELS_QUERY_KEY, queryFn: ({ signal }) => api.get<{ models: PlanningModelSummary[] }>('/api/planning/models', { signal }), staleTime: 60_000 });
  const list = models.data?.models ?? [];
  const model = list.find((candidate) => candidate.id === search.model) ?? list.find((candidate) => candidate.active) ?? list[0];
  const scenario = search.scenario !== undefined && model !== undefined && isKnownScenario(model, search.scenario) ? search.scenario : null;
  return {
    models,
    model,
    scenario,
    method: search.method ?? 'queueing',
    search,
    setSearch: (change) => void navigate({ to: '.', search: (previous: PlanningSearch) => ({ ...previous, ...change }), replace: true }),
  };
}

/** The query string every model-scoped request carries. */
export function planQuery(selection: Pick<PlanningSelection, 'scenario' | 'method'>): Record<string, string | undefined> {
  return { method: selection.method, scenario: selection.scenario ?? undefined };
}

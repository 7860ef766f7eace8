/**
 * The cases page's reads. Lists and figures carry no personal data and refresh on live events;
 * the whole case (suspects, the place described) is read once when the user opens it, with their
 * reason, and then kept up to date from the answers of their own changes — never re-read in the
 * background (each read is a consultation in the audit log).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context';
import { useLiveEvent } from '../../api/live-events';
import type { CaseSummary, CaseView, HandoffFigures, OutcomeType, VictimDeadlines } from './types';

/** Lists and figures of cases and victims (no personal data). */
export const CASE_LISTS_KEY = ['cases'] as const;
/** The whole case, read with a justification: never invalidated, only replaced. */
export const caseDetailKey = (caseId: string) => ['case-personal-data', caseId] as const;

/** Which cases of mine. */
export type CaseFilter = 'open' | 'finalised' | 'all';

/** GET /api/cases/mine. */
export function useMyCases(status: CaseFilter, enabled: boolean) {
  const api = useApi();
  return useQuery({ queryKey: [...CASE_LISTS_KEY, 'mine', status], queryFn: ({ signal }) => api.get<{ cases: CaseSummary[] }>('/api/cases/mine', { query: { status }, signal }), enabled });
}

/** GET /api/cases/handoff-figures (supervisors and analysts). */
export function useHandoffFigures(enabled: boolean) {
  const api = useApi();
  return useQuery({ queryKey: [...CASE_LISTS_KEY, 'handoff-figures'], queryFn: ({ signal }) => api.get<HandoffFigures>('/api/cases/handoff-figures', { signal }), enabled });
}

/** GET /api/victims/deadlines. */
export function useVictimDeadlines(enabled: boolean) {
  const api = useApi();
  return useQuery({ queryKey: [...CASE_LISTS_KEY, 'victim-deadlines'], queryFn: ({ signal }) => api.get<VictimDeadlines>('/api/victims/deadlines', { signal }), enabled });
}

/** GET /api/cases/outcome-types. */
export function useOutcomeTypes() {
  const api = useApi();
  return useQuery({ queryKey: ['outcome-types'], queryFn: ({ signal }) => api.get<{ outcomeTypes: OutcomeType[] }>('/api/cases/outcome-types', { signal }), staleTime: Infinity });
}

/** GET /api/cases/:id: asks the user why (the justification dialog), once per opening. */
export function useCaseDetail(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: caseDetailKey(caseId),
    queryFn: ({ signal }) => api.get<CaseView>(`/api/cases/${encodeURIComponent(caseId)}`, { personalData: `case ${caseId}: its suspects and the place as described`, signal }),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnMount: false,
    refetchOnReconnect: false,
  });
}

/** Refreshes the lists when cases or victims change (never the personal-data read). */
export function useCaseLiveUpdates(): void {
  const queryClient = useQueryClient();
  useLiveEvent(() => void queryClient.invalidateQueries({ queryKey: CASE_LISTS_KEY }), ['case.opened', 'case.handed-off', 'case.finalised', 'case.status-changed', 'case.reopened', 'victim.registered', 'victim.updated', 'case.event-recorded', 'victim.contract-agreed']);
}

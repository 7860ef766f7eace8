/**
 * The neighbourhoods page's reads: problem profiles, tasks past their SLA, the top issues per
 * ward, one problem, and the force's reference data (partners, SARA moves) and ward names. None is
 * personal data, so all refresh on live events.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context';
import { useLiveEvent } from '../../api/live-events';
import type { OverdueTasks, Problem, ProblemSummary, WardIssues } from './types';

/** Every problem query. */
export const PROBLEMS_KEY = ['problems'] as const;

/** Which problems. */
export type ProblemFilter = 'open' | 'closed' | 'all';

/** GET /api/problems. */
export function useProblems(status: ProblemFilter) {
  const api = useApi();
  return useQuery({ queryKey: [...PROBLEMS_KEY, 'list', status], queryFn: ({ signal }) => api.get<{ problems: ProblemSummary[] }>('/api/problems', { query: { status }, signal }) });
}

/** GET /api/problems/overdue-tasks, when the role may read it. */
export function useOverdueTasks(enabled: boolean) {
  const api = useApi();
  return useQuery({ queryKey: [...PROBLEMS_KEY, 'overdue-tasks'], queryFn: ({ signal }) => api.get<OverdueTasks>('/api/problems/overdue-tasks', { signal }), enabled });
}

/** GET /api/problems/ward-issues (the last 90 days). */
export function useWardIssues() {
  const api = useApi();
  return useQuery({ queryKey: [...PROBLEMS_KEY, 'ward-issues'], queryFn: ({ signal }) => api.get<WardIssues>('/api/problems/ward-issues', { signal }) });
}

/** GET /api/problems/:id. */
export function useProblem(problemId: string) {
  const api = useApi();
  return useQuery({ queryKey: [...PROBLEMS_KEY, 'detail', problemId], queryFn: ({ signal }) => api.get<Problem>(`/api/problems/${encodeURIComponent(problemId)}`, { signal }) });
}

/** Refreshes every problem query when a problem changes. */
export function useProblemLiveUpdates(): void {
  const queryClient = useQueryClient();
  useLiveEvent(() => void queryClient.invalidateQueries({ queryKey: PROBLEMS_KEY }), [
    'problem.opened',
    'problem.stage-changed',
    'problem.incident-linked',
    'problem.task-assigned',
    'problem.task-closed',
    'problem.closed',
    'incident.created',
  ]);
}

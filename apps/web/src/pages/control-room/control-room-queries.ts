/**
 * The control room's reads (TanStack Query over the API client) and the live updates that keep
 * them fresh. Everything here is free of personal data, so it may be refetched in the background;
 * the caller's details are read only on the user's request (incident-personal-data.tsx).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import { useEffect, useRef } from 'react';
import { useApi } from '../../api/api-context';
import { useLiveEvent } from '../../api/live-events';
import type { BoardUnit, ControlRoomReference, IncidentHistory, IncidentQueue, Recommendations } from './types';

/** Every query of the incidents (queue, histories, recommendations). */
export const INCIDENTS_KEY = ['incidents'] as const;
/** Every query of units. */
export const UNITS_KEY = ['units'] as const;

/** The open incident queue (GET /api/incidents). */
export function useIncidentQueue() {
  const api = useApi();
  return useQuery({ queryKey: [...INCIDENTS_KEY, 'queue'], queryFn: ({ signal }) => api.get<IncidentQueue>('/api/incidents', { signal }), staleTime: 5_000 });
}

/** One incident's decisions and timeline, without personal data. */
export function useIncidentHistory(incidentId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...INCIDENTS_KEY, 'history', incidentId],
    queryFn: ({ signal }) => api.get<IncidentHistory>(`/api/incidents/${encodeURIComponent(incidentId)}/history`, { signal }),
    staleTime: 5_000,
  });
}

/** The ranked units for an incident, when `enabled` (it must be graded and routed to deploy). */
export function useRecommendations(incidentId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: [...INCIDENTS_KEY, 'recommendations', incidentId],
    queryFn: ({ signal }) => api.get<Recommendations>(`/api/incidents/${encodeURIComponent(incidentId)}/recommendations`, { signal }),
    enabled,
    staleTime: 2_000,
  });
}

/** Units on duty (GET /api/units), when `enabled` (the caller's role may read them). */
export function useUnitBoard(enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: [...UNITS_KEY, 'board'], queryFn: ({ signal }) => api.get<{ units: BoardUnit[] }>('/api/units', { signal }), staleTime: 5_000, enabled });
}

/** The forms' choices: channels, grades and their clocks, incident types, THRIVE+. */
export function useControlRoomReference() {
  const api = useApi();
  return useQuery({ queryKey: ['control-room', 'reference'], queryFn: ({ signal }) => api.get<ControlRoomReference>('/api/control-room/reference', { signal }), staleTime: Infinity });
}

/** The force's ward boundaries (the map's base layer). */
export function useWardBoundaries() {
  const api = useApi();
  return useQuery({
    queryKey: ['control-room', 'boundaries'],
    queryFn: ({ signal }) => api.get<FeatureCollection & { missingWardCodes: string[] }>('/api/control-room/boundaries', { signal }),
    staleTime: Infinity,
  });
}

/** Live event types that change what the control room shows. */
const CONTROL_ROOM_EVENTS = ['incident.created', 'incident.assessed', 'incident.graded', 'incident.routed', 'unit.assigned', 'unit.created', 'unit.status-changed'] as const;

/** At most one refetch per this many ms, however fast events come (training mode at speed). */
const REFRESH_INTERVAL_MS = 1_000;

/**
 * Refetches incidents and units when a live event says they changed (and after a reconnection,
 * when events may have been missed). Bursts are coalesced into at most one refetch a second, so a busy
 * queue does not cancel its own refetches for ever.
 */
export function useControlRoomLiveUpdates(): void {
  const queryClient = useQueryClient();
  const pending = useRef<{ incidents: boolean; units: boolean }>({ incidents: false, units: false });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastRun = useRef(0);
  useEffect(() => () => clearTimeout(timer.current), []);
  useLiveEvent((event) => {
    const resync = event.type === 'stream.resync';
    if (resync || event.type.startsWith('incident.') || event.type === 'unit.assigned' || event.type === 'unit.status-changed') pending.current.incidents = true;
    if (resync || event.type.startsWith('unit.')) pending.current.units = true;
    if (timer.current !== undefined) return;
    const run = () => {
      timer.current = undefined;
      lastRun.current = Date.now();
      const { incidents, units } = pending.current;
      pending.current = { incidents: false, units: false };
      if (incidents) void queryClient.invalidateQueries({ queryKey: INCIDENTS_KEY });
      if (units) void queryClient.invalidateQueries({ queryKey: UNITS_KEY });
    };
    // The first event of a quiet spell refreshes at once; a burst then waits out the interval.
    timer.current = setTimeout(run, Math.max(0, lastRun.current + REFRESH_INTERVAL_MS - Date.now()));
  }, CONTROL_ROOM_EVENTS);
}

/**
 * Area and ward names for codes (`swindon-north` → "Swindon North", `E05008953` → "Blunsdon and
 * Highworth"), from the active force (GET /api/force) and its stored wards (the control room's
 * boundaries route, readable by every role). Shared by the control room, cases and neighbourhoods
 * pages; a code with no name is shown as it is.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApi } from '../../api/api-context';
import type { ActiveForce } from '../../api/types';
import { FORCE_QUERY_KEY } from '../../layout/app-shell';
import { useWardBoundaries } from './control-room-queries';

/** Names of places. */
export interface PlaceNames {
  area(id: string): string;
  ward(code: string): string;
  /** The force's wards that have a boundary, by name. */
  wards: readonly { code: string; name: string }[];
}

/** The names, as soon as the force and its wards are known (codes until then). */
export function usePlaceNames(): PlaceNames {
  const api = useApi();
  const force = useQuery({ queryKey: FORCE_QUERY_KEY, queryFn: ({ signal }) => api.get<ActiveForce>('/api/force', { signal }), staleTime: Infinity, retry: false });
  const boundaries = useWardBoundaries();
  return useMemo(() => {
    const wards = (boundaries.data?.features ?? [])
      .map((feature) => ({ code: String(feature.properties?.code ?? ''), name: String(feature.properties?.name ?? feature.properties?.code ?? '') }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const wardNames = new Map(wards.map((ward) => [ward.code, ward.name]));
    const areaNames = new Map((force.data?.areas ?? []).map((area) => [area.id, area.name]));
    return { area: (id) => areaNames.get(id) ?? id, ward: (code) => wardNames.get(code) ?? code, wards };
  }, [force.data, boundaries.data]);
}

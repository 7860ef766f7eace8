/**
 * The map of open incidents and units over the force's real ward boundaries (the shared lazy
 * MapLibre component; no tile server). Incidents are filled dots coloured by grade; units are
 * rings coloured by status; the selected incident is larger. Clicking an incident opens it; while
 * the new-incident form is open, clicking anywhere places the new incident. The queue and the unit
 * board list everything the map shows (its text alternative), and the legend says it in words.
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { Suspense, useCallback, useMemo, useRef } from 'react';
import { MapView, type MapFeatureClick, type MapLayer } from '../../components/map';
import { Loading } from '../../components/ui/loading';
import type { BoardUnit, QueuedIncident } from './types';

/** Grade colours (≥ 3:1 against the map's #f3f2f1 background; from app.css's --grade-*). */
const GRADE_COLOURS: Record<string, string> = { '1': '#b3261e', '2': '#a64d00', '3': '#1d4f8c', '4': '#484949', none: '#6f777b' };
/** Unit status colours (rings). */
const UNIT_COLOURS: Record<string, string> = { available: '#00703c', dispatched: '#a64d00', 'en-route': '#a64d00', 'on-scene': '#4c2c92', committed: '#484949' };

interface ControlRoomMapProps {
  boundaries: FeatureCollection | undefined;
  incidents: readonly QueuedIncident[];
  units: readonly BoardUnit[];
  selectedId: string | undefined;
  onSelectIncident: (incidentId: string) => void;
  /** When set, a click on the map places a point (the new-incident form is open). */
  onPick: ((point: { lat: number; lon: number }) => void) | undefined;
}

/** The map with its legend. */
export function ControlRoomMap({ boundaries, incidents, units, selectedId, onSelectIncident, onPick }: ControlRoomMapProps) {
  const pick = useRef(onPick);
  pick.current = onPick;

  // Each layer's data changes only when what it draws changes (refetches bring new arrays every second).
  const unitsKey = units.map((unit) => `${unit.id}:${unit.status}:${unit.position ? `${unit.position.lat},${unit.position.lon}` : ''}`).join('|');
  const unitFeatures = useMemo<FeatureCollection>(
    () => ({
      type: 'FeatureCollection',
      features: units
        .filter((unit) => unit.position)
        .map((unit) => ({ type: 'Feature', properties: { id: unit.id, colour: UNIT_COLOURS[unit.status] ?? '#484949' }, geometry: { type: 'Point', coordinates: [unit.position!.lon, unit.position!.lat] } })),
    }),
    // Keyed on what is drawn, not on the array's identity.
    [unitsKey],
  );
  const incidentsKey = `${selectedId ?? ''}|${incidents.map((incident) => `${incident.id}:${incident.grade?.grade ?? ''}:${incident.lat},${incident.lon}`).join('|')}`;
  const incidentFeatures = useMemo<FeatureCollection>(
    () => ({
      type: 'FeatureCollection',
      features: incidents.map((incident) => ({
        type: 'Feature',
        properties: { id: incident.id, colour: GRADE_COLOURS[String(incident.grade?.grade ?? 'none')] ?? GRADE_COLOURS.none, selected: incident.id === selectedId ? 1 : 0 },
        geometry: { type: 'Point', coordinates: [incident.lon, incident.lat] },
      })),
    }),
    // Keyed on what is drawn, not on the array's identity.
    [incidentsKey],
  );

  const layers = useMemo<MapLayer[]>(() => {
    const result: MapLayer[] = [];
    if (boundaries && boundaries.features.length > 0) {
      result.push({ id: 'wards', kind: 'fill', data: boundaries, paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.6, 'fill-outline-color': '#6f777b' } });
      result.push({ id: 'ward-lines', kind: 'line', data: boundaries, paint: { 'line-color': '#6f777b', 'line-width': 0.8 } });
    }
    result.push({ id: 'units', kind: 'circle', data: unitFeatures, paint: { 'circle-radius': 6, 'circle-color': '#ffffff', 'circle-stroke-color': ['get', 'colour'], 'circle-stroke-width': 3 } });
    result.push({
      id: 'incidents',
      kind: 'circle',
      interactive: true,
      data: incidentFeatures,
      paint: { 'circle-radius': ['case', ['==', ['get', 'selected'], 1], 10, 6], 'circle-color': ['get', 'colour'], 'circle-stroke-color': '#0b0c0c', 'circle-stroke-width': ['case', ['==', ['get', 'selected'], 1], 3, 1] },
    });
    return result;
  }, [boundaries, unitFeatures, incidentFeatures]);

  const onFeatureClick = useCallback(
    (click: MapFeatureClick) => {
      if (pick.current) return;
      const id = click.properties.id;
      if (typeof id === 'string') onSelectIncident(id);
    },
    [onSelectIncident],
  );

  const onLoad = useCallback((map: MapLibreMap) => {
    map.on('click', (event: MapMouseEvent) => pick.current?.({ lat: event.lngLat.lat, lon: event.lngLat.lng }));
  }, []);

  const missing = (boundaries as (FeatureCollection & { missingWardCodes?: string[] }) | undefined)?.missingWardCodes ?? [];
  return (
    <>
      <ul className="legend" aria-label="Map legend">
        {['1', '2', '3', '4'].map((grade) => (
          <li key={grade}>
            <span className="swatch dot" style={{ background: GRADE_COLOURS[grade] }} aria-hidden="true" /> Grade {grade} incident
          </li>
        ))}
        <li>
          <span className="swatch dot" style={{ background: GRADE_COLOURS.none }} aria-hidden="true" /> Not yet graded
        </li>
        <li>
          <span className="swatch ring" style={{ borderColor: UNIT_COLOURS.available }} aria-hidden="true" /> Unit available
        </li>
        <li>
          <span className="swatch ring" style={{ borderColor: UNIT_COLOURS.dispatched }} aria-hidden="true" /> Unit dispatched or en route
        </li>
        <li>
          <span className="swatch ring" style={{ borderColor: UNIT_COLOURS['on-scene'] }} aria-hidden="true" /> Unit on scene
        </li>
      </ul>
      <p className="hint">
        {onPick ? 'Click the map to place the new incident (or type its coordinates in the form). ' : 'Click an incident to open it. '}
        The queue and the unit board list everything shown here.
        {missing.length > 0 ? ` ${missing.length} of the force’s wards have no imported boundary and are not drawn.` : ''}
      </p>
      <div className={onPick ? 'map-picking' : undefined}>
        <Suspense fallback={<Loading what="the map" />}>
          <MapView label="Map of open incidents and units on duty over the force’s wards" layers={layers} onFeatureClick={onFeatureClick} onLoad={onLoad} height="26rem" />
        </Suspense>
      </div>
    </>
  );
}

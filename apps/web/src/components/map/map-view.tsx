/**
 * A MapLibre map of GeoJSON layers, with no external tile server: the background is plain, the
 * force's real boundaries and the data are the layers. Loaded lazily (./index.ts) so MapLibre's
 * ~800 kB stays out of the main bundle. MapLibre's worker is set with `setWorkerUrl` from Vite's
 * `?url` import: without it a Vite build's GeoJSON layers silently fail (STACK-NOTES).
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, NavigationControl, setWorkerUrl, type LngLatBoundsLike, type MapLayerMouseEvent, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import type { MapLayer, MapViewProps } from './map-types';

setWorkerUrl(workerUrl);

const BASE_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f3f2f1' } }],
};

/** The map. Layers are replaced when `layers` changes; the view fits `bounds` (or the layers' extent) once. */
export function MapView({ layers, bounds, label, height = '28rem', onFeatureClick, onLoad }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const loaded = useRef(false);
  const latestLayers = useRef(layers);
  latestLayers.current = layers;
  const clickHandler = useRef(onFeatureClick);
  clickHandler.current = onFeatureClick;

  useEffect(() => {
    if (!container.current) return;
    const instance = new MapLibreMap({
      container: container.current,
      style: BASE_STYLE,
      bounds: bounds ?? extentOf(latestLayers.current),
      fitBoundsOptions: { padding: 20 },
      attributionControl: { compact: true, customAttribution: 'Contains OS and ONS data © Crown copyright and database right' },
      // Keyboard users: the canvas is focusable and +/−/arrows pan and zoom (MapLibre's keyboard handler).
      keyboard: true,
    });
    instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    instance.on('load', () => {
      loaded.current = true;
      applyLayers(instance, latestLayers.current);
      onLoad?.(instance);
    });
    map.current = instance;
    return () => {
      loaded.current = false;
      map.current = null;
      instance.remove();
    };
    // The map is created once (bounds are its initial view); layers update in the effect below.
  }, []);

  useEffect(() => {
    if (map.current && loaded.current) applyLayers(map.current, layers);
  }, [layers]);

  useEffect(() => {
    const instance = map.current;
    if (!instance) return;
    const handler = (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      if (feature && clickHandler.current) clickHandler.current({ layerId: feature.layer.id, properties: feature.properties ?? {}, lngLat: [event.lngLat.lng, event.lngLat.lat] });
    };
    const ids = layers.filter((layer) => layer.interactive).map((layer) => layer.id);
    for (const id of ids) instance.on('click', id, handler);
    return () => {
      for (const id of ids) instance.off('click', id, handler);
    };
  }, [layers]);

  return <div ref={container} className="map-frame" style={{ height }} role="region" aria-label={label} />;
}

/** The data last sent to each source of a map, so unchanged layers are not sent again. */
const sentData = new WeakMap<MapLibreMap, Map<string, MapLayer['data']>>();

/** Adds, updates or removes sources and layers so the map shows exactly `layers`, in order. */
function applyLayers(instance: MapLibreMap, layers: readonly MapLayer[]): void {
  const wanted = new Set(layers.map((layer) => layer.id));
  for (const existing of instance.getStyle().layers) {
    if (existing.id !== 'background' && !wanted.has(existing.id)) {
      instance.removeLayer(existing.id);
      if (instance.getSource(existing.id)) instance.removeSource(existing.id);
    }
  }
  for (const layer of layers) {
    const source = instance.getSource(layer.id);
    const shown = sentData.get(instance);
    if (source && source.type === 'geojson') {
      // Re-sending unchanged data makes MapLibre's worker re-tile it (a county's wards, every second on a live page).
      if (shown?.get(layer.id) !== layer.data) (source as unknown as { setData(data: MapLayer['data']): void }).setData(layer.data);
    } else instance.addSource(layer.id, { type: 'geojson', data: layer.data });
    if (shown) shown.set(layer.id, layer.data);
    else sentData.set(instance, new Map([[layer.id, layer.data]]));
    if (!instance.getLayer(layer.id)) {
      const paint = layer.paint ?? {};
      if (layer.kind === 'fill') instance.addLayer({ id: layer.id, type: 'fill', source: layer.id, paint: { 'fill-color': '#1d4f8c', 'fill-opacity': 0.25, 'fill-outline-color': '#0b2e59', ...paint } });
      else if (layer.kind === 'line') instance.addLayer({ id: layer.id, type: 'line', source: layer.id, paint: { 'line-color': '#0b2e59', 'line-width': 1.5, ...paint } });
      else instance.addLayer({ id: layer.id, type: 'circle', source: layer.id, paint: { 'circle-radius': 6, 'circle-color': '#b3261e', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5, ...paint } });
    }
  }
}

/** The bounding box of every coordinate in `layers`; England when there are none. */
export function extentOf(layers: readonly MapLayer[]): LngLatBoundsLike {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = (coordinates: unknown): void => {
    if (!Array.isArray(coordinates)) return;
    if (typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
      west = Math.min(west, coordinates[0]);
      east = Math.max(east, coordinates[0]);
      south = Math.min(south, coordinates[1]);
      north = Math.max(north, coordinates[1]);
      return;
    }
    for (const item of coordinates) visit(item);
  };
  for (const layer of layers) for (const feature of layer.data.features) if (feature.geometry && 'coordinates' in feature.geometry) visit(feature.geometry.coordinates);
  return Number.isFinite(west) ? [west, south, east, north] : [-5.8, 49.9, 1.8, 55.8];
}

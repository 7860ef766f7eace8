/** Props of the map component; in their own module so importing them loads no MapLibre code. */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** One GeoJSON layer: polygons filled, lines, or points as circles. */
export interface MapLayer {
  /** Unique; also the source id. */
  id: string;
  kind: 'fill' | 'line' | 'circle';
  data: FeatureCollection;
  /** MapLibre paint properties for the layer's type (data-driven expressions allowed), e.g. `{ 'fill-color': ['get', 'colour'] }`. */
  paint?: Record<string, unknown>;
  /** Clicks on its features reach `onFeatureClick`. */
  interactive?: boolean;
}

/** A click on a feature of an interactive layer. */
export interface MapFeatureClick {
  layerId: string;
  properties: Record<string, unknown>;
  lngLat: [number, number];
}

/** What MapView takes. */
export interface MapViewProps {
  layers: readonly MapLayer[];
  /** [west, south, east, north]; default: the layers' extent. */
  bounds?: [number, number, number, number];
  /** The map region's accessible name, e.g. "Demand by ward, Wiltshire". Give a text alternative (table or list) beside the map too. */
  label: string;
  /** CSS height; default 28rem. */
  height?: string;
  onFeatureClick?: (click: MapFeatureClick) => void;
  /** The MapLibre map once its style has loaded (tests, custom layers). */
  onLoad?: (map: MapLibreMap) => void;
}

/**
 * The map, lazy-loaded: `import { MapView } from '../../components/map'` costs nothing until it
 * renders (wrap it in <Suspense>). MapLibre and its worker come in their own chunk.
 */
import { lazy } from 'react';

/** Lazy {@link import('./map-view').MapView}. */
export const MapView = lazy(() => import('./map-view').then((module) => ({ default: module.MapView })));
export type { MapFeatureClick, MapLayer, MapViewProps } from './map-types';

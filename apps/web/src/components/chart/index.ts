/**
 * The chart, lazy-loaded: `import { ChartView } from '../../components/chart'` costs nothing
 * until it renders (wrap it in <Suspense>). uPlot comes in its own chunk.
 */
import { lazy } from 'react';

/** Lazy {@link import('./chart-view').ChartView}. */
export const ChartView = lazy(() => import('./chart-view').then((module) => ({ default: module.ChartView })));
export type { ChartSeries, ChartViewProps } from './chart-types';

/** Demand maths: hour-of-week profiles of monthly crime, workload and harm, hotspots and the PAI. */
export * from './build-demand-profile';
export * from './demand-types';
export * from './density-grid';
export * from './equirectangular';
export * from './grid-hotspot-accuracy';
export * from './grade-mix';
export * from './harm-weights';
export * from './hour-of-week';
export * from './kernel-density';
export * from './month-calendar';
export * from './police-uk-categories';
export * from './prediction-accuracy-index';
export * from './rank-hotspots';
export * from './seasonality';
export * from './spread-monthly-count';

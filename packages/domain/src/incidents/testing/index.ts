/** In-memory ports and builders for tests and database-free wiring. */
export * from './in-memory-incidents';
export * from './box-location-resolver';
export * from './incident-test-bed';
export * from './thrive-factors';

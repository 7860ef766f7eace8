/** Ports: the interfaces the domain needs from storage. Adapters (packages/db) implement them. */
export type * from './call-for-service-record';
export type * from './crime-record';
export * from './demand-counts';
export type * from './demand-repository';
export type * from './import-session';
export type * from './import-summary';
export type * from './model-repository';
export type * from './boundary-repository';
export type * from './demand-queries';
export type * from './plan-override-repository';

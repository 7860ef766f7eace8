/** The ports the incident rules need; packages/db and the ingest resolver implement them. */
export type * from './incident-repository';
export type * from './incident-history';
export type * from './location-resolver';

/** Test helpers for importers built on the pipeline (imported as `@peel/ingest/testing`). */
export { createMemoryDemandRepository, type MemoryDemandRepository, type StoredImport } from './memory-demand-repository';
export { type BadKind, CRIME_TYPES, type ExpectedCrime, type GeneratedRow, type GeneratedStreetCrimeFile, HEADER, streetCrimeFile } from './street-crime-arbitraries';

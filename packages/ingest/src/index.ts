/**
 * @peel/ingest — reads real-world data into Peel: boundary files now, crime and calls-for-service
 * importers later. See README.md for what this package may and may not import.
 */
export type { BoundaryFeature, BoundaryGeometry, BoundaryProperties, BoundingBox, LonLat } from './boundaries/boundary-feature';
export { BoundaryFileError } from './boundaries/boundary-file-error';
export { BoundaryIndex, type IndexedBoundary } from './boundaries/boundary-index';
export { type BoundarySource, DISTRICT_PLACEHOLDER, isPerDistrict, resolveBoundaryPath } from './boundaries/boundary-source';
export {
  type BoundaryReferenceProblem,
  type BoundaryReferenceReport,
  checkBoundaryReferences,
  type DistrictCoverage,
  type GeographyReferences,
} from './boundaries/check-boundary-references';
export {
  classifyWards,
  type ClassifyWardsInput,
  isUrbanArea,
  URBAN_LSOA_MAX_AREA_KM2,
  type UrbanRural,
  type WardClassification,
} from './boundaries/classify-urban-rural';
export { formatAreasYaml } from './boundaries/format-areas-yaml';
export { interiorPoint } from './boundaries/interior-point';
export { type BoundaryDistrict, type BoundaryDistrictList, listBoundaryDistricts } from './boundaries/list-boundary-districts';
export { type DistrictFiles, listDistrictFiles } from './boundaries/list-district-files';
export { type DistrictBoundaries, type DistrictBoundary, type DistrictSources, loadDistrictBoundaries } from './boundaries/load-district-boundaries';
export { ONS_LSOAS_2011, ONS_WARDS_2013, SEED_DISTRICTS, type SeedDistrict } from './boundaries/ons-sources';
export { parseBoundaryCollection } from './boundaries/parse-boundary-collection';
export { readBoundaryCollection } from './boundaries/read-boundary-collection';
export {
  type ScaffoldArea,
  scaffoldAreas,
  type ScaffoldAreasInput,
  type ScaffoldAreasResult,
  type ScaffoldWard,
  slugify,
} from './boundaries/scaffold-areas';
export { scaffoldGeography, type ScaffoldGeographyOptions, type ScaffoldGeographyResult } from './boundaries/scaffold-geography';
export { isDirectory, isFile } from './boundaries/shared-data-status';
export { defaultSplitNames, parseSplitSpec, splitCount, type SplitSpec } from './boundaries/split-spec';
export { bearingDegrees, type SplittableWard, splitWards, wardsCentre } from './boundaries/split-wards';
export { type GeometryCheck, validateGeometry } from './boundaries/validate-geometry';
export { type GeographyResolver, NO_GEOGRAPHY, type RecordLocation, type ResolvedLocation } from './geography/geography-resolver';
export { createGeographyResolver, type GeographyResolverInput, type ResolverBoundary } from './geography/create-geography-resolver';
export { createGeographyTally, describeUnknownLsoaCodes, type GeographyCounts, type GeographyTally } from './geography/geography-tally';
export { type GeographyModel, loadGeographyFromFiles, loadGeographyFromRepository, type LoadedGeography } from './geography/load-geography-resolver';
export { type AreaWards, mapWardsToAreas } from './geography/map-wards-to-areas';
export { type BoundaryFileResult, type BoundaryImportReport, importBoundaryFiles, type ImportBoundaryFilesOptions } from './boundaries/import-boundary-files';
export { prepareBoundaryFile, type PrepareBoundaryFileOptions } from './boundaries/prepare-boundary-file';
export { type CallImportCounts, type CallImportTally, createCallImportTally } from './calls/call-import-tally';
export { type CallMapping, callMappingSchema, type LookupTableRef } from './calls/call-mapping';
export { CallMappingError } from './calls/call-mapping-error';
export { loadCallMapping, type LoadedCallMapping, parseCallMapping } from './calls/load-call-mapping';
export { type LookupTable, readLookupTable } from './calls/lookup-table';
export { type CallRowMapper, createCallRowMapper, type MappedCallRow, missingCallColumns } from './calls/map-call-row';
export { compileTimestampFormat, type TimestampFormat } from './calls/timestamp-format';
export { createWallTimeConverter, type WallTime, type WallTimeConverter } from './calls/wall-time';

/**
 * @peel/ingest — reads real-world data into Peel: boundary files, the streaming import pipeline and
 * the data.police.uk street-crime importer. See README.md for what this package may and may not import.
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
export { createGeographyTally, describeUnknownLsoaCodes, type GeographyCounts, type GeographyTally, tallyResolutions } from './geography/geography-tally';
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
export { CsvReader, type CsvReaderOptions, type CsvSink } from './pipeline/csv-reader';
export { type FileDigest, hashFile } from './pipeline/hash-file';
export { findColumns, requireExactHeader } from './pipeline/header-check';
export { DEFAULT_BATCH_SIZE, DEFAULT_MAX_ERRORS, importCsvFile, type ImportCsvFileOptions } from './pipeline/import-csv-file';
export { importCsvFiles, type ImportCsvFilesOptions, type ImportCsvFilesResult } from './pipeline/import-csv-files';
export type { FileImportReport, FileImportStatus, ImportErrorEntry, ImportProgress } from './pipeline/import-report';
export { type FileChunk, readFileChunks } from './pipeline/read-file-chunks';
export { HeaderError, type ImportedRecord, type RowFormat, type RowParser, type RowProblem, type RowResult } from './pipeline/row-format';
export { DEFAULT_SUMMARY_ERRORS, type ImportRunSummary, summariseImports } from './pipeline/summarise-imports';
export { CRIME_TYPE_CATEGORIES, crimeCategoryOf } from './police-uk/crime-types';
export { importPoliceUkFiles, type ImportPoliceUkFilesOptions } from './police-uk/import-police-uk-files';
export { parseStreetCrimeRow } from './police-uk/parse-street-crime-row';
export { createPoliceUkFormat } from './police-uk/police-uk-format';
export { STREET_CRIME_COLUMNS, type StreetCrimeColumn } from './police-uk/street-crime-columns';
export { CRIME_TYPE_WEIGHTS, type SyntheticStreetCrimeFile, type SyntheticStreetCrimeOptions, writeSyntheticStreetCrimeFile } from './police-uk/synthetic-street-crime';
export { type CallsImportSummary, summariseCallsImport } from './calls/calls-import-summary';
export { createCallsRowFormat, type CallsRowFormat } from './calls/calls-row-format';
export { type CallsFileImport, importCallsFile, type ImportCallsFileOptions } from './calls/import-calls-file';
export { createIncidentLocationResolver, loadIncidentLocationResolver } from './geography/incident-location-resolver';

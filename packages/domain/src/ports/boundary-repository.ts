/** Storage of boundary polygons (ONS LSOAs and wards) imported from GeoJSON files. */
import type { MultiPolygon, Polygon } from 'geojson';
import type { ImportSummary, NewImport } from './import-summary';

/** The two levels of boundary Peel stores. */
export type BoundaryLevel = 'lsoa' | 'ward';

/** One boundary polygon to store, with the measures derived from it. */
export interface NewBoundary {
  code: string;
  name: string;
  /** GeoJSON Polygon or MultiPolygon in WGS 84 (lon, lat). */
  geometry: Polygon | MultiPolygon;
  /** `[minLon, minLat, maxLon, maxLat]`. */
  bbox: [number, number, number, number];
  /** `[lon, lat]`. */
  centroid: [number, number];
  areaKm2: number;
}

/** A stored boundary: what was imported plus where it came from. */
export interface StoredBoundary extends NewBoundary {
  level: BoundaryLevel;
  /** The local authority district (LAD code) of the file it came from, or null. */
  district: string | null;
  /** The boundaries' vintage, e.g. '2011', or null when unknown. */
  vintage: string | null;
  importId: number;
}

/** One file of boundaries to import (all or nothing). */
export interface BoundaryImportRequest {
  /** The file; `kind` must be 'boundaries'. */
  file: NewImport;
  level: BoundaryLevel;
  district: string | null;
  vintage: string | null;
  boundaries: readonly NewBoundary[];
}

/** A boundary of the file that was not stored because its code is already stored from another file. */
export interface BoundaryConflict {
  code: string;
  /** The import and file the stored boundary came from. */
  storedImportId: number;
  storedFileName: string;
}

/** What importing a file of boundaries did. */
export type BoundaryImportOutcome =
  /** Stored; `skipped` lists the codes kept from an earlier file (recorded as rejections of this import). */
  | { status: 'imported'; summary: ImportSummary; skipped: BoundaryConflict[] }
  /** The same file (content hash) was imported before; nothing was written. */
  | { status: 'already-imported'; summary: ImportSummary };

/** Filters {@link BoundaryRepository.listBoundaries}. */
export interface BoundaryFilter {
  level: BoundaryLevel;
  /** Only boundaries of these districts (LAD codes). */
  districts?: readonly string[];
}

/**
 * Stores boundary polygons. A file is identified by its content hash (import kind 'boundaries'):
 * importing it again writes nothing. A file is stored in one transaction. A code already stored
 * (at the same level) from another file is **kept** — the first import wins — and the new file's
 * feature is recorded as a rejection naming the file it is stored from, so that nothing is
 * overwritten silently and the import's counts still reconcile.
 */
export interface BoundaryRepository {
  importBoundaries(request: BoundaryImportRequest): Promise<BoundaryImportOutcome>;
  /** Stored boundaries of one level (of complete imports only), ordered by code. */
  listBoundaries(filter: BoundaryFilter): Promise<StoredBoundary[]>;
}

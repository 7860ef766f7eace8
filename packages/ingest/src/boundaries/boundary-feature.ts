import type { MultiPolygon, Polygon } from 'geojson';

/** A longitude/latitude pair in WGS84 degrees, in GeoJSON order: `[lon, lat]`. */
export type LonLat = [lon: number, lat: number];

/** A bounding box in WGS84 degrees: `[minLon, minLat, maxLon, maxLat]`. */
export type BoundingBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

/** The geometries a boundary may have. */
export type BoundaryGeometry = Polygon | MultiPolygon;

/** Which feature properties hold a boundary's code and name (e.g. `WD13CD` / `WD13NM`). */
export interface BoundaryProperties {
  /** Property holding the unique code, e.g. `WD13CD` for 2013 wards, `LSOA11CD` for 2011 LSOAs. */
  codeProperty: string;
  /** Property holding the human-readable name, e.g. `WD13NM`, `LSOA11NM`. */
  nameProperty: string;
}

/** One validated boundary polygon with the measures Peel derives from it. */
export interface BoundaryFeature {
  /** The boundary's code (e.g. an ONS GSS code such as `E05005008`). */
  code: string;
  /** The boundary's name as written in the file. */
  name: string;
  geometry: BoundaryGeometry;
  /** Bounding box of every position of the geometry. */
  bbox: BoundingBox;
  /** Centroid as computed by `@turf/centroid` (mean of the vertices), `[lon, lat]`. */
  centroid: LonLat;
  /** Geodesic area in square kilometres, from `@turf/area` (holes subtracted). */
  areaKm2: number;
}

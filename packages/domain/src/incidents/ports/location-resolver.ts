/**
 * Places a point in the ONS geography (LSOA, ward) and the model's area. The ingest package's
 * geography resolver (point-in-polygon over the imported boundaries) is the production adapter;
 * the domain adds names and the urban/rural class from the policing model.
 */

/** A WGS 84 point. */
export interface IncidentPoint {
  readonly lat: number;
  readonly lon: number;
}

/** Where a point lies; each part is null when the point is in no known unit. */
export interface ResolvedGeography {
  readonly lsoaCode: string | null;
  readonly wardCode: string | null;
  /** The model area, when the resolver knows it; otherwise the domain derives it from the ward. */
  readonly areaId: string | null;
}

/** The geography port. */
export interface LocationResolver {
  resolve(point: IncidentPoint): Promise<ResolvedGeography>;
}

/**
 * Places an imported record in the geography: the LSOA it belongs to, its ward and the policing
 * model's area. Importers depend on this interface; `createGeographyResolver` (built from the
 * boundary files and, optionally, a model) implements it.
 */
import type { GeoMatch } from '@peel/domain';

/** What a record says about where it is. */
export interface RecordLocation {
  /** The LSOA code on the record (data.police.uk gives one; it may be a 2021 code). */
  lsoaCode: string | null;
  longitude: number | null;
  latitude: number | null;
}

/** Where the resolver placed a record. */
export interface ResolvedLocation {
  /** The code of the LSOA polygon the record was placed in, or null. */
  matchedLsoaCode: string | null;
  /** The ward containing the record's point (or its LSOA's interior point), or null. */
  wardCode: string | null;
  /** The model area of that ward, or null without a model or when the ward is in no area. */
  areaId: string | null;
  /** 'code' when the record's LSOA code matched a known polygon, 'geometry' by point-in-polygon, else 'none'. */
  geoMatch: GeoMatch;
}

/** Resolves record locations; synchronous and fast (called once per imported row). */
export interface GeographyResolver {
  resolve(location: RecordLocation): ResolvedLocation;
}

/** A resolver that places nothing: used when no boundary data is available (every record is 'none'). */
export const NO_GEOGRAPHY: GeographyResolver = {
  resolve: () => ({ matchedLsoaCode: null, wardCode: null, areaId: null, geoMatch: 'none' }),
};

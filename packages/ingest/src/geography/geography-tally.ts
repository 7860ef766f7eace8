/** Counts how an import's records were placed, for its summary. */
import type { GeographyResolver, RecordLocation, ResolvedLocation } from './geography-resolver';

/** How the records of an import were placed in the geography. */
export interface GeographyCounts {
  /** Records whose LSOA code matched a known polygon. */
  matchedByCode: number;
  /** Records placed by their point (LSOA polygon, else ward polygon). */
  matchedByGeometry: number;
  /** Records placed nowhere. */
  unmatched: number;
  /** Records carrying an LSOA code that matched no known polygon (e.g. a 2021 code against 2011 boundaries). */
  unknownLsoaCodes: number;
  /** Of those, records still placed by their point. */
  unknownLsoaCodesPlacedByGeometry: number;
  /** Distinct unknown LSOA codes. */
  distinctUnknownLsoaCodes: number;
}

/** Accumulates {@link GeographyCounts}; call `add` once per resolved record. */
export interface GeographyTally {
  add(location: RecordLocation, resolved: ResolvedLocation): void;
  counts(): GeographyCounts;
}

/** A new, empty tally. */
export function createGeographyTally(): GeographyTally {
  const counts = { matchedByCode: 0, matchedByGeometry: 0, unmatched: 0, unknownLsoaCodes: 0, unknownLsoaCodesPlacedByGeometry: 0 };
  const unknown = new Set<string>();
  return {
    add(location, resolved) {
      if (resolved.geoMatch === 'code') counts.matchedByCode++;
      else if (resolved.geoMatch === 'geometry') counts.matchedByGeometry++;
      else counts.unmatched++;
      const code = location.lsoaCode?.trim();
      if (code && resolved.geoMatch !== 'code') {
        counts.unknownLsoaCodes++;
        unknown.add(code);
        if (resolved.geoMatch === 'geometry') counts.unknownLsoaCodesPlacedByGeometry++;
      }
    },
    counts: () => ({ ...counts, distinctUnknownLsoaCodes: unknown.size }),
  };
}

/**
 * One line for an import summary about LSOA codes the boundaries do not know, or undefined when
 * every code was known. It states the vintage difference instead of guessing a code mapping:
 * data.police.uk files from 2022 on carry 2021 LSOA codes, the ONS boundaries here are 2011.
 * @param boundaryVintage e.g. '2011'
 */
export function describeUnknownLsoaCodes(counts: GeographyCounts, boundaryVintage = '2011'): string | undefined {
  if (counts.unknownLsoaCodes === 0) return undefined;
  return (
    `${counts.unknownLsoaCodes} records (${counts.distinctUnknownLsoaCodes} distinct codes) carry an LSOA code that is not among the ` +
    `${boundaryVintage} LSOA boundaries; ${counts.unknownLsoaCodesPlacedByGeometry} of them were placed by their coordinates instead. ` +
    `data.police.uk files from 2022 on use 2021 LSOA codes, so new or split 2021 LSOAs (and crimes outside the loaded districts) ` +
    `are expected here; no 2011/2021 code mapping is guessed.`
  );
}

/**
 * Wraps a resolver so that it tallies every resolution: hand the wrapper to an importer that takes
 * a plain {@link GeographyResolver} (e.g. the data.police.uk format) and read `counts()` after the
 * file for its unknown-LSOA-code note. Counts every record resolved, so call it only for rows that
 * are stored (importers resolve a row once it has passed its other checks).
 */
export function tallyResolutions(resolver: GeographyResolver): GeographyResolver & { counts(): GeographyCounts } {
  const tally = createGeographyTally();
  return {
    resolve(location) {
      const resolved = resolver.resolve(location);
      tally.add(location, resolved);
      return resolved;
    },
    counts: () => tally.counts(),
  };
}

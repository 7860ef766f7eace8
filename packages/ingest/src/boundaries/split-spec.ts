/**
 * How to divide a district's wards into several areas:
 * `latitude`/`longitude` — `bands` bands of near-equal ward count by ward-centroid latitude (north
 * to south) or longitude (west to east); `quadrant` — North/East/South/West by the bearing of each
 * ward's centroid from the centre of all the wards.
 */
export type SplitSpec = { kind: 'latitude' | 'longitude'; bands: number } | { kind: 'quadrant' };

/**
 * Parses `latitude:<k>`, `longitude:<k>` or `quadrant` (as given to `peel geography scaffold --split`).
 * @throws {RangeError} naming the text and the accepted forms
 */
export function parseSplitSpec(text: string): SplitSpec {
  const trimmed = text.trim();
  if (trimmed === 'quadrant') return { kind: 'quadrant' };
  const match = /^(latitude|longitude):(\d+)$/.exec(trimmed);
  const bands = match ? Number(match[2]) : Number.NaN;
  if (!match || bands < 2) {
    throw new RangeError(`split ${JSON.stringify(text)} is not one of latitude:<k>, longitude:<k> (k a whole number ≥ 2) or quadrant`);
  }
  return { kind: match[1] as 'latitude' | 'longitude', bands };
}

/** How many areas a split produces. */
export function splitCount(spec: SplitSpec): number {
  return spec.kind === 'quadrant' ? 4 : spec.bands;
}

/**
 * The default names of a split's parts, in the order {@link splitWards} returns them: North/South
 * (or North/Central/South) for two or three latitude bands, West/East (West/Central/East) for
 * longitude, North/East/South/West for quadrants, otherwise `Band 1`…`Band k` (numbered from the
 * north, or from the west).
 */
export function defaultSplitNames(spec: SplitSpec): string[] {
  if (spec.kind === 'quadrant') return ['North', 'East', 'South', 'West'];
  const [first, last] = spec.kind === 'latitude' ? ['North', 'South'] : ['West', 'East'];
  if (spec.bands === 2) return [first, last];
  if (spec.bands === 3) return [first, 'Central', last];
  return Array.from({ length: spec.bands }, (_, i) => `Band ${i + 1}`);
}

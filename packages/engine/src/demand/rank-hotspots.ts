/** Top-N areal units (LSOAs, wards) by crime count or by harm. */

/** The totals of one unit over the period. */
export interface UnitTotals {
  code: string;
  name?: string | null;
  count: number;
  harm: number;
  /** The unit's area from its boundary, or null when no boundary is stored. */
  areaKm2?: number | null;
}

/** One ranked unit. */
export interface RankedHotspot extends UnitTotals {
  rank: number;
  /** This unit's share of all units' count (or harm, when ranked by harm). */
  share: number;
  /** Share of the top `rank` units together. */
  cumulativeShare: number;
  /** Count per km², or null without an area. */
  countPerKm2: number | null;
  /** Harm per km², or null without an area. */
  harmPerKm2: number | null;
}

/**
 * The `top` units by `by` (count or harm), largest first, ties by code. Shares are of the total
 * over every unit passed in.
 */
export function rankHotspots(options: { units: readonly UnitTotals[]; top: number; by: 'count' | 'harm' }): RankedHotspot[] {
  const { units, top, by } = options;
  if (!Number.isInteger(top) || top < 1) throw new RangeError(`top: expected a whole number >= 1, got ${top}`);
  const total = units.reduce((sum, unit) => sum + unit[by], 0);
  const sorted = [...units].sort((a, b) => b[by] - a[by] || a.code.localeCompare(b.code)).slice(0, top);
  let cumulative = 0;
  return sorted.map((unit, index) => {
    const share = total > 0 ? unit[by] / total : 0;
    cumulative += share;
    const area = unit.areaKm2 ?? null;
    const per = (value: number) => (area !== null && area > 0 ? value / area : null);
    return { ...unit, rank: index + 1, share, cumulativeShare: cumulative, countPerKm2: per(unit.count), harmPerKm2: per(unit.harm) };
  });
}

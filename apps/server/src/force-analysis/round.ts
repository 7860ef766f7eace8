/** Rounding of the figures the demand reports print and send. */

/** Rounds for output: 6 decimal places, no "-0". */
export function round(value: number, places = 6): number {
  const factor = 10 ** places;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

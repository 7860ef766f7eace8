/**
 * ln Γ(x + d) − ln Γ(x) = Σ_{j=0}^{d−1} ln(x + j) for x > 0 and a whole d >= 0, accurate when both
 * terms are huge (x ~ 1e10) and their difference is not. Subtracting two separately computed
 * ln Γ values would lose everything above ~1e-6 relative there; instead the Stirling series
 * (Abramowitz & Stegun 6.1.41) is differenced term by term, with log1p for the leading term.
 */

/** Below this many terms a plain sum of logs is both exact enough and cheap. */
const DIRECT_TERMS = 32;
/** Stirling's series with the terms below is accurate to ~1e-16 for z >= 16. */
const STIRLING_MIN = 16;

/** ln Γ(x + d) − ln Γ(x) for x > 0 and whole d >= 0. */
export function logGammaRatio(x: number, d: number): number {
  let total = 0;
  let base = x;
  let steps = d;
  if (steps <= DIRECT_TERMS) {
    for (let j = 0; j < steps; j++) total += Math.log(base + j);
    return total;
  }
  // Shift the base up to where Stirling's series is accurate: Γ(x+1) = x·Γ(x).
  while (base < STIRLING_MIN && steps > 0) {
    total += Math.log(base);
    base += 1;
    steps -= 1;
  }
  if (steps === 0) return total;
  const top = base + steps;
  // (top − ½)·ln top − (base − ½)·ln base − steps, rearranged so no large terms cancel.
  total += (base - 0.5) * Math.log1p(steps / base) + steps * Math.log(top) - steps;
  return total + stirlingCorrection(top) - stirlingCorrection(base);
}

/** ln Γ(z) − [(z − ½)·ln z − z + ½·ln 2π], Abramowitz & Stegun 6.1.41, for z >= 16. */
function stirlingCorrection(z: number): number {
  const inv = 1 / z;
  const inv2 = inv * inv;
  return inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 / 1188))));
}

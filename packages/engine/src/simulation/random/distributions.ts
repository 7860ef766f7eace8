/**
 * Random variates from a {@link Xoshiro128} stream. Each takes the generator as a parameter (the
 * engine owns no randomness of its own) and allocates nothing.
 */
import type { Xoshiro128 } from './xoshiro128';

/** An exponential variate with the given mean, by inversion: −mean·ln U (U in (0, 1), so finite). */
export function exponential(random: Xoshiro128, mean: number): number {
  return -mean * Math.log(random.nextFloat());
}

/**
 * A standard normal variate by Marsaglia's polar method (Marsaglia & Bray, "A convenient method for
 * generating normal variables", SIAM Review 6(3), 1964). The second variate of each pair is
 * discarded rather than cached, so that a draw never depends on an earlier call's leftovers.
 */
export function standardNormal(random: Xoshiro128): number {
  for (;;) {
    const x = 2 * random.nextFloat() - 1;
    const y = 2 * random.nextFloat() - 1;
    const s = x * x + y * y;
    if (s > 0 && s < 1) return x * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** Parameters (μ, σ) of the normal whose exponential has the given mean and coefficient of variation. */
export interface LognormalParameters {
  mu: number;
  sigma: number;
}

/**
 * Lognormal parameters from the mean m and coefficient of variation c of the variate itself:
 * σ² = ln(1 + c²), μ = ln m − σ²/2 (so that E[e^{μ+σZ}] = e^{μ+σ²/2} = m).
 */
export function lognormalParameters(mean: number, cv: number): LognormalParameters {
  if (!Number.isFinite(mean) || mean <= 0) throw new RangeError(`mean: expected a number > 0, got ${mean}`);
  if (!Number.isFinite(cv) || cv < 0) throw new RangeError(`cv: expected a number >= 0, got ${cv}`);
  const variance = Math.log(1 + cv * cv);
  return { mu: Math.log(mean) - variance / 2, sigma: Math.sqrt(variance) };
}

/** A lognormal variate e^{μ + σZ}. */
export function lognormal(random: Xoshiro128, mu: number, sigma: number): number {
  return Math.exp(mu + sigma * standardNormal(random));
}

/** A binomial variate (n trials of probability p) as a sum of Bernoulli trials: n is a shift's headcount, small. */
export function binomial(random: Xoshiro128, n: number, p: number): number {
  let successes = 0;
  for (let trial = 0; trial < n; trial += 1) if (random.nextFloat() < p) successes += 1;
  return successes;
}

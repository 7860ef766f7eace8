/**
 * A seeded pseudo-random generator for tests: mulberry32 (Tommy Ettinger, 2017, public domain;
 * a 32-bit state, period 2^32, passes gjrand's tests at the sizes used here). Tests need
 * reproducible uniform samples and the engine takes randomness only as a parameter.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

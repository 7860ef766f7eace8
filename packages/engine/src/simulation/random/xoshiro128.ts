/**
 * xoshiro128** 1.1, the 32-bit all-purpose generator of Blackman & Vigna ("Scrambled linear
 * pseudorandom number generators", ACM Transactions on Mathematical Software 47(4), 2021; reference
 * C code https://prng.di.unimi.it/xoshiro128starstar.c). 128 bits of state, period 2^128 − 1, passes
 * BigCrush; every step is 32-bit integer arithmetic, which JavaScript does natively (`Math.imul`,
 * `>>> 0`), so a draw costs a few nanoseconds and allocates nothing.
 *
 * Seeding follows the authors' advice: the 128-bit state is filled from two outputs of SplitMix64
 * (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014; reference C
 * https://prng.di.unimi.it/splitmix64.c) run from the 64-bit seed, so nearby seeds give unrelated
 * states. Independent streams (one per replication) come from {@link Xoshiro128.jump}, which
 * advances 2^64 draws: replication r uses the seed's state jumped r times, so its numbers never
 * overlap another replication's and do not depend on which worker thread runs it.
 */

/** 2^-32: turns a 32-bit integer into a fraction. */
const TWO_TO_MINUS_32 = 1 / 4294967296;

/** The jump polynomial of the reference code: equivalent to 2^64 calls of `next`. */
const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b] as const;

/** A seeded xoshiro128** generator. Mutable; not thread-safe (one per simulation run). */
export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** A generator with this exact state (four 32-bit words, not all zero). */
  constructor(state: readonly [number, number, number, number]) {
    const [a, b, c, d] = state;
    for (const [index, word] of state.entries()) {
      if (!Number.isInteger(word) || word < 0 || word > 0xffffffff) throw new RangeError(`state[${index}]: expected a 32-bit unsigned integer, got ${word}`);
    }
    if ((a | b | c | d) === 0) throw new RangeError('state: must not be all zero (xoshiro would output zeros for ever)');
    this.s0 = a | 0;
    this.s1 = b | 0;
    this.s2 = c | 0;
    this.s3 = d | 0;
  }

  /** A generator whose state is filled by SplitMix64 from `seed` (an integer 0 ≤ seed < 2^53). */
  static fromSeed(seed: number): Xoshiro128 {
    if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed: expected a whole number 0 … 2^53 − 1, got ${seed}`);
    const mix = splitMix64(BigInt(seed));
    const first = mix();
    const second = mix();
    // Low word first, as the reference code would store two uint64 outputs into uint32 s[0..3] on a little-endian machine.
    return new Xoshiro128([
      Number(first & 0xffffffffn),
      Number(first >> 32n),
      Number(second & 0xffffffffn),
      Number(second >> 32n),
    ]);
  }

  /** The next 32-bit output, 0 … 2^32 − 1. */
  nextUint32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /**
   * A uniform draw strictly inside (0, 1): (k + ½)·2^-32 for a 32-bit k. Never 0 or 1, so
   * −log(u) and log(1 − u) are always finite; the resolution (2^-32) is far below what a
   * simulation of a few million events can resolve.
   */
  nextFloat(): number {
    return (this.nextUint32() + 0.5) * TWO_TO_MINUS_32;
  }

  /** A uniform whole number 0 … n − 1 (n ≤ 2^32; the bias of the multiply-shift is below n/2^32). */
  nextInt(n: number): number {
    return Math.floor(this.nextFloat() * n);
  }

  /** Advances the state by 2^64 draws (the reference `jump`): a non-overlapping sub-stream. */
  jump(): void {
    let t0 = 0;
    let t1 = 0;
    let t2 = 0;
    let t3 = 0;
    for (const word of JUMP) {
      for (let bit = 0; bit < 32; bit += 1) {
        if ((word >>> bit) & 1) {
          t0 ^= this.s0;
          t1 ^= this.s1;
          t2 ^= this.s2;
          t3 ^= this.s3;
        }
        this.nextUint32();
      }
    }
    this.s0 = t0;
    this.s1 = t1;
    this.s2 = t2;
    this.s3 = t3;
  }

  /** The current state, as four unsigned 32-bit words (for tests and for handing a stream on). */
  state(): [number, number, number, number] {
    return [this.s0 >>> 0, this.s1 >>> 0, this.s2 >>> 0, this.s3 >>> 0];
  }
}

/**
 * The stream for replication `replication` of a run seeded with `seed`: the seeded state jumped
 * `replication` times (2^64 draws apart).
 */
export function replicationStream(seed: number, replication: number): Xoshiro128 {
  if (!Number.isInteger(replication) || replication < 0) throw new RangeError(`replication: expected a whole number >= 0, got ${replication}`);
  const random = Xoshiro128.fromSeed(seed);
  for (let r = 0; r < replication; r += 1) random.jump();
  return random;
}

/** SplitMix64 from `seed` (BigInt arithmetic: used only to seed, never on the hot path). */
export function splitMix64(seed: bigint): () => bigint {
  const mask = (1n << 64n) - 1n;
  let x = seed & mask;
  return () => {
    x = (x + 0x9e3779b97f4a7c15n) & mask;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
    return z ^ (z >> 31n);
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

import { describe, expect, it } from 'vitest';
import { replicationStream, splitMix64, Xoshiro128 } from './xoshiro128';

describe('xoshiro128** 1.1 (Blackman & Vigna; reference C https://prng.di.unimi.it/xoshiro128starstar.c)', () => {
  it('reproduces the reference outputs from the state {1, 2, 3, 4} (the vector rand_xoshiro tests against the reference C code)', () => {
    const random = new Xoshiro128([1, 2, 3, 4]);
    const outputs = Array.from({ length: 10 }, () => random.nextUint32());
    expect(outputs).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804]);
  });

  it('jump() matches the reference jump (state and next outputs, produced by compiling the reference C code)', () => {
    const random = new Xoshiro128([1, 2, 3, 4]);
    random.jump();
    expect(random.state()).toEqual([2843103750, 2038079848, 1533207345, 44816753]);
    expect(Array.from({ length: 5 }, () => random.nextUint32())).toEqual([1194304935, 745561276, 25819468, 3320478005, 3046317961]);
  });

  it('is seeded by SplitMix64 (low word of each output first)', () => {
    const random = Xoshiro128.fromSeed(42);
    // splitmix64(42) → two outputs, split into 32-bit words; checked against the reference C code.
    expect(random.state()).toEqual([803958421, 3184996902, 2993090819, 686809907]);
    expect(Array.from({ length: 5 }, () => random.nextUint32())).toEqual([1776835114, 4165204688, 17111135, 2317295270, 2792088233]);
  });

  it('nextFloat stays strictly inside (0, 1) and has mean 1/2 (1e6 draws, within 5 standard errors)', () => {
    const random = Xoshiro128.fromSeed(7);
    let sum = 0;
    let min = 1;
    let max = 0;
    const n = 1_000_000;
    for (let i = 0; i < n; i += 1) {
      const u = random.nextFloat();
      sum += u;
      if (u < min) min = u;
      if (u > max) max = u;
    }
    expect(min).toBeGreaterThan(0);
    expect(max).toBeLessThan(1);
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
  });

  it('gives the same stream for the same seed and replication, and different streams otherwise', () => {
    const draw = (seed: number, replication: number) => {
      const random = replicationStream(seed, replication);
      return Array.from({ length: 4 }, () => random.nextUint32());
    };
    expect(draw(9, 2)).toEqual(draw(9, 2));
    expect(draw(9, 2)).not.toEqual(draw(9, 3));
    expect(draw(9, 0)).not.toEqual(draw(10, 0));
  });

  it('rejects bad seeds and states, naming the argument', () => {
    expect(() => Xoshiro128.fromSeed(-1)).toThrow(/seed/);
    expect(() => Xoshiro128.fromSeed(1.5)).toThrow(/seed/);
    expect(() => new Xoshiro128([0, 0, 0, 0])).toThrow(/state/);
    expect(() => replicationStream(1, -1)).toThrow(/replication/);
  });
});

describe('SplitMix64 (Steele, Lea & Flood 2014; reference C https://prng.di.unimi.it/splitmix64.c)', () => {
  it('reproduces the reference outputs for seed 1234567', () => {
    const next = splitMix64(1234567n);
    expect(Array.from({ length: 5 }, () => next())).toEqual([
      6457827717110365317n,
      3203168211198807973n,
      9817491932198370423n,
      4593380528125082431n,
      16408922859458223821n,
    ]);
  });
});

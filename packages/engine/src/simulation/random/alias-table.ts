/**
 * Walker's alias method in Vose's numerically stable form (Walker, "An efficient method for
 * generating discrete random variables with general distributions", ACM TOMS 3(3), 1977; Vose, "A
 * linear algorithm for generating random numbers with a given distribution", IEEE TSE 17(9), 1991):
 * after O(n) set-up, a draw from n weighted outcomes costs one uniform and one comparison.
 * Tables for many distributions of the same size are packed into flat typed arrays.
 */
import type { Xoshiro128 } from './xoshiro128';

/** Alias tables for `count` distributions over `size` outcomes each, packed row after row. */
export interface AliasTables {
  size: number;
  count: number;
  /** Probability of keeping column i of row r: `keep[r·size + i]`. */
  keep: Float64Array;
  /** The outcome column i of row r defers to: `alias[r·size + i]`. */
  alias: Int32Array;
}

/**
 * Builds one alias table per row of `weights` (each row `size` non-negative weights, not all zero).
 * @throws {RangeError} naming the row when its weights are negative, non-finite or all zero
 */
export function buildAliasTables(weights: Float64Array, size: number): AliasTables {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`size: expected a whole number >= 1, got ${size}`);
  if (weights.length % size !== 0) throw new RangeError(`weights: length ${weights.length} is not a multiple of size ${size}`);
  const count = weights.length / size;
  const keep = new Float64Array(weights.length);
  const alias = new Int32Array(weights.length);
  const scaled = new Float64Array(size);
  const small = new Int32Array(size);
  const large = new Int32Array(size);
  for (let row = 0; row < count; row += 1) {
    const base = row * size;
    let total = 0;
    for (let i = 0; i < size; i += 1) {
      const w = weights[base + i]!;
      if (!Number.isFinite(w) || w < 0) throw new RangeError(`weights[${row}][${i}]: expected a finite number >= 0, got ${w}`);
      total += w;
    }
    if (total <= 0) throw new RangeError(`weights[${row}]: all weights are zero`);
    let smallCount = 0;
    let largeCount = 0;
    for (let i = 0; i < size; i += 1) {
      scaled[i] = (weights[base + i]! * size) / total;
      if (scaled[i]! < 1) small[smallCount++] = i;
      else large[largeCount++] = i;
    }
    while (smallCount > 0 && largeCount > 0) {
      const less = small[--smallCount]!;
      const more = large[--largeCount]!;
      keep[base + less] = scaled[less]!;
      alias[base + less] = more;
      scaled[more] = scaled[more]! + scaled[less]! - 1;
      if (scaled[more]! < 1) small[smallCount++] = more;
      else large[largeCount++] = more;
    }
    // Whatever is left has probability 1 up to rounding (Vose's fix for the numerical drift).
    while (largeCount > 0) {
      const i = large[--largeCount]!;
      keep[base + i] = 1;
      alias[base + i] = i;
    }
    while (smallCount > 0) {
      const i = small[--smallCount]!;
      keep[base + i] = 1;
      alias[base + i] = i;
    }
  }
  return { size, count, keep, alias };
}

/** Draws an outcome 0 … size − 1 from row `row`: the integer part of U·size picks a column, the fraction decides keep or alias. */
export function sampleAlias(tables: AliasTables, row: number, random: Xoshiro128): number {
  const scaled = random.nextFloat() * tables.size;
  const column = Math.floor(scaled);
  const index = row * tables.size + column;
  return scaled - column < tables.keep[index]! ? column : tables.alias[index]!;
}

/**
 * Test support: Erlang B and C in exact rational arithmetic (BigInt), straight from the textbook
 * closed forms Σ A^k/k! — no recursion, no floating point — so tests can check the engine's
 * recursions against an independent computation. Offered load is the fraction p/q.
 */

/** An exact fraction num/den (den > 0). */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** B(N, p/q) = (A^N/N!) / Σ_{k=0}^{N} A^k/k!, multiplied through by q^N·N! so every term is an integer. */
export function exactErlangB(p: bigint, q: bigint, servers: number): Fraction {
  const powers: bigint[] = [1n]; // p^k
  for (let k = 1; k <= servers; k++) powers.push((powers[k - 1] as bigint) * p);
  // Σ_k p^k · q^{N−k} · N!/k!, walking k down from N so q^{N−k} and N!/k! grow by one factor a step.
  let sum = 0n;
  let qPower = 1n;
  let fallingFactorial = 1n;
  for (let k = servers; k >= 0; k--) {
    sum += (powers[k] as bigint) * qPower * fallingFactorial;
    qPower *= q;
    fallingFactorial *= BigInt(k);
  }
  return { num: powers[servers] as bigint, den: sum };
}

/** C(N, A) = N·B / (N − A·(1 − B)) exactly, for A = p/q < N. */
export function exactErlangC(p: bigint, q: bigint, servers: number): Fraction {
  const { num: b, den: d } = exactErlangB(p, q, servers);
  const n = BigInt(servers);
  return { num: n * b * q, den: n * q * d - p * (d - b) };
}

/** num/den as the nearest double (well, to within an ulp or two), however large or small the integers. */
export function toNumber({ num, den }: Fraction): number {
  if (num === 0n) return 0;
  const shift = bitLength(den) - bitLength(num) + 64;
  const scaled = shift >= 0 ? (num << BigInt(shift)) / den : num / (den << BigInt(-shift));
  return Number(scaled) * 2 ** -shift;
}

function bitLength(value: bigint): number {
  return value.toString(2).length;
}

/**
 * Systems the hypercube tests and benchmark share: the Larson & Odoni three-unit example, symmetric
 * systems that must reduce to M/M/N, and a square city with units on a grid. Also an independent
 * Erlang C (the textbook recursion) so the tests do not rely on the engine's own Erlang module.
 */
import { minutes, perHour, type Minutes } from '../units';
import type { HypercubeAtom, HypercubeInput } from './types';

/**
 * The three-unit, ten-atom city of Larson & Odoni, *Urban Operations Research* (1981), §5.4.3
 * (http://web.mit.edu/urban_or_book/www/book/chapter5/5.4.3.html): λ = 1.5 calls per mean service
 * time, μ = 1. Preferences from the text: unit 2's primary area is atoms 3, 5, 6 and unit 1 backs it
 * up; unit 1's area (half the city's load, 0.75) splits into atoms 1, 2 (backed up by unit 2) and
 * atom 4 (backed up by unit 3); unit 3's area is the rest, backed up by unit 1.
 *
 * The per-atom rates are in the book's Figure 5.11, an image we could not read. Every measure
 * checked here depends only on the total rate of each distinct preference list, so the atoms are
 * merged into those four groups. Their totals — 0.50 (atoms 1, 2), 0.25 (atom 4), 0.35 (atoms 3, 5,
 * 6; atom 5 alone is 0.15 by the text) and 0.40 (unit 3's area) — are the only ones on a 0.025 grid,
 * consistent with the text, for which the exact model reproduces all three of the book's exact
 * workloads to 4 significant figures; the book's P(all busy), interresponse fraction and A-hypercube
 * workloads are then independent checks. Units are 0-based here (the book's unit 1 is index 0).
 */
export const LARSON_ODONI_THREE_UNIT: HypercubeInput = {
  serviceRate: perHour(1),
  atoms: [
    { arrivalRate: perHour(0.5), preference: [0, 1, 2] },
    { arrivalRate: perHour(0.25), preference: [0, 2, 1] },
    { arrivalRate: perHour(0.35), preference: [1, 0, 2] },
    { arrivalRate: perHour(0.4), preference: [2, 0, 1] },
  ],
};

/** Published values for that example (Larson & Odoni §5.4.4, §5.5.3). */
export const LARSON_ODONI_PUBLISHED = {
  /** §5.5.3: "The exact workloads … are ρ1 = 0.5574, ρ2 = 0.4734, and ρ3 = 0.4693." */
  exactWorkloads: [0.5574, 0.4734, 0.4693],
  /** §5.4.4: P'_Q = 0.23684 (M/M/3 with λ = 1.5, μ = 1). */
  probAllBusy: 0.23684,
  /** §5.4.4: "the fraction of responses that are interresponse area is 0.43529". */
  fractionInterResponse: 0.43529,
  /** §5.5.3: Q(3, ½, 0) = 1, Q(3, ½, 1) = 0.73684, Q(3, ½, 2) = 0.63158. */
  correctionFactors: [1, 0.73684, 0.63158],
  /** §5.5.3: the A-hypercube's estimates after its third iteration (ε = 0.0011): 0.5627, 0.4716, 0.4657. */
  approximateWorkloads: [0.5627, 0.4716, 0.4657],
} as const;

/**
 * N units, one atom per unit with equal rates, and cyclic preferences (atom i: i, i+1, …): every
 * unit is in the same position, so each workload is λ/(Nμ) and P(all busy) is Erlang C's P(wait).
 */
export function symmetricSystem(units: number, totalArrivalRate: number, serviceRate: number): HypercubeInput {
  const atoms: HypercubeAtom[] = Array.from({ length: units }, (_, i) => ({
    arrivalRate: perHour(totalArrivalRate / units),
    preference: Array.from({ length: units }, (_, k) => (i + k) % units),
  }));
  return { serviceRate: perHour(serviceRate), atoms };
}

/** Erlang C, P(wait) in M/M/N, by the Erlang B recursion B(k) = a·B(k−1) / (k + a·B(k−1)). */
export function erlangCReference(units: number, offeredLoad: number): number {
  let b = 1;
  for (let k = 1; k <= units; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  return (units * b) / (units - offeredLoad * (1 - b));
}

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32), for reproducible test systems. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A rectangular city of 1 km atoms, `atomGrid` = [columns, rows], with units stationed on an even
 * `unitGrid` = [columns, rows]; each atom ranks the units by Manhattan distance (ties by index), as
 * a dispatcher sending the closest free unit would; travel at 30 km/h. Arrival rates vary by a
 * seeded factor in [0.5, 1.5) and are scaled so that the mean workload is `utilisation`.
 */
export function gridCity(options: { unitGrid: [number, number]; atomGrid: [number, number]; utilisation: number; seed: number; serviceRate?: number }): HypercubeInput {
  const { unitGrid, atomGrid, utilisation, seed } = options;
  const serviceRate = options.serviceRate ?? 2;
  const random = seededRandom(seed);
  const [unitColumns, unitRows] = unitGrid;
  const [atomColumns, atomRows] = atomGrid;
  const units = unitColumns * unitRows;
  const stations = Array.from({ length: units }, (_, n) => ({
    x: ((n % unitColumns) + 0.5) * (atomColumns / unitColumns),
    y: (Math.floor(n / unitColumns) + 0.5) * (atomRows / unitRows),
  }));
  const weights: number[] = [];
  const preferences: number[][] = [];
  const travelMin: Minutes[][] = [];
  for (let j = 0; j < atomColumns * atomRows; j++) {
    const x = (j % atomColumns) + 0.5;
    const y = Math.floor(j / atomColumns) + 0.5;
    const km = stations.map((s) => Math.abs(s.x - x) + Math.abs(s.y - y));
    weights.push(0.5 + random());
    preferences.push(km.map((d, n) => ({ d, n })).sort((a, b) => a.d - b.d || a.n - b.n).map((entry) => entry.n));
    travelMin.push(km.map((d) => minutes((d / 30) * 60)));
  }
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const totalRate = utilisation * units * serviceRate;
  return {
    serviceRate: perHour(serviceRate),
    atoms: weights.map((w, j) => ({ arrivalRate: perHour((w / totalWeight) * totalRate), preference: preferences[j]! })),
    travelMin,
  };
}

/**
 * An independent reference solution of the hypercube model, for tests and the benchmark baseline:
 * the full generator over the 2^N busy/free vertices plus explicit queue states (all busy with
 * k = 1 … K calls waiting, truncated where r^K is negligible), solved by dense Gaussian elimination
 * with partial pivoting. It shares no code with the sparse solver and uses none of its shortcuts (no
 * folded tail, no level totals), so agreement between the two checks both. O((2^N + K)^3): small N only.
 */

/** A call source for the reference: rate and a full preference order (0-based unit indices). */
export interface ReferenceAtom {
  readonly rate: number;
  readonly order: readonly number[];
}

/** State probabilities and the measures computed from them. */
export interface ReferenceSolution {
  /** P(vertex s) for the 2^N vertices, the all-busy vertex meaning "all busy, none waiting". */
  readonly vertices: number[];
  /** P(all busy, k waiting) for k = 1 … K. */
  readonly queue: number[];
  readonly workloads: number[];
  readonly probAllBusy: number;
  /** [atom][unit]. */
  readonly dispatchFractions: number[][];
}

/** Solves the hypercube model by brute force: N units with service rate mu, the given atoms. */
export function solveHypercubeDense(units: number, serviceRate: number, atoms: readonly ReferenceAtom[]): ReferenceSolution {
  const vertices = 1 << units;
  const full = vertices - 1;
  const lambda = atoms.reduce((sum, atom) => sum + atom.rate, 0);
  const r = lambda / (units * serviceRate);
  const queueStates = Math.max(1, Math.ceil(Math.log(1e-18) / Math.log(r)));
  const size = vertices + queueStates;
  const index = (s: number, waiting: number) => (waiting === 0 ? s : vertices + waiting - 1);

  // rate[i][j] of going from state i to state j
  const rate: number[][] = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (let s = 0; s < full; s++) {
    for (const atom of atoms) {
      const unit = atom.order.find((u) => (s & (1 << u)) === 0)!;
      rate[s]![s | (1 << unit)]! += atom.rate;
    }
  }
  for (let s = 1; s < vertices; s++) {
    for (let u = 0; u < units; u++) if (s & (1 << u)) rate[s]![s & ~(1 << u)]! += serviceRate;
  }
  // all busy with k waiting: an arrival joins the queue (none beyond K, the truncation); a completion
  // frees a unit, which takes the head of the queue at once, so k falls by one.
  for (let k = 0; k <= queueStates; k++) {
    if (k < queueStates) rate[index(full, k)]![index(full, k + 1)]! += lambda;
    if (k > 0) rate[index(full, k)]![index(full, k - 1)]! += units * serviceRate;
  }
  // π Q = 0 with Σπ = 1: row i of the system is the balance of state i; the last row is replaced by normalisation.
  const a: number[][] = Array.from({ length: size }, () => new Array<number>(size + 1).fill(0));
  for (let i = 0; i < size; i++) {
    let out = 0;
    for (let j = 0; j < size; j++) {
      if (j === i) continue;
      a[i]![j] = rate[j]![i]!;
      out += rate[i]![j]!;
    }
    a[i]![i] = -out;
  }
  a[size - 1]!.fill(1);
  for (let col = 0; col < size; col++) {
    let pivot = col;
    for (let row = col + 1; row < size; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const p = a[col]!;
    for (let row = col + 1; row < size; row++) {
      const f = a[row]![col]! / p[col]!;
      if (f === 0) continue;
      const target = a[row]!;
      for (let k = col; k <= size; k++) target[k]! -= f * p[k]!;
    }
  }
  const pi = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row--) {
    let sum = a[row]![size]!;
    for (let k = row + 1; k < size; k++) sum -= a[row]![k]! * pi[k]!;
    pi[row] = sum / a[row]![row]!;
  }

  const queue = pi.slice(vertices);
  const probAllBusy = pi[full]! + queue.reduce((sum, p) => sum + p, 0);
  const workloads = Array.from({ length: units }, (_, u) => {
    let busy = probAllBusy;
    for (let s = 0; s < full; s++) if (s & (1 << u)) busy += pi[s]!;
    return busy;
  });
  const dispatchFractions = atoms.map((atom) => {
    const row = new Array<number>(units).fill(probAllBusy / units);
    for (let s = 0; s < full; s++) row[atom.order.find((u) => (s & (1 << u)) === 0)!]! += pi[s]!;
    return row;
  });
  return { vertices: pi.slice(0, vertices), queue, workloads, probAllBusy, dispatchFractions };
}

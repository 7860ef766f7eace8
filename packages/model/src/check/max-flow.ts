/**
 * Maximum flow on a small integer network (Edmonds–Karp: shortest augmenting paths by BFS;
 * Cormen et al., Introduction to Algorithms, 3rd ed., §26.2). Used to decide whether posts shared
 * between areas can fill every area's shortfall; the networks here have tens of nodes.
 */

/** A directed edge with an integer capacity. */
export interface FlowEdge {
  from: number;
  to: number;
  capacity: number;
}

/** The value of a maximum flow from `source` to `sink` over `nodeCount` nodes. */
export function maxFlow(nodeCount: number, edges: readonly FlowEdge[], source: number, sink: number): number {
  const residual = Array.from({ length: nodeCount }, () => new Map<number, number>());
  const add = (from: number, to: number, capacity: number) => {
    residual[from]!.set(to, (residual[from]!.get(to) ?? 0) + capacity);
    if (!residual[to]!.has(from)) residual[to]!.set(from, 0);
  };
  for (const edge of edges) {
    if (edge.capacity < 0 || !Number.isFinite(edge.capacity)) throw new RangeError(`edges: capacity must be a finite number >= 0, got ${edge.capacity}`);
    add(edge.from, edge.to, edge.capacity);
  }
  let total = 0;
  for (;;) {
    const parent = new Array<number>(nodeCount).fill(-1);
    parent[source] = source;
    const queue = [source];
    while (queue.length > 0 && parent[sink] === -1) {
      const node = queue.shift()!;
      for (const [next, capacity] of residual[node]!) {
        if (capacity > 0 && parent[next] === -1) {
          parent[next] = node;
          queue.push(next);
        }
      }
    }
    if (parent[sink] === -1) return total;
    let bottleneck = Infinity;
    for (let node = sink; node !== source; node = parent[node]!) bottleneck = Math.min(bottleneck, residual[parent[node]!]!.get(node)!);
    for (let node = sink; node !== source; node = parent[node]!) {
      const from = parent[node]!;
      residual[from]!.set(node, residual[from]!.get(node)! - bottleneck);
      residual[node]!.set(from, residual[node]!.get(from)! + bottleneck);
    }
    total += bottleneck;
  }
}

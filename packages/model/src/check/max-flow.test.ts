import { describe, expect, it } from 'vitest';
import { maxFlow } from './max-flow';

describe('maxFlow (Edmonds–Karp)', () => {
  it('CLRS Figure 26.1 network: maximum flow 23', () => {
    // s=0, v1..v4 = 1..4, t=5 (Cormen et al., 3rd ed., Fig. 26.1).
    const edges = [
      { from: 0, to: 1, capacity: 16 }, { from: 0, to: 2, capacity: 13 }, { from: 2, to: 1, capacity: 4 },
      { from: 1, to: 3, capacity: 12 }, { from: 3, to: 2, capacity: 9 }, { from: 2, to: 4, capacity: 14 },
      { from: 4, to: 3, capacity: 7 }, { from: 3, to: 5, capacity: 20 }, { from: 4, to: 5, capacity: 4 },
    ];
    expect(maxFlow(6, edges, 0, 5)).toBe(23);
  });
  it('is zero when the sink is unreachable and rejects negative capacity', () => {
    expect(maxFlow(3, [{ from: 0, to: 1, capacity: 5 }], 0, 2)).toBe(0);
    expect(() => maxFlow(2, [{ from: 0, to: 1, capacity: -1 }], 0, 1)).toThrow(RangeError);
  });
});

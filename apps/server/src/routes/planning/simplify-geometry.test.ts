import { describe, expect, it } from 'vitest';
import { simplifyLine, simplifyPolygon } from './simplify-geometry';

describe('simplifyLine (Douglas–Peucker)', () => {
  it('drops points within the tolerance of the chord and keeps the farthest beyond it', () => {
    // Hand-computed: chord (0,0)–(4,0) → (3,0.2) is farthest (0.2); chord (0,0)–(3,0.2) → (2,−0.1) at
    // |3·(−0.1) − 0.2·2| / √9.04 = 0.233; chord (0,0)–(2,−0.1) → (1,0.1) at |2·0.1 + 0.1| / √4.01 = 0.150.
    const line = [[0, 0], [1, 0.1], [2, -0.1], [3, 0.2], [4, 0]];
    expect(simplifyLine(line, 0.16)).toEqual([[0, 0], [2, -0.1], [3, 0.2], [4, 0]]);
    expect(simplifyLine(line, 0.14)).toEqual(line);
    expect(simplifyLine(line, 0.25)).toEqual([[0, 0], [4, 0]]);
  });

  it('keeps a ring that would collapse below four positions as it was', () => {
    const sliver = [[0, 0], [1, 0.00001], [2, 0], [0, 0]];
    expect(simplifyPolygon({ type: 'Polygon', coordinates: [sliver] }, 1).coordinates[0]).toEqual(sliver);
  });
});

import { describe, expect, it } from 'vitest';
import { squareRing } from './testing/synthetic';
import { validateGeometry } from './validate-geometry';

describe('validateGeometry', () => {
  it('accepts a Polygon and returns its bounding box', () => {
    const check = validateGeometry({ type: 'Polygon', coordinates: [squareRing(0.1, 51, 0.5)] });
    expect(check).toMatchObject({ ok: true, bbox: [0.1, 51, 0.6, 51.5] });
  });

  it('accepts a MultiPolygon with a hole and covers every part in the box', () => {
    const check = validateGeometry({
      type: 'MultiPolygon',
      coordinates: [[squareRing(0, 0, 4), squareRing(1, 1, 1)], [squareRing(10, -5, 1)]],
    });
    expect(check).toMatchObject({ ok: true, bbox: [0, -5, 11, 4] });
  });

  it.each([
    [null, 'geometry is missing'],
    [{ type: 'Point', coordinates: [0, 0] }, 'geometry type is "Point"; expected Polygon or MultiPolygon'],
    [{ type: 'Polygon' }, 'Polygon has no coordinates array'],
    [{ type: 'Polygon', coordinates: [] }, 'expected an array of rings'],
    [{ type: 'MultiPolygon', coordinates: [] }, 'MultiPolygon has no polygons'],
    [{ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] }, 'ring 0: has 3 positions; a linear ring needs at least 4'],
    [{ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] }, 'ring 0: is not closed (first and last positions differ)'],
    [{ type: 'Polygon', coordinates: [[[0, 0], [181, 0], [1, 1], [0, 0]]] }, 'ring 0: position 1 has longitude 181; expected a number in [-180, 180]'],
    [{ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 'x'], [0, 0]]] }, 'ring 0: position 2 has latitude x; expected a number in [-90, 90]'],
    [{ type: 'MultiPolygon', coordinates: [[squareRing(0, 0, 1)], [squareRing(0, 0, 1), [[0]]]] }, 'polygon 1, ring 1: has 1 positions'],
  ])('rejects %j with a reason that says where', (geometry, reason) => {
    const check = validateGeometry(geometry);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.reason).toContain(reason);
  });
});

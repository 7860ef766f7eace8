/**
 * Kernel density estimation with the quartic (biweight) kernel, the kernel of hotspot-mapping
 * practice (Chainey, Tompson & Uhlig 2008; Bailey & Gatrell 1995, "Interactive Spatial Data
 * Analysis", §3.3): for a point at distance d from a location, with bandwidth h,
 *
 *     K(d) = 3 / (π h²) · (1 − d²/h²)²   for d < h,   0 otherwise
 *
 * which integrates to 1 over the plane (Silverman 1986, "Density Estimation", Table 3.1, in two
 * dimensions). The density at a cell is Σ_i w_i·K(d_i) per square metre, evaluated at the cell's
 * centre; multiplied by the cell's area it is the expected number of events in the cell, so the
 * surface sums to about Σ w_i when the grid extends a bandwidth past every point (midpoint rule,
 * error O(cell² / h²)). Distances are in metres on the equirectangular grid ({@link gridCovering}).
 * Each point touches only the cells within h of it: O(N · (2h / cell)²).
 */
import type { DensityGrid, GeoPoint } from './density-grid';

/** The quartic kernel's value (per square metre) at distance `distance` for bandwidth `bandwidth`. */
export function quarticKernel(distance: number, bandwidth: number): number {
  if (!Number.isFinite(bandwidth) || bandwidth <= 0) throw new RangeError(`bandwidth: expected a number > 0, got ${bandwidth}`);
  if (!(distance >= 0)) throw new RangeError(`distance: expected a number >= 0, got ${distance}`);
  if (distance >= bandwidth) return 0;
  const u = 1 - (distance * distance) / (bandwidth * bandwidth);
  return (3 / (Math.PI * bandwidth * bandwidth)) * u * u;
}

/**
 * The expected events per cell (density × cell area) from `points`, as a row-major array
 * (index = row × columns + column, row 0 the southernmost).
 */
export function kernelDensityGrid(options: { grid: DensityGrid; points: readonly GeoPoint[]; bandwidthMetres: number }): Float64Array {
  const { grid, points, bandwidthMetres: h } = options;
  if (!Number.isFinite(h) || h <= 0) throw new RangeError(`bandwidthMetres: expected a number > 0, got ${h}`);
  const { cellSizeMetres: size, columns, rows, originX, originY } = grid;
  const surface = new Float64Array(columns * rows);
  const h2 = h * h;
  const scale = (3 / (Math.PI * h2)) * size * size;
  points.forEach((point, index) => {
    const weight = point.weight ?? 1;
    if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`points[${index}].weight: expected a number >= 0, got ${weight}`);
    if (weight === 0) return;
    const { x, y } = grid.projection.project(point.lon, point.lat);
    // Cells whose centres can lie within h of the point.
    const firstColumn = Math.max(0, Math.ceil((x - h - originX) / size - 0.5));
    const lastColumn = Math.min(columns - 1, Math.floor((x + h - originX) / size - 0.5));
    const firstRow = Math.max(0, Math.ceil((y - h - originY) / size - 0.5));
    const lastRow = Math.min(rows - 1, Math.floor((y + h - originY) / size - 0.5));
    for (let row = firstRow; row <= lastRow; row += 1) {
      const dy = originY + (row + 0.5) * size - y;
      const dy2 = dy * dy;
      if (dy2 >= h2) continue;
      const offset = row * columns;
      for (let column = firstColumn; column <= lastColumn; column += 1) {
        const dx = originX + (column + 0.5) * size - x;
        const d2 = dx * dx + dy2;
        if (d2 >= h2) continue;
        const u = 1 - d2 / h2;
        surface[offset + column]! += weight * scale * u * u;
      }
    }
  });
  return surface;
}

/**
 * A square grid of cells in metres on the equirectangular projection about the data's centre
 * ({@link createEquirectangular}): the surface the kernel density is estimated on and the cells the
 * Prediction Accuracy Index selects from.
 */
import { createEquirectangular, type Equirectangular } from './equirectangular';

/** A point in WGS 84 degrees, optionally weighted (e.g. by harm). */
export interface GeoPoint {
  lon: number;
  lat: number;
  /** Defaults to 1. */
  weight?: number;
}

/** A grid: `columns` × `rows` cells of `cellSizeMetres`, the lower-left corner at (originX, originY). */
export interface DensityGrid {
  projection: Equirectangular;
  cellSizeMetres: number;
  /** Metres east of the centre of the grid's west edge. */
  originX: number;
  /** Metres north of the centre of the grid's south edge. */
  originY: number;
  columns: number;
  rows: number;
}

/**
 * The most cells a grid may have: 16 M cells are 128 MB per surface (8 bytes a cell, outside the
 * JS heap), enough for 250 m cells over the five seed forces together (about 2,200 × 1,900);
 * keeps a bad cell size from exhausting memory.
 */
export const MAX_GRID_CELLS = 16_000_000;

/**
 * A grid covering `points` with `marginMetres` to spare on every side, centred for projection on
 * the middle of the points' bounding box, its edges on whole cells.
 */
export function gridCovering(options: { points: readonly GeoPoint[]; cellSizeMetres: number; marginMetres: number }): DensityGrid {
  const { points, cellSizeMetres, marginMetres } = options;
  if (!Number.isFinite(cellSizeMetres) || cellSizeMetres <= 0) throw new RangeError(`cellSizeMetres: expected a number > 0, got ${cellSizeMetres}`);
  if (!Number.isFinite(marginMetres) || marginMetres < 0) throw new RangeError(`marginMetres: expected a number >= 0, got ${marginMetres}`);
  if (points.length === 0) throw new RangeError('points: expected at least one point to cover');
  let minLon = Infinity, maxLon = -Infinity, minLat = Infinity, maxLat = -Infinity;
  points.forEach(({ lon, lat }, index) => {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new RangeError(`points[${index}]: expected finite coordinates, got (${lon}, ${lat})`);
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  });
  const projection = createEquirectangular((minLon + maxLon) / 2, (minLat + maxLat) / 2);
  const low = projection.project(minLon, minLat);
  const high = projection.project(maxLon, maxLat);
  const originX = Math.floor((low.x - marginMetres) / cellSizeMetres) * cellSizeMetres;
  const originY = Math.floor((low.y - marginMetres) / cellSizeMetres) * cellSizeMetres;
  const columns = Math.max(1, Math.ceil((high.x + marginMetres - originX) / cellSizeMetres));
  const rows = Math.max(1, Math.ceil((high.y + marginMetres - originY) / cellSizeMetres));
  if (columns * rows > MAX_GRID_CELLS) {
    throw new RangeError(`cellSizeMetres: ${cellSizeMetres} m makes a ${columns} × ${rows} grid, more than ${MAX_GRID_CELLS} cells; use larger cells`);
  }
  return { projection, cellSizeMetres, originX, originY, columns, rows };
}

/** The index (row × columns + column) of the cell holding a point, or -1 outside the grid. */
export function cellIndexOf(grid: DensityGrid, lon: number, lat: number): number {
  const { x, y } = grid.projection.project(lon, lat);
  const column = Math.floor((x - grid.originX) / grid.cellSizeMetres);
  const row = Math.floor((y - grid.originY) / grid.cellSizeMetres);
  if (column < 0 || column >= grid.columns || row < 0 || row >= grid.rows) return -1;
  return row * grid.columns + column;
}

/** The WGS 84 centre of a cell. */
export function cellCentre(grid: DensityGrid, index: number): { lon: number; lat: number } {
  if (!Number.isInteger(index) || index < 0 || index >= grid.columns * grid.rows) throw new RangeError(`index: expected a cell index 0–${grid.columns * grid.rows - 1}, got ${index}`);
  const column = index % grid.columns;
  const row = Math.floor(index / grid.columns);
  return grid.projection.unproject(grid.originX + (column + 0.5) * grid.cellSizeMetres, grid.originY + (row + 0.5) * grid.cellSizeMetres);
}

/**
 * The indices of the `count` largest values, largest first (ties by index), in one pass without
 * sorting the whole surface: a grid can hold millions of cells.
 */
export function topCellIndices(values: ArrayLike<number>, count: number): number[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count: expected a whole number >= 0, got ${count}`);
  const top: number[] = [];
  const isBefore = (a: number, b: number) => values[a]! > values[b]! || (values[a] === values[b] && a < b);
  for (let index = 0; index < values.length && count > 0; index += 1) {
    if (top.length === count && !isBefore(index, top[top.length - 1]!)) continue;
    // Insertion into a short sorted list: count is small (a top-N for people to read).
    let position = top.length;
    while (position > 0 && isBefore(index, top[position - 1]!)) position -= 1;
    top.splice(position, 0, index);
    if (top.length > count) top.pop();
  }
  return top;
}

/** Points counted (or their weights summed) per cell; points outside the grid are not counted. */
export function countPointsInCells(grid: DensityGrid, points: readonly GeoPoint[]): Float64Array {
  const counts = new Float64Array(grid.columns * grid.rows);
  for (const point of points) {
    const index = cellIndexOf(grid, point.lon, point.lat);
    if (index >= 0) counts[index]! += point.weight ?? 1;
  }
  return counts;
}

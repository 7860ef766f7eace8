/**
 * The square-root law for response distance (Kolesar & Blum, "Square root laws for fire engine
 * response distances", Management Science 19(12), 1973): with n free units spread over a region of
 * area A, the expected distance from an incident to the nearest free unit is about
 *
 *   E[D] ≈ c · √(A / n).
 *
 * The constant comes from geometric probability (Larson & Odoni, "Urban Operations Research",
 * 1981, ch. 3). If free units are scattered uniformly at random (a Poisson pattern of density
 * n/A), the nearest one is further than r with probability e^{−(n/A)·|ball of radius r|}, so
 * E[D] = ∫₀^∞ e^{−(n/A)·|ball(r)|} dr:
 *   - straight-line (Euclidean) distance, |ball| = πr²:   c = 1/2;
 *   - right-angle (Manhattan) distance, |ball| = 2r²:    c = ½·√(π/2) = √(π/8) ≈ 0.6267 —
 *     the usual model for travel on a street grid, and the "≈ 0.63" quoted for police beats.
 * Kolesar & Blum show the √(A/n) form holds far more generally (any reasonably even spread of
 * units; c then depends on the pattern), and fit c to observed distances; pass a fitted
 * `constant` when a force has one. The law ignores edge effects, so it is for n of a few or more.
 */
import { kilometres, type Kilometres, type Quantity } from '../units';
import { requirePositive } from '../queueing/check-arguments';

/** An area in square kilometres. */
export type SquareKilometres = Quantity<'km2'>;
/** Tags an area in km². */
export const squareKilometres = (value: number) => value as SquareKilometres;

/** How distance is measured: straight line, or along a right-angle street grid. */
export type TravelMetric = 'euclidean' | 'right-angle';

/** c in E[D] = c·√(A/n) for units placed uniformly at random, by metric (derivation above). */
export const SQUARE_ROOT_LAW_CONSTANT: Readonly<Record<TravelMetric, number>> = {
  euclidean: 0.5,
  'right-angle': Math.sqrt(Math.PI / 8),
};

/** Inputs of {@link expectedResponseDistance}. */
export interface ResponseDistanceInput {
  /** Area the free units are spread over. */
  readonly area: SquareKilometres;
  /** Expected number of free units in it (may be fractional, e.g. N·(1 − utilisation)); > 0. */
  readonly freeUnits: number;
  /** Distance metric; default right-angle (street grid). Ignored when `constant` is given. */
  readonly metric?: TravelMetric;
  /** A fitted constant c, overriding the metric's. */
  readonly constant?: number;
}

/** Expected distance to the nearest free unit, c·√(A/n) (Kolesar & Blum 1973). */
export function expectedResponseDistance(input: ResponseDistanceInput): Kilometres {
  const { area, freeUnits, metric = 'right-angle', constant = SQUARE_ROOT_LAW_CONSTANT[metric] } = input;
  requirePositive('area', area);
  requirePositive('freeUnits', freeUnits);
  requirePositive('constant', constant);
  return kilometres(constant * Math.sqrt(area / freeUnits));
}

/**
 * Argument checks shared by the queueing and travel models. Numerical code throws a RangeError that
 * names the bad argument (STYLE.md), so a caller sees "servers must be a whole number >= 1, got 0"
 * rather than a NaN three functions later.
 */

/** Throws unless `value` is a finite number >= 0. */
export function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite number >= 0, got ${value}`);
}

/** Throws unless `value` is a finite number > 0. */
export function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
}

/** Throws unless `value` is a whole number >= 1 (a count of servers, officers or units). */
export function requireServers(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a whole number >= 1, got ${value}`);
}

/** Throws unless `low <= value < high` (for fractions such as abstraction, which may not reach 1). */
export function requireInHalfOpen(name: string, value: number, low: number, high: number): void {
  if (!Number.isFinite(value) || value < low || value >= high) throw new RangeError(`${name} must be in [${low}, ${high}), got ${value}`);
}

/** Throws unless `low < value <= high` (for caps such as a maximum utilisation). */
export function requireInLeftOpen(name: string, value: number, low: number, high: number): void {
  if (!Number.isFinite(value) || value <= low || value > high) throw new RangeError(`${name} must be in (${low}, ${high}], got ${value}`);
}

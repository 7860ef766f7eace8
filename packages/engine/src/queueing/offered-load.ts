/** Offered load: the unit conversion every queueing model starts from. */
import { erlangs, type Erlangs, type Minutes, type PerHour } from '../units';
import { requireNonNegative, requirePositive } from './check-arguments';

/**
 * Offered load A = λ × mean service time, in Erlangs (the mean number of busy servers if none were
 * ever short). Rates are per hour and times in minutes, so A = λ · m / 60.
 */
export function offeredLoad(arrivalRate: PerHour, meanServiceTime: Minutes): Erlangs {
  requireNonNegative('arrivalRate', arrivalRate);
  requirePositive('meanServiceTime', meanServiceTime);
  return erlangs((arrivalRate * meanServiceTime) / 60);
}

/** Position reports from a unit (AVL or the officer's device). */
import { DomainError } from '../shared/domain-error';
import type { Clock } from '../shared/clock';
import { checkGeoPoint } from './geo-point';
import type { UnitPosition } from './unit';
import type { UnitRepository } from './unit-repository';

/**
 * Records where a unit is. `at` defaults to now and may not be in the future. Throws NOT_FOUND
 * (unitId), VALIDATION (position.lat, position.lon, position.at) and VALIDATION (unitId) for a unit
 * off duty. An older report than the stored one is kept out by the repository's contract.
 */
export async function reportUnitPosition(
  request: { readonly unitId: string; readonly position: { readonly lat: number; readonly lon: number; readonly at?: Date } },
  context: { readonly units: UnitRepository; readonly clock: Clock },
): Promise<UnitPosition> {
  const { units, clock } = context;
  checkGeoPoint(request.position, 'position');
  const now = clock.now();
  const at = request.position.at ?? now;
  if (!(at instanceof Date) || Number.isNaN(at.getTime()) || at.getTime() > now.getTime()) {
    throw new DomainError('VALIDATION', `position.at: expected a time not after now (${now.toISOString()})`, 'position.at');
  }
  const unit = await units.get(request.unitId);
  if (!unit) throw new DomainError('NOT_FOUND', `unitId: no unit ${request.unitId}`, 'unitId');
  if (unit.status === 'off-duty') throw new DomainError('VALIDATION', `unitId: unit ${unit.callSign} is off duty`, 'unitId');
  const position: UnitPosition = { lat: request.position.lat, lon: request.position.lon, at };
  await units.updatePosition(unit.id, position);
  return position;
}

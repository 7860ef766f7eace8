/**
 * Assigning (dispatching) a unit to an incident. The domain checks, for a clear early error, that
 * the unit exists, is available and can do what the incident needs; the repository's atomic
 * assignUnit then decides at commit time (a unit can never hold two live incidents, however many
 * controllers click at once).
 */
import { DomainError } from '../shared/domain-error';
import type { Clock } from '../shared/clock';
import type { Assignment } from './assignment';
import type { DispatchIncident } from './dispatch-incident';
import type { UnitRepository } from './unit-repository';
import { unmetRequirements, type UnmetRequirement } from './unit-requirements';

/** A controller's decision to send a unit that lacks a requirement, with the reason. */
export interface RequirementOverride {
  readonly reason: string;
}

/** The outcome of {@link assignUnitToIncident}. */
export interface UnitAssigned {
  readonly assignment: Assignment;
  /** Present when the controller overrode unmet requirements: record it on the incident's timeline. */
  readonly override?: { readonly reason: string; readonly unmet: readonly UnmetRequirement[] };
}

/**
 * Assigns `unitId` to `incident` at the clock's now. Throws NOT_FOUND (unitId) for an unknown unit;
 * UNIT_UNAVAILABLE (unitId) when it is not available — now, or at the repository's commit;
 * VALIDATION (unitId) when it fails the incident's requirements and no override is given, or
 * (override.reason) when the override has no reason.
 */
export async function assignUnitToIncident(
  request: { readonly unitId: string; readonly incident: DispatchIncident; readonly override?: RequirementOverride },
  context: { readonly units: UnitRepository; readonly clock: Clock },
): Promise<UnitAssigned> {
  const { unitId, incident, override } = request;
  const { units, clock } = context;
  const unit = await units.get(unitId);
  if (!unit) throw new DomainError('NOT_FOUND', `unitId: no unit ${unitId}`, 'unitId');
  if (unit.status !== 'available') {
    const holding = unit.incidentId === undefined ? '' : ` (incident ${unit.incidentId})`;
    throw new DomainError('UNIT_UNAVAILABLE', `unit ${unit.callSign} is '${unit.status}'${holding}, not available`, 'unitId');
  }
  const unmet = unmetRequirements(unit.capabilities, incident.requirements);
  let overridden: UnitAssigned['override'];
  if (unmet.length > 0) {
    if (override === undefined) {
      throw new DomainError(
        'VALIDATION',
        `unitId: unit ${unit.callSign} cannot meet incident ${incident.id}: ${unmet.map((item) => item.text).join('; ')} (send it anyway only with an override reason)`,
        'unitId',
      );
    }
    const reason = typeof override.reason === 'string' ? override.reason.trim() : '';
    if (reason === '') throw new DomainError('VALIDATION', 'override.reason: say why the unit is sent without what the incident needs', 'override.reason');
    overridden = { reason, unmet };
  }
  const assignment = await units.assignUnit(unit.id, incident.id, clock.now());
  return { assignment, ...(overridden ? { override: overridden } : {}) };
}

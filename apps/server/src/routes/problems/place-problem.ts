/**
 * Where a new problem is: its ward and area. A ward code must be one of the model's wards (its
 * area follows); without one, the point (lat, lon) is placed by the incident location resolver
 * over the stored boundaries. The top-ten issues are counted per ward, so a problem needs one.
 */
import { DomainError, type ProblemLocation } from '@peel/domain';
import type { OperationsSetup } from '../operations/operations-setup';

/** What the caller says about the place. */
export interface ProblemPlaceInput {
  description: string;
  wardCode?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
}

/** The located place; VALIDATION naming `location.wardCode` (or `location.lat`) otherwise. */
export async function placeProblem(setup: OperationsSetup, input: ProblemPlaceInput): Promise<ProblemLocation> {
  const { model, locations } = setup;
  const point = input.lat !== undefined && input.lon !== undefined ? { lat: input.lat, lon: input.lon } : undefined;
  if ((input.lat === undefined) !== (input.lon === undefined)) throw new DomainError('VALIDATION', 'location needs both lat and lon, or neither', input.lat === undefined ? 'location.lat' : 'location.lon');
  let wardCode = input.wardCode;
  if (wardCode === undefined) {
    if (!point) throw new DomainError('VALIDATION', 'location.wardCode is required when no point (lat, lon) is given', 'location.wardCode');
    const placed = await locations.resolve(point);
    if (!placed.wardCode) throw new DomainError('VALIDATION', `the point ${point.lat}, ${point.lon} is in none of the force's wards: give location.wardCode`, 'location.wardCode');
    wardCode = placed.wardCode;
  }
  const area = model.geography.areas.find((candidate) => candidate.wards.some((ward) => ward.code === wardCode));
  if (!area) throw new DomainError('VALIDATION', `location.wardCode: ${wardCode} is not a ward of model ${model.id}`, 'location.wardCode');
  return { description: input.description, wardCode, area: area.id, ...(point ?? {}) };
}

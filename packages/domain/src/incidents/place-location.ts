/**
 * Places a reported point: the location port gives the LSOA, ward and area codes; the policing
 * model gives their names and the urban/rural class (the model is the authority on which targets
 * apply, so the class is read from it, the LSOA's when the model lists LSOAs, else the ward's).
 */
import type { PolicingModel } from '@peel/model';
import { DomainError } from '../shared/domain-error';
import type { GeographyRef, IncidentLocation, LocationClass } from './incident';
import type { LocationResolver } from './ports/location-resolver';
import { optionalText } from './validate-input';

/** A reported location. */
export interface LocationInput {
  readonly lat: number;
  readonly lon: number;
  readonly description?: string | null;
}

/**
 * Resolves `input` to an {@link IncidentLocation}.
 * @throws {DomainError} VALIDATION naming `location.lat` / `location.lon` when out of range
 */
export async function placeLocation(params: { model: PolicingModel; locations: LocationResolver; input: LocationInput }): Promise<IncidentLocation> {
  const { model, locations, input } = params;
  if (typeof input.lat !== 'number' || !(input.lat >= -90 && input.lat <= 90)) {
    throw new DomainError('VALIDATION', `location.lat must be a number in [-90, 90], got ${String(input.lat)}`, 'location.lat');
  }
  if (typeof input.lon !== 'number' || !(input.lon >= -180 && input.lon <= 180)) {
    throw new DomainError('VALIDATION', `location.lon must be a number in [-180, 180], got ${String(input.lon)}`, 'location.lon');
  }
  const description = optionalText(input.description, 'location.description');
  const resolved = await locations.resolve({ lat: input.lat, lon: input.lon });

  const wards = new Map<string, { name: string; urbanRural: LocationClass; areaId: string }>();
  const lsoas = new Map<string, { name: string; urbanRural: LocationClass }>();
  for (const area of model.geography.areas) {
    for (const ward of area.wards) wards.set(ward.code, { name: ward.name, urbanRural: ward.urbanRural, areaId: area.id });
    for (const lsoa of area.lsoas ?? []) lsoas.set(lsoa.code, { name: lsoa.name, urbanRural: lsoa.urbanRural });
  }
  const modelWard = resolved.wardCode === null ? undefined : wards.get(resolved.wardCode);
  const modelLsoa = resolved.lsoaCode === null ? undefined : lsoas.get(resolved.lsoaCode);
  const ref = (code: string | null, known: { name: string } | undefined): GeographyRef | null => (code === null ? null : { code, name: known?.name ?? null });

  return {
    lat: input.lat,
    lon: input.lon,
    description,
    lsoa: ref(resolved.lsoaCode, modelLsoa),
    ward: ref(resolved.wardCode, modelWard),
    areaId: resolved.areaId ?? modelWard?.areaId ?? null,
    urbanRural: modelLsoa?.urbanRural ?? modelWard?.urbanRural ?? null,
  };
}

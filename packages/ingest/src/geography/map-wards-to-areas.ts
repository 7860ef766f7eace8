/** The ward → area table of a policing model, read through a structural type (no @peel/model import). */

/**
 * The part of a policing model the resolver reads: each area's id and ward codes
 * (`PolicingModel['geography']` satisfies it).
 */
export interface AreaWards {
  geography: { areas: readonly { id: string; wards: readonly { code: string }[] }[] };
}

/**
 * Maps each ward code to the id of the area that lists it.
 * @throws {RangeError} naming the ward and both areas when a ward is listed by two areas (the model
 *   loader rejects such models; this guards models built in code)
 */
export function mapWardsToAreas(model: AreaWards): Map<string, string> {
  const areaOfWard = new Map<string, string>();
  for (const area of model.geography.areas) {
    for (const { code } of area.wards) {
      const other = areaOfWard.get(code);
      if (other !== undefined && other !== area.id) {
        throw new RangeError(`model: ward ${code} is in both area ${other} and area ${area.id}`);
      }
      areaOfWard.set(code, area.id);
    }
  }
  return areaOfWard;
}

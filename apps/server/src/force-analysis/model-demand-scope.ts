/** The crime records a model's demand is read from: its areas (by stored area id or by ward), optionally one area and a range of months. */
import type { DemandScope } from '@peel/domain';
import type { PolicingModel } from '@peel/model';

/** The scope of `model`'s records. Callers check `areaId` is one of the model's areas and the months are in order. */
export function modelDemandScope(model: PolicingModel, options: { areaId?: string; fromMonth?: string; toMonth?: string } = {}): DemandScope {
  const scope: DemandScope = {
    fromMonth: options.fromMonth,
    toMonth: options.toMonth,
    areas: model.geography.areas.map((area) => ({ id: area.id, wardCodes: area.wards.map((ward) => ward.code) })),
  };
  if (options.areaId !== undefined) scope.areaId = options.areaId;
  return scope;
}

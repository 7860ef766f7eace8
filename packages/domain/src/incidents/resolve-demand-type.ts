/**
 * Maps an NSIR-style incident type to one of the model's demand types. Demand types are model
 * data, so the mapping goes through the ids and tags the seed models use (listed in nsir.ts). The
 * rule, first that applies:
 *
 * 1. an explicit `demandTypeId` chosen by the call handler (it must be a demand type of the model);
 * 2. a crime-related incident: the first demand type listing its data.police.uk category;
 * 3. otherwise the first demand type whose id is preferred by a qualifier (in the order given) and
 *    then by the code; then the first whose tags include a qualifier's and then the code's tags; then
 *    the first listing the code's data.police.uk category (ASB).
 *
 * No match is a VALIDATION error asking for `demandTypeId`: guessing a demand type would put the
 * incident on the wrong route.
 */
import type { PolicingModel } from '@peel/model';
import { DomainError } from '../shared/domain-error';
import type { IncidentType } from './incident';
import { findNsirCode, findNsirQualifier } from './nsir';

/** One demand type of a model. */
export type ModelDemandType = PolicingModel['demandTypes'][number];

/**
 * The demand type for `incidentType` (see the rule above).
 * @throws {DomainError} VALIDATION naming `demandTypeId` when the given id is unknown or nothing matches
 */
export function resolveDemandType(params: { model: PolicingModel; incidentType: IncidentType; demandTypeId?: string | null }): ModelDemandType {
  const { model, incidentType, demandTypeId } = params;
  const types = model.demandTypes;
  if (demandTypeId !== undefined && demandTypeId !== null) {
    const chosen = types.find((type) => type.id === demandTypeId);
    if (chosen === undefined) {
      throw new DomainError('VALIDATION', `demandTypeId "${demandTypeId}" is not a demand type of model ${model.id} (${types.map((type) => type.id).join(', ')})`, 'demandTypeId');
    }
    return chosen;
  }
  if (incidentType.category === 'crime') {
    const category = incidentType.policeUkCategory;
    const byCategory = category === null ? undefined : types.find((type) => type.policeUkCategories?.includes(category));
    if (byCategory !== undefined) return byCategory;
    throw new DomainError('VALIDATION', `no demand type of model ${model.id} lists the data.police.uk category "${category}"; give demandTypeId`, 'demandTypeId');
  }
  const code = findNsirCode(incidentType.code);
  const qualifiers = incidentType.qualifiers.map((qualifier) => findNsirQualifier(qualifier)).filter((found) => found !== undefined);
  const ids = [...qualifiers.flatMap((qualifier) => qualifier.demandTypeIds), ...(code?.demandTypeIds ?? [])];
  const tags = [...qualifiers.flatMap((qualifier) => qualifier.demandTypeTags), ...(code?.demandTypeTags ?? [])];
  for (const id of ids) {
    const found = types.find((type) => type.id === id);
    if (found !== undefined) return found;
  }
  for (const tag of tags) {
    const found = types.find((type) => type.tags?.includes(tag));
    if (found !== undefined) return found;
  }
  const category = code?.policeUkCategory;
  const byCategory = category === undefined ? undefined : types.find((type) => type.policeUkCategories?.includes(category));
  if (byCategory !== undefined) return byCategory;
  throw new DomainError('VALIDATION', `no demand type of model ${model.id} matches incident type "${incidentType.code}"; give demandTypeId`, 'demandTypeId');
}

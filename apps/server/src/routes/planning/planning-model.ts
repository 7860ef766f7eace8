/**
 * The policing model a planning route works on: a stored model (`peel model load`) by its id, as
 * written or under one of its scenarios, and the area the caller may see of it. Unknown models are
 * NOT_FOUND naming `modelId`; unknown scenarios and areas are VALIDATION naming the field.
 */
import { createModelRepository } from '@peel/db';
import type { PolicingModel } from '@peel/model';
import { DomainError } from '@peel/domain';
import type { FastifyRequest } from 'fastify';
import { assertRecordAccess, listScope } from '../../authorization/record-access';
import { isScenarioError, modelUnderScenario as underScenario } from '../../force-analysis';
import type { PeelServer } from '../peel-server';

/** A stored model with the hash of its current content (a cache key for what is computed from it). */
export interface PlanningModel {
  model: PolicingModel;
  contentHash: string;
  updatedAt: Date;
}

/** The stored model `modelId`; NOT_FOUND when none is stored. */
export async function loadPlanningModel(app: PeelServer, modelId: string): Promise<PlanningModel> {
  const stored = await createModelRepository(app.services.db).get(modelId);
  if (!stored) throw new DomainError('NOT_FOUND', `modelId: no policing model "${modelId}" is stored (load one with \`peel model load\`)`, 'modelId');
  return { model: stored.document as PolicingModel, contentHash: stored.contentHash, updatedAt: stored.updatedAt };
}

/**
 * `model` under `scenario` (itself when null): one of its scenarios, `merge:<area>,<area>` or
 * `abstraction:<percent>`; a bad one is VALIDATION naming `scenario`.
 */
export function modelUnderScenario(model: PolicingModel, scenario: string | null): PolicingModel {
  try {
    return underScenario(model, scenario);
  } catch (error) {
    if (isScenarioError(error)) throw new DomainError('VALIDATION', `scenario: ${error.message.replace(/^scenarioId: /, '')}`, 'scenario');
    throw error;
  }
}

/**
 * The area a request reads: `requested` when given (one of the model's areas, and within the
 * caller's scope — else FORBIDDEN), otherwise the caller's own area when their scope is an area,
 * otherwise undefined (the whole force).
 */
export function areaInScope(request: FastifyRequest, model: PolicingModel, requested: string | undefined): string | undefined {
  if (requested !== undefined && !model.geography.areas.some((area) => area.id === requested)) {
    throw new DomainError('VALIDATION', `area: "${requested}" is not an area of model ${model.id} (areas: ${model.geography.areas.map((area) => area.id).join(', ')})`, 'area');
  }
  const areaId = requested ?? listScope(request).areaId;
  if (areaId !== undefined) assertRecordAccess(request, { entityType: 'planning-area', entityId: areaId, areaId });
  return areaId;
}
